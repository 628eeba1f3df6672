import { describe, expect, it } from 'vitest';
import type { CoachReading, Span } from '@shared/coach-schemas';
import { readingPieces } from '@renderer/features/coach/reading-pieces';
import { lengthWords, trendLine } from '@renderer/features/coach/reading-figures';

const ANSWER = 'Our pipeline was slow. I had to fix it. I split the tests. I cached builds. I think it helped.';
const span = (text: string, from = 0): Span => {
  const start = ANSWER.indexOf(text, from);
  return { start, end: start + text.length, text };
};

function reading(over: Partial<CoachReading> = {}): CoachReading {
  return {
    skipped: null,
    parts: { situation: [span('Our pipeline was slow.')], task: [span('I had to fix it.')], action: [], result: [] },
    order: 'in-order',
    resultHasNumber: false,
    pronouns: { singular: 4, plural: 0 },
    hedges: [],
    fillers: [],
    length: { seconds: 8, source: 'words', verdict: 'short' },
    advice: [],
    ...over,
  };
}

describe('readingPieces', () => {
  it('shows every character once, in order, with a label at the start of each run of one part', () => {
    const r = reading();
    r.parts.action = [span('I split the tests.'), span('I cached builds.')];
    r.hedges = [span('I think')];
    const pieces = readingPieces(ANSWER, r.parts, r.hedges);
    expect(pieces.map((p) => p.text).join('')).toBe(ANSWER);
    expect(pieces.filter((p) => p.startsPart).map((p) => p.part)).toEqual(['situation', 'task', 'action']);
    // The space between the two action sentences belongs to the action, so it reads as one run with one label.
    const action = pieces
      .filter((p) => p.part === 'action')
      .map((p) => p.text)
      .join('');
    expect(action).toBe('I split the tests. I cached builds.');
    expect(pieces.find((p) => p.hedge)?.text).toBe('I think');
  });

  it('drops a span whose offsets do not point at its text, rather than marking the wrong words', () => {
    const r = reading();
    r.parts.result = [{ start: 0, end: 5, text: 'not these words' }];
    const pieces = readingPieces(ANSWER, r.parts, []);
    expect(pieces.some((p) => p.part === 'result')).toBe(false);
    expect(pieces.map((p) => p.text).join('')).toBe(ANSWER);
  });
});

describe('trendLine', () => {
  it('names only the figures that moved, as before → after', () => {
    const before = reading({ resultHasNumber: false, pronouns: { singular: 1, plural: 9 } });
    const after = reading({ resultHasNumber: true, pronouns: { singular: 1, plural: 2 } });
    expect(trendLine(before, after)).toBe("Result with a number: no → yes; 'we' 9 → 2");
  });

  it('says nothing when nothing moved or an answer could not be read', () => {
    expect(trendLine(reading(), reading())).toBeNull();
    expect(trendLine(reading({ skipped: 'empty' }), reading())).toBeNull();
  });
});

describe('lengthWords', () => {
  it('says seconds under a minute and minutes with seconds above', () => {
    expect([1, 44.6].map((s) => lengthWords(s))).toEqual(['about 1 second', 'about 45 seconds']);
    expect([60, 150].map((s) => lengthWords(s))).toEqual(['about 1 minute', 'about 2 minutes 30 seconds']);
  });
});
