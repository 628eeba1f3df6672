import type { CoachReading } from '../../shared/coach-schemas';

/** Speaking pace used to estimate a typed answer's length. */
export const WORDS_PER_MINUTE = 150;
/** The usual spoken answer lasts one to two minutes. */
export const SHORT_BELOW_SECONDS = 60;
export const LONG_ABOVE_SECONDS = 120;

/** The answer's length: the speaking time when it was spoken, else its words at 150 a minute. */
export function answerLength(wordCount: number, durationMs: number | null): CoachReading['length'] {
  const spoken = durationMs !== null && durationMs > 0;
  const seconds = spoken ? durationMs / 1000 : (wordCount / WORDS_PER_MINUTE) * 60;
  const rounded = Math.round(seconds * 10) / 10;
  const verdict = rounded < SHORT_BELOW_SECONDS ? 'short' : rounded > LONG_ABOVE_SECONDS ? 'long' : 'good';
  return { seconds: rounded, source: spoken ? 'speech' : 'words', verdict };
}
