import type { Span } from '../../shared/coach-schemas';
import { hasQuantity, segmentSentences, segmentWords } from '../coach/coach-domain';
import { matchTokens, STOPWORDS, type MatchToken } from './text-match';

/** Whether an answer told a story's result, and the answer's sentences that did. */
export interface ResultTold {
  told: boolean;
  quotes: Span[];
}

/** A figure as said: "40%", "£40k", "15", "2.5", folded to its digits and dots. */
const figure = (t: MatchToken) => t.norm.replace(/[^0-9.]/g, '').replace(/\.$/, '');

/** The words that carry a result: its figures (and number words), and its other words that are not stopwords. */
function resultWords(result: string): { figures: Set<string>; counts: Set<string>; words: Set<string> } {
  const figures = new Set<string>();
  const counts = new Set<string>();
  const words = new Set<string>();
  for (const t of matchTokens(result)) {
    if (/\d/.test(t.norm)) figures.add(figure(t));
    else if (hasQuantity([{ norm: t.norm }], t.norm)) counts.add(t.stem);
    else if (!STOPWORDS.has(t.norm) && t.norm.length > 2) words.add(t.stem);
  }
  return { figures, counts, words };
}

/**
 * Did the answer tell the story's result? Its figures count most: one of the result's numbers said in the answer is
 * enough with one more word of the result beside it anywhere; without a figure, half of the result's words (at least
 * two) must be said. The quotes are the answer's sentences holding those words, so the person sees where.
 */
export function findResultTold(result: string, answer: string): ResultTold {
  const wanted = resultWords(result);
  const tokens = matchTokens(answer);
  const hits = tokens.filter(
    (t) => (/\d/.test(t.norm) && wanted.figures.has(figure(t))) || wanted.counts.has(t.stem) || wanted.words.has(t.stem),
  );
  const figureHit = hits.some((t) => /\d/.test(t.norm) || wanted.counts.has(t.stem));
  const wordStems = new Set(hits.filter((t) => wanted.words.has(t.stem)).map((t) => t.stem));
  const need = Math.max(2, Math.ceil(wanted.words.size / 2));
  const told =
    (wanted.figures.size + wanted.counts.size > 0 && figureHit && (wordStems.size >= 1 || wanted.words.size === 0)) ||
    (wanted.words.size > 0 && wordStems.size >= Math.min(need, wanted.words.size));
  if (!told) return { told: false, quotes: [] };
  const quotes = segmentSentences(answer).filter((s) => hits.some((h) => h.start >= s.start && h.end <= s.end));
  return { told: true, quotes };
}

/** True when a result says how much or how many (for the message that asks for the number). */
export function resultHasFigure(result: string): boolean {
  return hasQuantity(segmentWords(result), result);
}
