// Which word of a transcript is being spoken at a moment of the recording.
import type { TimedWord } from '@shared/speech-schemas';

/**
 * How long a word stays the current one after it ends while the next has not begun: whisper leaves short gaps
 * between words, and a highlight that blinked off in each of them would be hard to follow. A longer silence shows none.
 */
export const WORD_HOLD_SECONDS = 0.5;

/**
 * Index of the word being spoken at `time` (seconds), or -1 before the first word, in a silence longer than the hold,
 * and after the last. `words` are in time order, as the engine gives them; a binary search keeps this cheap enough to
 * run on every animation frame of a long answer.
 */
export function wordIndexAt(words: readonly TimedWord[], time: number, hold = WORD_HOLD_SECONDS): number {
  const started = lastStartedAt(words, time);
  if (started === -1) return -1;
  return time < words[started].end + hold ? started : -1;
}

/**
 * The word a keyboard lands on at `time`: the one being said, else the next one to come (Enter then plays on from
 * there), else the last; -1 only without words.
 */
export function wordNear(words: readonly TimedWord[], time: number): number {
  const current = wordIndexAt(words, time);
  if (current !== -1 || words.length === 0) return current;
  return Math.min(lastStartedAt(words, time) + 1, words.length - 1);
}

/** Index of the last word started by `time`, or -1; a binary search over words in time order. */
function lastStartedAt(words: readonly TimedWord[], time: number): number {
  let low = 0;
  let high = words.length - 1;
  let started = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (words[mid].start <= time) {
      started = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return started;
}
