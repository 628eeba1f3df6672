import type { Span } from '../../shared/coach-schemas';
import { segmentSentences, segmentWords, spanOf, type Word } from './segment';

/** A sentence longer than this many words is cut at its discourse markers (a transcript can be one long run). */
export const LONG_RUN_WORDS = 22;
/** No piece shorter than this: "so I" alone tells nothing. */
const MIN_CLAUSE_WORDS = 4;

/** Words that open a new step of a story when they come in the middle of a long run. */
const MARKERS: readonly (readonly string[])[] = [
  ['and', 'then'],
  ['and', 'so'],
  ['after', 'that'],
  ['as', 'a', 'result'],
  ['in', 'the', 'end'],
  ['by', 'the', 'end'],
  ['since', 'then'],
  ['which', 'meant'],
  ['that', 'meant'],
  ['so'],
  ['then'],
  ['because'],
  ['but'],
  ['which'],
  ['eventually'],
  ['finally'],
  ['afterwards'],
  ['however'],
  ['when'],
];
/** "so that", "so much": "so" as a degree or purpose word, not a step of the story. */
const NOT_AFTER_SO = new Set(['that', 'much', 'many', 'far', 'well', 'long', 'good', 'bad', 'happy', 'busy']);

/** True when a marker starts at words[i]. */
function markerAt(words: readonly Word[], i: number): boolean {
  for (const m of MARKERS) {
    if (m.every((w, k) => words[i + k]?.norm === w)) {
      if (m.length === 1 && m[0] === 'so' && NOT_AFTER_SO.has(words[i + 1]?.norm ?? '')) return false;
      return true;
    }
  }
  return false;
}

/** Cuts one sentence at its markers when it is a long run; otherwise returns it whole. */
export function splitRun(text: string, sentence: Span): Span[] {
  const words = segmentWords(sentence.text);
  if (words.length <= LONG_RUN_WORDS) return [sentence];
  const cuts: number[] = [];
  let last = 0;
  for (let i = MIN_CLAUSE_WORDS; i <= words.length - MIN_CLAUSE_WORDS; i++) {
    if (i - last >= MIN_CLAUSE_WORDS && markerAt(words, i)) {
      cuts.push(i);
      last = i;
    }
  }
  if (!cuts.length) return [sentence];
  const out: Span[] = [];
  let from = sentence.start;
  for (const i of cuts) {
    const at = sentence.start + words[i]!.start;
    out.push(trimEnd(text, from, at));
    from = at;
  }
  out.push(trimEnd(text, from, sentence.end));
  return out;
}

/** A span without the spaces (and a trailing comma) before the next clause. */
function trimEnd(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && /[\s,;]/.test(text[e - 1]!)) e--;
  return spanOf(text, start, e);
}

/** The answer as the units the coach classifies: its sentences, with long runs cut into clauses. */
export function segmentUnits(text: string): Span[] {
  return segmentSentences(text).flatMap((s) => splitRun(text, s));
}
