import { z } from 'zod';

/** The longest free text one field may hold; far above any real note, low enough to stop a runaway paste. */
export const MAX_TEXT = 100_000;

/** Free text with the sane limit and a message that says what to do. */
export const longText = () =>
  z.string().max(MAX_TEXT, `This is over ${MAX_TEXT.toLocaleString('en')} characters; please shorten it.`);

/** A short single-line value (names, labels), trimmed. */
export const shortText = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`);

/** A database id, always a positive whole number. */
export const idSchema = z.number().int().positive();

/** Which way a "move" route shifts an item in its list, one place at a time. */
export const moveDirectionSchema = z.enum(['up', 'down']);
export type MoveDirection = z.infer<typeof moveDirectionSchema>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** True for a real calendar date (and time): 2026-02-30 and 25:00 are refused. */
export function isRealDateTime(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || y > 2200 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return false;
  return true;
}

/** A local date, or date and time, as the person entered it: YYYY-MM-DD or YYYY-MM-DDTHH:MM. */
export const localDateTime = z
  .string({ error: 'Enter a date.' })
  .min(1, 'Enter a date.')
  .refine(isRealDateTime, 'Enter a real date as YYYY-MM-DD, with an optional time HH:MM.');

/** A local calendar day, YYYY-MM-DD, real (no 30 February). */
export const localDate = z
  .string({ error: 'Enter a date.' })
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDateTime(v), 'Enter a real date as YYYY-MM-DD.');
