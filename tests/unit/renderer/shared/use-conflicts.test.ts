import { describe, expect, it } from 'vitest';
import { ApiError } from '@renderer/api/api-error';
import { createAutosave } from '@renderer/shared/use-autosave';
import { createConflicts, type ConflictTarget } from '@renderer/shared/use-conflicts';

const stale = (revision: number, notes: string) =>
  new ApiError({
    code: 'CONFLICT',
    message: 'This interview was changed in another window.',
    details: [{ path: 'baseRevision', message: 'This was changed in another window.', revision, current: { notes } }],
  });

/** A one-field editor: what is on screen, the revision it holds, and a fake main process with one stored record. */
function editor() {
  const saver = createAutosave({ delay: 10 });
  const conflicts = createConflicts(saver);
  const state = { shown: 'mine', revision: 1, stored: { notes: 'theirs', revision: 2 }, sent: [] as [number, string][] };
  const save = (value: string) => async () => {
    state.sent.push([state.revision, value]);
    if (state.revision !== state.stored.revision) throw stale(state.stored.revision, state.stored.notes);
    state.stored = { notes: value, revision: state.stored.revision + 1 };
    state.revision = state.stored.revision;
  };
  const type = (value: string) => {
    state.shown = value;
    conflicts.forget('notes');
    saver.schedule('notes', save(value), { immediate: true });
  };
  const target: ConflictTarget = {
    adopt({ revision, current }, keep) {
      state.revision = revision;
      if (keep !== 'notes') state.shown = (current as { notes: string }).notes;
    },
    theirs: ({ current }) => (current as { notes: string }).notes,
    put: (value) => type(value as string),
  };
  return { saver, conflicts, state, type, target };
}

describe('createConflicts', () => {
  it('a stale save is a conflict of its field, and the typed text stays on screen', async () => {
    const e = editor();
    e.type('mine');
    await e.saver.flush();
    expect(e.conflicts.stateOf('notes')).toBe('conflict');
    expect(e.conflicts.infoOf('notes')).toEqual({ revision: 2, current: { notes: 'theirs' } });
    expect(e.state.shown).toBe('mine');
    expect(e.state.stored.notes).toBe('theirs');
    expect(e.saver.status.value).toBe('error');
  });

  it('"Load the newer text" shows what was saved, sends nothing, and clears the failure', async () => {
    const e = editor();
    e.type('mine');
    await e.saver.flush();
    e.conflicts.loadNewer('notes', e.target);
    expect(e.state.shown).toBe('theirs');
    expect(e.state.revision).toBe(2);
    expect(e.state.sent).toHaveLength(1);
    expect(e.conflicts.stateOf('notes')).toBeNull();
    expect(e.saver.failures.value).toEqual([]);
    // The next edit saves on top of the newer revision.
    e.type('theirs, and more');
    await e.saver.flush();
    expect(e.state.stored).toEqual({ notes: 'theirs, and more', revision: 3 });
  });

  it('"Keep mine" saves mine on top of the newer revision, and can bring theirs back', async () => {
    const e = editor();
    e.type('mine');
    await e.saver.flush();
    await e.conflicts.keepMine('notes', e.target);
    expect(e.state.sent.at(-1)).toEqual([2, 'mine']);
    expect(e.state.stored).toEqual({ notes: 'mine', revision: 3 });
    expect(e.state.shown).toBe('mine');
    expect(e.conflicts.stateOf('notes')).toBe('kept');
    expect(e.saver.status.value).toBe('saved');

    e.conflicts.undoKeep('notes');
    await e.saver.flush();
    expect(e.state.shown).toBe('theirs');
    expect(e.state.stored).toEqual({ notes: 'theirs', revision: 4 });
    expect(e.conflicts.stateOf('notes')).toBeNull();
  });

  it('typing again after "Keep mine" forgets the note', async () => {
    const e = editor();
    e.type('mine');
    await e.saver.flush();
    await e.conflicts.keepMine('notes', e.target);
    e.type('mine, edited');
    expect(e.conflicts.stateOf('notes')).toBeNull();
  });

  it('resolve carries out each answer: load shows theirs, keep saves mine on top, undo brings theirs back', async () => {
    const e = editor();
    e.type('mine');
    await e.saver.flush();
    // Without a target (the record went away) load and keep do nothing.
    await e.conflicts.resolve('notes', 'load', null);
    expect(e.conflicts.stateOf('notes')).toBe('conflict');
    await e.conflicts.resolve('notes', 'keep', e.target);
    await e.saver.flush();
    expect(e.state.stored.notes).toBe('mine');
    expect(e.conflicts.stateOf('notes')).toBe('kept');
    await e.conflicts.resolve('notes', 'undo', null);
    await e.saver.flush();
    expect(e.state.shown).toBe('theirs');
    expect(e.state.stored.notes).toBe('theirs');

    const f = editor();
    f.type('mine');
    await f.saver.flush();
    await f.conflicts.resolve('notes', 'load', f.target);
    expect(f.state.shown).toBe('theirs');
    expect(f.conflicts.stateOf('notes')).toBeNull();
  });
});
