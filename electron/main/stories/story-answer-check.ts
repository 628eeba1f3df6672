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
  return { told: true, quotes: quoteSentences(answer, hits, (t) => /\d/.test(t.norm) || wanted.counts.has(t.stem)) };
}

/**
 * The answer's sentences that told the result: those holding one of its figures when the answer said one, else those
 * holding the most of its words (a sentence that only names the subject in passing is not quoted).
 */
function quoteSentences(answer: string, hits: readonly MatchToken[], isFigure: (t: MatchToken) => boolean): Span[] {
  const scored = segmentSentences(answer).map((s) => {
    const inside = hits.filter((h) => h.start >= s.start && h.end <= s.end);
    return { span: s, figures: inside.filter(isFigure).length, words: new Set(inside.map((h) => h.stem)).size };
  });
  if (scored.some((s) => s.figures > 0)) return scored.filter((s) => s.figures > 0).map((s) => s.span);
  const most = Math.max(0, ...scored.map((s) => s.words));
  return scored.filter((s) => s.words === most && most > 0).map((s) => s.span);
}

/** True when a result says how much or how many (for the message that asks for the number). */
export function resultHasFigure(result: string): boolean {
  return hasQuantity(segmentWords(result), result);
}
