import type { Word } from './segment';

/** The words that say "I" (the list, exactly). */
export const SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);
/** The words that say "we" (the list, exactly). */
export const PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'd", "we'll"]);

/** How often the person says "I" and how often "we": whole words, any case, straight or curly apostrophes. */
export function countPronouns(words: readonly Word[]): { singular: number; plural: number } {
  let singular = 0;
  let plural = 0;
  for (const w of words) {
    if (SINGULAR.has(w.norm)) singular++;
    else if (PLURAL.has(w.norm)) plural++;
  }
  return { singular, plural };
}
