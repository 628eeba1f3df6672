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
  ['and', 'i'],
  ['and', 'we'],
  ['and', 'they'],
  ['and', 'he'],
  ['and', 'she'],
  ['and', 'the'],
  ['and', 'now'],
];
/** Words after which an "I" or "we" does not open a clause ("that I", "so we", "and I" is a marker of its own). */
const NOT_BEFORE_SUBJECT = new Set(
  'and so then that because which if when what who where while as but or than to for with at of by from like um uh i we'.split(
    ' ',
  ),
);
const SPOKEN_FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm']);
/** "so that", "so much": "so" as a degree or purpose word, not a step of the story. */
const NOT_AFTER_SO = new Set(['that', 'much', 'many', 'far', 'well', 'long', 'good', 'bad', 'happy', 'busy']);

/** True when a marker starts at words[i]. */
function markerAt(words: readonly Word[], i: number): boolean {
  // A run-on transcript starts a new clause with a bare "I" or "we" ("with half the team i split the menu").
  const w = words[i]!.norm;
  if ((w === 'i' || w === 'we') && !NOT_BEFORE_SUBJECT.has(words[i - 1]?.norm ?? 'and')) return true;
  for (const m of MARKERS) {
    if (m.every((w, k) => words[i + k]?.norm === w)) {
      if (m.length === 1 && m[0] === 'so' && NOT_AFTER_SO.has(words[i + 1]?.norm ?? '')) return false;
      return true;
    }
  }
  return false;
}

/** After a comma, these open a new step of the story in a sentence of any length ("..., so it was my job"). */
const AFTER_COMMA = new Set(['so', 'and', 'but', 'which', 'because']);
const AFTER_COMMA_AND = new Set(['i', 'we', 'he', 'she', 'they', 'the', 'it', 'now', 'then']);

/** True when a comma comes right before words[i] and words[i] opens a clause. */
function commaMarkerAt(sentence: string, words: readonly Word[], i: number): boolean {
  const w = words[i]!.norm;
  if (!AFTER_COMMA.has(w)) return false;
  if (!/,\s*$/.test(sentence.slice(words[i - 1]!.end, words[i]!.start))) return false;
  return w !== 'and' || AFTER_COMMA_AND.has(words[i + 1]?.norm ?? '');
}

/** Cuts one sentence at its markers: any marker in a long run, a marker after a comma in any sentence. */
export function splitRun(text: string, sentence: Span): Span[] {
  // Fillers are left out when looking for markers, so "and um i had to" opens a clause like "and i had to".
  const words = segmentWords(sentence.text).filter((w) => !SPOKEN_FILLERS.has(w.norm));
  const long = words.length > LONG_RUN_WORDS;
  const cuts: number[] = [];
  let last = 0;
  for (let i = MIN_CLAUSE_WORDS; i <= words.length - MIN_CLAUSE_WORDS; i++) {
    if (i - last >= MIN_CLAUSE_WORDS && ((long && markerAt(words, i)) || commaMarkerAt(sentence.text, words, i))) {
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
