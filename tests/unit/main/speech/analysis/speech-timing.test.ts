import { describe, expect, it } from 'vitest';
import {
  longPauses,
  normaliseSegments,
  paceBand,
  pausesBetween,
  speakingSeconds,
  wordsPerMinute,
} from '../../../../../electron/main/speech/analysis/speech-timing';

// The four segments the Silero VAD finds in jfk.wav.
const jfk = [
  { start: 0.32, end: 2.27 },
  { start: 3.27, end: 4.41 },
  { start: 5.38, end: 7.68 },
  { start: 8.16, end: 10.62 },
];

describe('speaking time and pauses come from the VAD segments', () => {
  it('speaking time is the sum of the segments, not the length of the audio', () => {
    expect(speakingSeconds(jfk)).toBe(7.85);
    expect(speakingSeconds([])).toBe(0);
  });

  it('pauses are the gaps between segments; overlapping or unsorted segments are merged first', () => {
    expect(pausesBetween(jfk)).toEqual([
      { start: 2.27, end: 3.27 },
      { start: 4.41, end: 5.38 },
      { start: 7.68, end: 8.16 },
    ]);
    expect(
      normaliseSegments([
        { start: 5, end: 6 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
        { start: 4, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 6 },
    ]);
  });

  it('a long pause is one over 2.5 s; exactly 2.5 s is not', () => {
    expect(longPauses(jfk)).toEqual([]);
    const segments = [
      { start: 0, end: 2 },
      { start: 4.5, end: 6 },
      { start: 9.1, end: 10 },
    ];
    expect(longPauses(segments)).toEqual([{ start: 6, end: 9.1 }]);
  });
});

describe('pace', () => {
  it('is words per minute over speaking time, rounded', () => {
    expect(wordsPerMinute(22, 7.85)).toBe(168);
    expect(wordsPerMinute(300, 120)).toBe(150);
  });

  it('is not given without words, or with under five seconds of speech', () => {
    expect(wordsPerMinute(0, 60)).toBeNull();
    expect(wordsPerMinute(12, 4.9)).toBeNull();
  });

  it('sits against the usual 130-170 band', () => {
    expect(paceBand(129)).toBe('slower');
    expect(paceBand(130)).toBe('usual');
    expect(paceBand(170)).toBe('usual');
    expect(paceBand(171)).toBe('faster');
    expect(paceBand(null)).toBeNull();
  });
});
