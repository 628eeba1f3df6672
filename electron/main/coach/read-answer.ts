import type { CoachInput, CoachReading, Span, StarParts } from '../../shared/coach-schemas';
import { buildAdvice } from './advice';
import { answerLength } from './answer-length';
import { segmentUnits } from './clauses';
import { findFillers } from './fillers';
import { findHedges } from './hedges';
import { looksEnglish } from './language-check';
import { tag, type Tagged } from './nlp';
import { hasQuantity } from './numbers';
import { countPronouns } from './pronouns';
import { segmentWords, type Word } from './segment';
import { classifyStar } from './star-classify';

/** Another tagger in wink-nlp's place: only to measure an alternative library on the labelled answers. */
export interface ReadOptions {
  tagger?: (text: string) => Tagged[];
}

/** The words inside a span, found by binary search (a long answer can have hundreds of result spans). */
function wordsIn(words: readonly Word[], span: Span): Word[] {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Word[] = [];
  for (let k = lo; k < words.length && words[k]!.end <= span.end; k++) out.push(words[k]!);
  return out;
}

const noParts = (): StarParts => ({ situation: [], task: [], action: [], result: [] });

/**
 * Reads one answer: STAR parts, a result with a number, "I" and "we", hedges, fillers, length and up to three remarks.
 * Pure (no Electron, no database), so the app's route and the command give the same reading.
 */
export function readAnswer(input: CoachInput, options: ReadOptions = {}): CoachReading {
  const text = input.answer;
  const words = segmentWords(text);
  const length = answerLength(words.length, input.durationMs);
  const blank = {
    parts: noParts(),
    order: 'none' as const,
    resultHasNumber: false,
    pronouns: countPronouns(words),
    hedges: [],
    fillers: [],
    length,
    advice: [],
  };
  if (!words.some((w) => /\p{L}/u.test(w.text))) return { ...blank, skipped: 'empty' };
  if (!looksEnglish(words)) return { ...blank, skipped: 'not-english' };

  const tokens = (options.tagger ?? tag)(text);
  const units = segmentUnits(text);
  const { parts, order } = classifyStar(units, tokens);
  const resultHasNumber = parts.result.some((s) => hasQuantity(wordsIn(words, s), s.text));
  const reading = {
    parts,
    order,
    resultHasNumber,
    pronouns: blank.pronouns,
    hedges: findHedges(text, words, tokens, input.question),
    fillers: findFillers(text, words),
    length,
  };
  return {
    skipped: null,
    ...reading,
    advice: buildAdvice({ text, question: input.question, reading, units, wordCount: words.length }),
  };
}
