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
