/** Number words that say how many on their own ("three", "forty", "a dozen"). "one" needs a unit after it. */
const COUNT_WORDS = new Set(
  (
    'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion dozen dozens twice thrice half double doubled tripled quadrupled halved triple ' +
    'quarter single'
  ).split(' '),
);
/** Units after which "one", "a" or "an" counts as a quantity ("one week", "an hour"). */
const UNITS = new Set(
  (
    'second seconds minute minutes hour hours day days week weeks month months year years percent per cent ' +
    'dollar dollars pound pounds euro euros kwacha rand shilling shillings naira'
  ).split(' '),
);
/** Words that make "times" a multiplier ("three times faster"). */
const MULTIPLIER_BEFORE = new Set(['two', 'three', 'four', 'five', 'ten', 'several', 'many']);

/** True when the words say how much, how many, how fast or how often: a figure, %, money, a time, a count in words. */
export function hasQuantity(words: readonly { norm: string }[], text: string): boolean {
  if (/\d/.test(text)) return true;
  if (/[%$£€¥₹]/.test(text)) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.norm;
    const next = words[i + 1]?.norm ?? '';
    if (COUNT_WORDS.has(w)) return true;
    if ((w === 'one' || w === 'a' || w === 'an') && UNITS.has(next) && w !== 'a') return true;
    if (w === 'one' && (next === 'hundred' || next === 'thousand' || next === 'million')) return true;
    if (w === 'times' && MULTIPLIER_BEFORE.has(words[i - 1]?.norm ?? '')) return true;
    if ((w === 'percent' || w === 'cent') && i > 0) return true;
  }
  return false;
}
