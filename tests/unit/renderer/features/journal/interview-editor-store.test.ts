import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RouteInput, RouteName } from '@shared/contract';
import { AUTOSAVE_DELAY_MS, useInterviewEditorStore } from '@renderer/features/journal/interview-editor-store';
import { fail, fakeClient, ok } from '../../helpers/fake-client';
import { asked, detail, reflection } from '../../helpers/journal-fixtures';
import { withStores } from '../../helpers/with-stores';

/** A client that answers the editor's routes and records every input it was sent. */
function editorClient(start = detail()) {
  const sent: { route: RouteName; input: unknown }[] = [];
  const record = (route: RouteName, input: unknown) => sent.push({ route, input });
  const fake = fakeClient({
    'interview:get': (input) => (record('interview:get', input), ok(start)),
    'interview:update': (input) => (record('interview:update', input), ok({ ...start, updatedAt: '2026-03-04T00:00:00.000Z' })),
    'reflection:save': (input) => (record('reflection:save', input), ok(reflection())),
    'interview-question:update': (input) => (record('interview-question:update', input), ok(asked())),
    'interview-question:remove': (input) => (record('interview-question:remove', input), ok({ ok: true as const })),
    'bank:list': () => ok({ items: [], total: 0 }),
  });
  const of = <N extends RouteName>(route: N) => sent.filter((s) => s.route === route).map((s) => s.input as RouteInput<N>);
  return { fake, sent, of };
}

describe('interview editor store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads an interview into a draft of its own', async () => {
    const { fake } = editorClient();
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    expect(editor.status).toBe('ready');
    expect(editor.draft?.company).toBe('Northwind');
    expect(editor.readOnly).toBe(false);
  });

  it('saves a field after the pause with a patch of that field only', async () => {
    const { fake, of } = editorClient();
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    editor.setField('notes', 'F');
    editor.setField('notes', 'Felt rushed');
    expect(editor.saveStatus).toBe('saving');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(of('interview:update')).toEqual([{ id: 1, baseRevision: 1, patch: { notes: 'Felt rushed' } }]);
    expect(editor.saveStatus).toBe('saved');
    expect(editor.draft?.notes).toBe('Felt rushed');
  });

  it('a refused save keeps the typed value and names the field', async () => {
    const { fake, of } = editorClient();
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    fake.routes['interview:update'] = () =>
      fail('VALIDATION', 'Some of the values are not valid.', [{ path: 'patch.company', message: 'Enter the company.' }]);
    editor.setField('company', '');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(editor.saveStatus).toBe('error');
    expect(editor.draft?.company).toBe('');
    expect(editor.fieldError('interview.company', 'patch.company')).toBe('Enter the company.');
    expect(editor.fieldError('interview.notes', 'patch.notes')).toBeUndefined();
    expect(of('interview:update')).toEqual([]);

    // The person types the company back; the failure goes once that saves.
    fake.routes['interview:update'] = (input) => ok({ ...detail(), company: String(input?.patch.company) });
    editor.setField('company', 'Northwind Ltd');
    await editor.flush();
    expect(editor.saveStatus).toBe('saved');
    expect(editor.fieldError('interview.company', 'patch.company')).toBeUndefined();
  });

  it('a rating saves at once, text in an area after the pause', async () => {
    const { fake, of } = editorClient();
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    editor.setReflection('punctuality', 'rating', 2);
    await vi.advanceTimersByTimeAsync(0);
    expect(of('reflection:save')).toEqual([{ interviewId: 1, area: 'punctuality', baseRevision: 1, rating: 2 }]);
    editor.setReflection('punctuality', 'wentBadly', 'Five minutes late');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(of('reflection:save')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(of('reflection:save')[1]).toEqual({
      interviewId: 1,
      area: 'punctuality',
      baseRevision: 1,
      wentBadly: 'Five minutes late',
    });
    expect(editor.draft?.reflections[0]).toMatchObject({ rating: 2, wentBadly: 'Five minutes late' });
  });

  it('key points: a blank new row stays local, typed points save as missed until marked', async () => {
    const { fake, of } = editorClient(detail({ questions: [asked()] }));
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    const uid = editor.addKeyPoint(10)!;
    await editor.flush();
    expect(of('interview-question:update')).toEqual([]);
    editor.setKeyPointText(10, uid, 'Name a real weakness');
    await editor.flush();
    expect(of('interview-question:update').at(-1)).toEqual({
      id: 10,
      baseRevision: 1,
      keyPoints: [{ text: 'Name a real weakness', missed: true }],
    });
    editor.toggleKeyPoint(10, uid);
    await editor.flush();
    expect(of('interview-question:update').at(-1)).toEqual({
      id: 10,
      baseRevision: 1,
      keyPoints: [{ text: 'Name a real weakness', missed: false }],
    });
  });

  it('removing a question drops its waiting saves', async () => {
    const { fake, of } = editorClient(detail({ questions: [asked()] }));
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    editor.setQuestionField(10, 'answerGiven', 'half an answer');
    expect(await editor.removeQuestion(10)).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(of('interview-question:update')).toEqual([]);
    expect(editor.draft?.questions).toEqual([]);
  });

  it('a trashed interview is read-only: nothing is changed or sent', async () => {
    const { fake, sent } = editorClient(detail({ deletedAt: '2026-03-05T00:00:00.000Z' }));
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    expect(editor.readOnly).toBe(true);
    editor.setField('notes', 'x');
    editor.setReflection('punctuality', 'rating', 1);
    expect(editor.addTag('new')).toBe(false);
    await editor.flush();
    expect(editor.draft?.notes).toBe('');
    expect(sent.map((s) => s.route)).toEqual(['interview:get']);
  });

  it('opening another interview first sends what is still waiting for this one', async () => {
    const { fake, sent } = editorClient();
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    editor.setField('role', 'Lead designer');
    await editor.load(2);
    expect(sent.map((s) => s.route)).toEqual(['interview:get', 'interview:update', 'interview:get']);
  });
});

describe('interview editor store, when another window saved first', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A main process at revision 2 of interview 1 (notes "Theirs."), while the editor loaded revision 1. */
  function staleClient() {
    let stored = detail({ notes: 'Theirs.', company: 'Northwind Ltd', revision: 2 });
    const sent: RouteInput<'interview:update'>[] = [];
    const fake = fakeClient({
      'interview:get': () => ok(detail()),
      'interview:update': (input) => {
        sent.push(input!);
        if (input!.baseRevision !== stored.revision) {
          return fail('CONFLICT', 'This interview was changed in another window.', [
            { path: 'baseRevision', message: 'This was changed in another window.', revision: stored.revision, current: stored },
          ]);
        }
        stored = { ...stored, ...input!.patch, revision: stored.revision + 1 } as typeof stored;
        return ok(stored);
      },
    });
    return { fake, sent, stored: () => stored };
  }

  it('marks the field in conflict and keeps what was typed', async () => {
    const { fake } = staleClient();
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    editor.setField('notes', 'Mine.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await editor.flush();
    expect(editor.conflictState('interview.notes')).toBe('conflict');
    expect(editor.draft?.notes).toBe('Mine.');
    expect(editor.allSaved).toBe(false);
  });

  it('"Load the newer text" shows the saved interview, with its revision for the next save', async () => {
    const { fake, sent, stored } = staleClient();
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    editor.setField('notes', 'Mine.');
    await editor.flush();
    await editor.resolveConflict('interview.notes', 'load');
    expect(editor.draft?.notes).toBe('Theirs.');
    expect(editor.draft?.company).toBe('Northwind Ltd');
    expect(editor.conflictState('interview.notes')).toBeNull();
    expect(editor.allSaved).toBe(true);
    editor.setField('notes', 'Theirs, and mine.');
    await editor.flush();
    expect(sent.at(-1)?.baseRevision).toBe(2);
    expect(stored().notes).toBe('Theirs, and mine.');
  });

  it('"Keep mine" saves mine on top of the newer revision, takes their other fields, and can bring theirs back', async () => {
    const { fake, sent, stored } = staleClient();
    const editor = withStores(fake.client).run(() => useInterviewEditorStore());
    await editor.load(1);
    editor.setField('notes', 'Mine.');
    await editor.flush();
    await editor.resolveConflict('interview.notes', 'keep');
    expect(sent.at(-1)).toEqual({ id: 1, baseRevision: 2, patch: { notes: 'Mine.' } });
    expect(stored().notes).toBe('Mine.');
    expect(editor.draft?.notes).toBe('Mine.');
    expect(editor.draft?.company).toBe('Northwind Ltd');
    expect(editor.conflictState('interview.notes')).toBe('kept');
    await editor.resolveConflict('interview.notes', 'undo');
    await editor.flush();
    expect(editor.draft?.notes).toBe('Theirs.');
    expect(stored().notes).toBe('Theirs.');
    expect(editor.conflictState('interview.notes')).toBeNull();
  });
});
