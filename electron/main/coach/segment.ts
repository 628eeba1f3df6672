import type { Span } from '../../shared/coach-schemas';

/** A word of the answer with its offsets and a folded form (lower case, curly apostrophes made straight). */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, ’ folded to ', for comparing against word lists. */
  norm: string;
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The span of `text` between two offsets, its text taken from the answer so the two can never disagree. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Every word-like segment (letters or digits, "I'm" and "we’ve" as one word), with offsets. */
export function segmentWords(text: string): Word[] {
  const out: Word[] = [];
  for (const s of wordSegmenter.segment(text)) {
    if (!s.isWordLike) continue;
    out.push({
      start: s.index,
      end: s.index + s.segment.length,
      text: s.segment,
      norm: s.segment.toLowerCase().replace(/’/g, "'"),
    });
  }
  return out;
}

/** Trims the whitespace (and a leading dash or bullet) off both ends of a span; null when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /[\s\-–—•*]/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? spanOf(text, s, e) : null;
}

/**
 * Sentences as spans. Intl.Segmenter finds the boundaries; a full stop followed by a lower-case word (what a hurried
 * typist or a transcript writes: "it broke. so i") is a boundary too, which the Unicode rules leave out.
 */
export function segmentSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const s of sentenceSegmenter.segment(text)) {
    const base = s.index;
    const seg = s.segment;
    let from = 0;
    for (const m of seg.matchAll(/[.!?]+["”’)]?\s+(?=[a-z])/g)) {
      // "e.g. the", "a.m. on": a stop after a single letter is an abbreviation, not the end of a sentence.
      if (/(^|[\s.])[a-z]\.$/i.test(seg.slice(Math.max(0, m.index - 3), m.index + 1))) continue;
      const cut = m.index + m[0].length;
      const part = trimmed(text, base + from, base + cut);
      if (part) out.push(part);
      from = cut;
    }
    const rest = trimmed(text, base + from, base + seg.length);
    if (rest) out.push(rest);
  }
  return out;
}
