// Whether a save was refused only because the text is over its length limit: trying the same text again cannot work,
// so the screen offers what can (shortening it) instead of "Try again".
import type { ApiError } from '@renderer/api/api-error';

/** The schemas' words for a text over its limit ("This is over 100,000 characters; please shorten it."). */
const OVER_LIMIT = /\bover ([\d,]+) characters\b/;

/** The limit a refused save went over, in the schema's own figure ("100,000"), or null when it failed otherwise. */
export function overLimit(error: ApiError): string | null {
  if (error.code !== 'VALIDATION') return null;
  for (const text of [...error.details.map((d) => d.message), error.message]) {
    const m = OVER_LIMIT.exec(text);
    if (m) return m[1];
  }
  return null;
}

/** A limit as the schemas write it ("100,000") as a number. */
export function limitNumber(limit: string): number {
  return Number(limit.replace(/,/g, ''));
}

/** How far back from the limit a cut may move to land between words rather than inside one. */
const WORD_BREAK_REACH = 2000;

/**
 * Splits a text that is over `limit` into what stays (at most `limit` characters, cut after the last line break or
 * space near the limit so no word is split) and the rest; together they are the whole text, nothing dropped.
 */
export function splitAtLimit(text: string, limit: number): { keep: string; rest: string } {
  if (text.length <= limit) return { keep: text, rest: '' };
  const head = text.slice(0, limit);
  const lineBreak = head.lastIndexOf('\n');
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'));
  const at = [lineBreak, space].find((i) => i > 0 && i >= limit - WORD_BREAK_REACH);
  const cut = at === undefined ? limit : at + 1;
  return { keep: text.slice(0, cut), rest: text.slice(cut) };
}
