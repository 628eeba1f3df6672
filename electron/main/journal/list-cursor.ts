import { AppError } from '../../shared/errors';

/** Where the next page starts: after a row (newest-first list) or at an offset (ranked search). */
export type Cursor = { kind: 'keyset'; heldAt: string; id: number } | { kind: 'offset'; offset: number };

/** Cursors are opaque to the renderer; base64url JSON keeps them URL- and log-safe. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** Reads a cursor back; a forged or stale one is a VALIDATION error, not a crash. */
export function decodeCursor(raw: string | null, expected: Cursor['kind']): Cursor | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (value.kind === 'keyset' && expected === 'keyset' && typeof value.heldAt === 'string' && Number.isSafeInteger(value.id))
      return value;
    if (value.kind === 'offset' && expected === 'offset' && Number.isSafeInteger(value.offset) && value.offset >= 0) return value;
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION', 'The list position is out of date; start again from the top.', [
    { path: 'cursor', message: 'Invalid cursor.' },
  ]);
}
