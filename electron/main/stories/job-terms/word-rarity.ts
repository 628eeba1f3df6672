import commonWords from '@nkzw/safe-word-list';
import { singularOf } from './singular';

/** The 2,700 or so most used English words (lower case, three letters or more): "service", "work", "manage". */
const COMMON: ReadonlySet<string> = new Set(commonWords);

/** Whether a plain lower-case word is among the most used in English, as written or as its singular. */
function isCommon(word: string): boolean {
  if (word.length < 3) return true;
  return COMMON.has(word) || COMMON.has(singularOf(word));
}

/**
 * How specific a term's words are, from 0 (every word is common English: "customer service") to 1 (its head word
 * is rare: "butchery", "physiotherapy", "procurement"). Only plain lower-case words are judged: names, acronyms and
 * codes ("HACCP", "IFRS 16", "Power BI") are ranked as specific already and score the middle, 0.5, so rarity neither
 * lifts nor sinks them against each other.
 */
export function rarity(term: string): number {
  const words = term
    .split(/[\s/-]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w.length > 0);
  const plain = words.filter((w) => /^[a-z]+$/.test(w));
  if (plain.length === 0) return 0.5;
  const rare = (w: string) => (isCommon(w) ? 0 : 1);
  const head = words[words.length - 1]!;
  const headRare = /^[a-z]+$/.test(head) ? rare(head) : 0.5;
  const share = plain.reduce((n, w) => n + rare(w), 0) / plain.length;
  return 0.5 * headRare + 0.5 * share;
}
