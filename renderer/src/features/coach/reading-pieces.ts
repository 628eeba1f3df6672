import type { Span, StarPart, StarParts } from '@shared/coach-schemas';
import { STAR_PARTS } from '@shared/coach-schemas';

/** A run of the answer's text with what the coach found there: a part of the story, a hedge, or neither. */
export interface Piece {
  text: string;
  part: StarPart | null;
  /** True on the first piece of each run of one part, where its label goes. */
  startsPart: boolean;
  hedge: boolean;
}

/** Spans whose offsets really point at their text in this answer; anything else is dropped rather than mis-marked. */
function trustworthy(answer: string, spans: readonly Span[]): Span[] {
  return spans.filter((s) => s.start < s.end && s.end <= answer.length && answer.slice(s.start, s.end) === s.text);
}

/**
 * Cuts the answer at every edge of a part or a hedge, so the screen can mark each part (with a label at its start)
 * and each hedge, while every character of the answer is shown once and in order.
 */
export function readingPieces(answer: string, parts: StarParts, hedges: readonly Span[]): Piece[] {
  const partSpans = STAR_PARTS.flatMap((part) => trustworthy(answer, parts[part]).map((s) => ({ ...s, part })));
  const hedgeSpans = trustworthy(answer, hedges);
  const edges = new Set([0, answer.length]);
  for (const s of [...partSpans, ...hedgeSpans]) {
    edges.add(s.start);
    edges.add(s.end);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let previous: StarPart | null = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const text = answer.slice(start, end);
    let part = partSpans.find((s) => s.start <= start && end <= s.end)?.part ?? null;
    // The space between two sentences of one part belongs to it, so the part reads as one run with one label.
    if (part === null && previous !== null && text.trim() === '') {
      const next = partSpans.find((s) => s.start === end)?.part ?? null;
      if (next === previous) part = previous;
    }
    const hedge = hedgeSpans.some((s) => s.start <= start && end <= s.end);
    pieces.push({ text, part, startsPart: part !== null && part !== previous, hedge });
    previous = part;
  }
  return pieces;
}
