import { describe, expect, it } from 'vitest';
import { speechFigures } from '../../../../../electron/main/speech/analysis/speech-figures';
import { speechTrend } from '../../../../../electron/main/speech/analysis/speech-trend';

const speech = [
  { start: 0, end: 20 },
  { start: 23, end: 40 },
];
const words = Array.from({ length: 90 }, (_, i) => ({ word: i % 30 === 0 ? 'um,' : 'word', start: i * 0.4, end: i * 0.4 + 0.3 }));

describe('speechFigures', () => {
  it('gives speaking time, pace over speaking time, pauses and fillers with positions', () => {
    const f = speechFigures({ words, speech, durationSeconds: 41.234, modelRan: true });
    expect(f).toMatchObject({
      durationSeconds: 41.23,
      speakingSeconds: 37,
      wordCount: 90,
      wordsPerMinute: 146,
      pace: 'usual',
      pauses: [{ start: 20, end: 23 }],
      longPauses: [{ start: 20, end: 23 }],
      fillers: [{ word: 'um', count: 3 }],
      fillerCount: 3,
      noWordsRecognised: false,
    });
    expect(f.fillerPositions.map((p) => p.start)).toEqual([0, 12, 24]);
  });

  it('says "no words recognised" only when a model ran over real speech and gave nothing', () => {
    expect(speechFigures({ words: [], speech, durationSeconds: 41, modelRan: true })).toMatchObject({
      noWordsRecognised: true,
      wordsPerMinute: null,
      pace: null,
      fillerCount: 0,
      speakingSeconds: 37,
    });
    expect(speechFigures({ words: [], speech, durationSeconds: 41, modelRan: false }).noWordsRecognised).toBe(false);
    expect(speechFigures({ words: [], speech: [], durationSeconds: 5, modelRan: true }).noWordsRecognised).toBe(false);
  });
});

describe('speechTrend', () => {
  const at = (attemptId: number, createdAt: string, wpm: number | null, fillers: number, pauses: number, wordCount = 100) => ({
    attemptId,
    createdAt,
    figures: {
      ...speechFigures({ words: [], speech: [], durationSeconds: 60, modelRan: true }),
      wordsPerMinute: wpm,
      wordCount,
      fillerCount: fillers,
      longPauses: Array.from({ length: pauses }, () => ({ start: 0, end: 3 })),
    },
  });

  it('orders attempts oldest first and gives first -> last of each figure', () => {
    const trend = speechTrend([
      at(3, '2026-03-03T10:00:00Z', 150, 2, 0),
      at(1, '2026-03-01T10:00:00Z', 190, 9, 3),
      at(2, '2026-03-02T10:00:00Z', 170, 5, 1),
    ]);
    expect(trend.attempts.map((a) => a.attemptId)).toEqual([1, 2, 3]);
    expect(trend).toMatchObject({
      tries: 3,
      pace: { first: 190, last: 150 },
      fillers: { first: 9, last: 2 },
      longPauses: { first: 3, last: 0 },
    });
  });

  it('leaves out figures an attempt does not have, and needs two attempts to show a change', () => {
    const trend = speechTrend([at(1, '2026-03-01', null, 0, 2, 0), at(2, '2026-03-02', 160, 4, 1)]);
    expect(trend.pace).toBeNull();
    expect(trend.fillers).toBeNull();
    expect(trend.longPauses).toEqual({ first: 2, last: 1 });
    expect(speechTrend([])).toEqual({ attempts: [], tries: 0, pace: null, fillers: null, longPauses: null });
  });
});
