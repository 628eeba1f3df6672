import type { Word } from './segment';

// The most frequent English function words. An English answer, however short or badly transcribed, is made of them
// for about a third of its words; French or Nyanja shares almost none (of one-letter words only "i" is in: Nyanja
// writes "a" often).
const ENGLISH = new Set(
  (
    'the and to of in is it that was for on with as at by this be are have had has not but from they he she his ' +
    'her we our us my me you your so then there what when which who would will can could did do does been were ' +
    "i'm i've it's we're don't didn't just about because after before into out up all one some more very if or " +
    'an my them their than also how get got make made went want needed team work job i am well under good ' +
    'like really always people time because new other any each every where why here now'
  ).split(' '),
);
/** Below this share of English function words, the answer is taken as another language. */
export const ENGLISH_SHARE = 0.12;
/** Fewer words than this are too few to judge: read them as English. */
const MIN_WORDS_TO_JUDGE = 4;

/** True when the answer reads as English (judged on its words; very short answers get the benefit of the doubt). */
export function looksEnglish(words: readonly Word[]): boolean {
  const letters = words.filter((w) => /\p{L}/u.test(w.norm));
  if (letters.length < MIN_WORDS_TO_JUDGE) return letters.length === 0 || letters.some((w) => ENGLISH.has(w.norm));
  const latin = letters.filter((w) => /^[\p{Script=Latin}'0-9-]+$/u.test(w.norm)).length;
  if (latin / letters.length < 0.5) return false;
  const english = letters.filter((w) => ENGLISH.has(w.norm)).length;
  return english / letters.length >= ENGLISH_SHARE;
}
