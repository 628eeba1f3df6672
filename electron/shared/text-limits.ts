import { z } from 'zod';
import { plainString } from './plain-text';

/** The longest free text one field may hold; far above any real note, low enough to stop a runaway paste. */
export const MAX_TEXT = 100_000;

/** Free text with the sane limit and a message that says what to do. */
export const longText = () =>
  plainString().max(MAX_TEXT, `This is over ${MAX_TEXT.toLocaleString('en')} characters; please shorten it.`);

/** A short single-line value (names, labels), trimmed. */
export const shortText = (max: number) => plainString().trim().max(max, `Keep this under ${max} characters.`);

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

/** Month names as dates are written in the app's own words. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Why a well-formed date is not a real one, in the person's words ("There is no 30 February 2026."), or null when it
 * is real or not a date at all. The main process's schemas and the renderer's forms say the same sentence.
 */
export function impossibleDateMessage(value: string): string | null {
  const m = DATE.exec(value);
  if (!m || isRealDateTime(value)) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `There is no month ${mo}; enter a month from 1 to 12.`;
  if (y < 1900 || y > 2200) return `Enter a year from 1900 to 2200, not ${y}.`;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return `There is no time ${m[4]}:${m[5]}.`;
  return `There is no ${d} ${MONTHS[mo - 1]} ${y}.`;
}

/** A date schema: real dates only, with the impossible ones named and anything else told the expected shape. */
function realDate(shape: RegExp, expected: string) {
  return z
    .string({ error: 'Enter a date.' })
    .min(1, 'Enter a date.')
    .superRefine((value, ctx) => {
      if (shape.test(value) && isRealDateTime(value)) return;
      ctx.addIssue({ code: 'custom', message: (shape.test(value) && impossibleDateMessage(value)) || expected });
    });
}

/** A local date, or date and time, as the person entered it: YYYY-MM-DD or YYYY-MM-DDTHH:MM. */
export const localDateTime = realDate(DATE, 'Enter a real date as YYYY-MM-DD, with an optional time HH:MM.');

/** A local calendar day, YYYY-MM-DD, real (no 30 February). */
export const localDate = realDate(/^\d{4}-\d{2}-\d{2}$/, 'Enter a real date as YYYY-MM-DD.');
