// Counts in the reality check read like a person wrote them: "both things", "three slips", never "all 2 things".

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as a word up to ten ("three"), as digits beyond (people read 14 faster than fourteen). */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** The count with its noun: "one slip", "three slips", "12 slips". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${countWord(n)} ${n === 1 ? singular : plural}`;
}

/** Every one of a group: "the one thing", "both things", "all three things". */
export function everyOf(n: number, singular: string, plural = `${singular}s`): string {
  if (n === 1) return `the one ${singular}`;
  if (n === 2) return `both ${plural}`;
  return `all ${countWord(n)} ${plural}`;
}

/** The first letter made a capital, for a count that starts a sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
