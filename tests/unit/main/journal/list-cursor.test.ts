import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, type Cursor } from '../../../../electron/main/journal/list-cursor';
import { AppError } from '../../../../electron/shared/errors';

const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function expectInvalid(cursor: string, kind: Cursor['kind']) {
  let thrown: unknown;
  try {
    decodeCursor(cursor, kind);
  } catch (err) {
    thrown = err;
  }
  expect(thrown, `${cursor} as ${kind}`).toBeInstanceOf(AppError);
  const err = thrown as AppError;
  expect(err.code).toBe('VALIDATION');
  expect(err.details).toEqual([{ path: 'cursor', message: expect.any(String) }]);
  expect(err.message).toMatch(/start again/);
}

describe('list cursors', () => {
  it('round-trip both kinds, and are URL-safe text', () => {
    const cursors: Cursor[] = [
      { kind: 'keyset', heldAt: '2026-03-01T09:30', id: 42 },
      { kind: 'keyset', heldAt: '2026-03-01', id: 1 },
      { kind: 'offset', offset: 0 },
      { kind: 'offset', offset: 150 },
    ];
    for (const c of cursors) {
      const text = encodeCursor(c);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(text, c.kind)).toEqual(c);
    }
  });

  it('null means the first page', () => {
    expect(decodeCursor(null, 'keyset')).toBeNull();
    expect(decodeCursor(null, 'offset')).toBeNull();
  });

  it('a cursor of the other kind is rejected (a search cursor on the plain list, and back)', () => {
    expectInvalid(encodeCursor({ kind: 'offset', offset: 50 }), 'keyset');
    expectInvalid(encodeCursor({ kind: 'keyset', heldAt: '2026-01-01', id: 3 }), 'offset');
  });

  it('forged cursors are VALIDATION errors, not crashes', () => {
    const keyset = [
      '',
      'not base64 !!',
      'e30',
      raw(null),
      raw(5),
      raw('keyset'),
      raw([]),
      raw({}),
      raw({ kind: 'keyset' }),
      raw({ kind: 'keyset', heldAt: 1, id: 1 }),
      raw({ kind: 'keyset', heldAt: '2026-01-01', id: '1' }),
      raw({ kind: 'keyset', heldAt: '2026-01-01', id: 1.5 }),
      raw({ kind: 'keyset', heldAt: '2026-01-01', id: 1e300 }),
      raw({ kind: 'keyset', heldAt: null, id: 1 }),
      Buffer.from('{"kind":"keyset",').toString('base64url'),
    ];
    for (const c of keyset) expectInvalid(c, 'keyset');
    const offset = [
      raw({ kind: 'offset' }),
      raw({ kind: 'offset', offset: -1 }),
      raw({ kind: 'offset', offset: 0.5 }),
      raw({ kind: 'offset', offset: '10' }),
      raw({ kind: 'offset', offset: 1e20 }),
      raw({ kind: 'offset', offset: 2 ** 53 }),
      raw({ kind: 'offset', offset: null }),
    ];
    for (const c of offset) expectInvalid(c, 'offset');
  });
});
