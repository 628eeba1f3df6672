import { z } from 'zod';
import { AppError } from '../../shared/errors';

const safeInteger = z.number().refine(Number.isSafeInteger);

/** Where the next page starts: after a row (newest-first list) or at an offset (ranked search). */
const cursorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('keyset'), heldAt: z.string(), id: safeInteger }),
  z.object({ kind: z.literal('offset'), offset: safeInteger.refine((n) => n >= 0) }),
]);
export type Cursor = z.infer<typeof cursorSchema>;

/** Cursors are opaque to the renderer; base64url JSON keeps them URL- and log-safe. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** Reads a cursor back; a forged or stale one is a VALIDATION error, not a crash. */
export function decodeCursor(raw: string | null, expected: Cursor['kind']): Cursor | null {
  if (raw === null) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    if (parsed.success && parsed.data.kind === expected) return parsed.data;
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION', 'The list position is out of date; start again from the top.', [
    { path: 'cursor', message: 'Invalid cursor.' },
  ]);
}
