import { describe, expect, it } from 'vitest';
import { ApiError } from '@renderer/api/api-error';
import { createRevisions, staleSave } from '@renderer/shared/use-revisions';

/** A promise and its resolve, to hold an answer back. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createRevisions', () => {
  it('sends the revision last loaded, then the one each save answered with', async () => {
    const revisions = createRevisions();
    revisions.set('interview.1', 4);
    const sent: number[] = [];
    const save = (base: number) => (sent.push(base), Promise.resolve({ revision: base + 1 }));
    await revisions.save('interview.1', save, (a) => a.revision);
    await revisions.save('interview.1', save, (a) => a.revision);
    expect(sent).toEqual([4, 5]);
    expect(revisions.get('interview.1')).toBe(6);
  });

  it('saves of one record go one at a time, so the second sends what the first answered', async () => {
    const revisions = createRevisions();
    revisions.set('r', 1);
    const gate = deferred<void>();
    const sent: number[] = [];
    const first = revisions.save(
      'r',
      async (base) => (sent.push(base), await gate.promise, { revision: base + 1 }),
      (a) => a.revision,
    );
    const second = revisions.save(
      'r',
      async (base) => (sent.push(base), { revision: base + 1 }),
      (a) => a.revision,
    );
    // Another record is not held up.
    await revisions.save(
      'other',
      async (base) => (sent.push(base * 100), { revision: 2 }),
      (a) => a.revision,
    );
    expect(sent).toEqual([1, 100]);
    gate.resolve();
    await Promise.all([first, second]);
    expect(sent).toEqual([1, 100, 2]);
  });

  it('a failed save keeps the revision it was sent from, and the next one still goes', async () => {
    const revisions = createRevisions();
    revisions.set('r', 3);
    await expect(
      revisions.save(
        'r',
        () => Promise.reject(new Error('no')),
        () => 9,
      ),
    ).rejects.toThrow('no');
    expect(revisions.get('r')).toBe(3);
    const sent: number[] = [];
    await revisions.save(
      'r',
      async (base) => (sent.push(base), { revision: 4 }),
      (a) => a.revision,
    );
    expect(sent).toEqual([3]);
  });
});

describe('staleSave', () => {
  it('reads the current revision and value from a CONFLICT, and nothing from other failures', () => {
    const conflict = new ApiError({
      code: 'CONFLICT',
      message: 'changed in another window',
      details: [
        { path: 'baseRevision', message: 'This was changed in another window.', revision: 7, current: { notes: 'theirs' } },
      ],
    });
    expect(staleSave(conflict)).toEqual({ revision: 7, current: { notes: 'theirs' } });
    // A CONFLICT of another kind (the trash, a duplicate) is not a stale save.
    expect(staleSave(new ApiError({ code: 'CONFLICT', message: 'In the trash.' }))).toBeNull();
    expect(
      staleSave(new ApiError({ code: 'VALIDATION', message: 'x', details: [{ path: 'baseRevision', message: 'x' }] })),
    ).toBeNull();
    expect(staleSave(undefined)).toBeNull();
  });
});
