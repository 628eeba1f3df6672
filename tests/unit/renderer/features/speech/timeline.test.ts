import { describe, expect, it } from 'vitest';
import { clockAt, tenthsOfSecond, wholeSeconds } from '@renderer/features/speech/clock-at';
import { percentAt, timeAtFraction, timelineMarks } from '@renderer/features/speech/timeline-marks';
import { noWordsReason, timelineSentences } from '@renderer/features/speech/timeline-text';
import { transcript } from './speech-fixtures';

describe('timeline marks', () => {
  it('places speech, long pauses and fillers in percent of the recording', () => {
    const marks = timelineMarks(transcript(), 10);
    const rounded = (n: number) => Math.round(n * 1000) / 1000;
    expect(marks.speech.map((s) => [rounded(s.left), rounded(s.width)])).toEqual([
      [2, 28],
      [58, 9],
    ]);
    expect(marks.longPauses).toHaveLength(1);
    expect(marks.longPauses[0].left).toBeCloseTo(30);
    expect(marks.longPauses[0].width).toBeCloseTo(28);
    expect(marks.fillers).toEqual([{ left: 13, word: 'um', start: 1.3 }]);
  });

  it('keeps marks on the bar when the times run past the given length', () => {
    const marks = timelineMarks(transcript({ speech: [{ start: 4, end: 12 }] }), 8);
    expect(marks.speech[0]).toMatchObject({ left: 50, width: 50 });
  });

  it('places nothing when the length is zero or unknown', () => {
    expect(timelineMarks(transcript(), 0)).toEqual({ speech: [], longPauses: [], fillers: [] });
    expect(timelineMarks(transcript(), Number.NaN)).toEqual({ speech: [], longPauses: [], fillers: [] });
    expect(percentAt(3, 0)).toBe(0);
    expect(percentAt(3, Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('turns a click along the bar into a moment, and back', () => {
    expect(timeAtFraction(0.25, 12)).toBe(3);
    expect(timeAtFraction(-0.2, 12)).toBe(0);
    expect(timeAtFraction(1.4, 12)).toBe(12);
    expect(timeAtFraction(0.5, 0)).toBe(0);
    expect(percentAt(3, 12)).toBe(25);
    expect(percentAt(-1, 12)).toBe(0);
    expect(percentAt(20, 12)).toBe(100);
  });
});

describe('timeline text', () => {
  it('writes moments and lengths', () => {
    expect([0, 3.9, 754].map((s) => clockAt(s))).toEqual(['0:00', '0:03', '12:34']);
    expect([2.84, 3].map((s) => tenthsOfSecond(s))).toEqual(['2.8 s', '3.0 s']);
    expect([10.6, 125, 120].map((s) => wholeSeconds(s))).toEqual(['11 s', '2 min 5 s', '2 min']);
  });

  it('says what the bar shows: speaking time, each long pause and each filler with its moment', () => {
    expect(timelineSentences(transcript(), 10)).toEqual([
      'Speaking for 4 s of 10 s.',
      '1 long pause: at 0:03 (2.8 s).',
      '1 filler: “um” at 0:01.',
    ]);
    const two = transcript({
      figures: {
        longPauses: [
          { start: 3, end: 5.8 },
          { start: 67, end: 70.1 },
        ],
        fillerPositions: [],
      },
    });
    expect(timelineSentences(two, 80)).toEqual([
      'Speaking for 4 s of 1 min 20 s.',
      '2 long pauses: at 0:03 (2.8 s), at 1:07 (3.1 s).',
      'No fillers heard.',
    ]);
  });

  it('without words says nothing of fillers, since none could be heard', () => {
    const none = transcript({ words: [], modelId: null, figures: { longPauses: [], fillerPositions: [] } });
    expect(timelineSentences(none, 10)).toEqual(['Speaking for 4 s of 10 s.', 'No long pauses.']);
  });

  it('says why there are no words: no model installed, or none recognised', () => {
    expect(noWordsReason(transcript())).toBeNull();
    expect(noWordsReason(transcript({ words: [], modelId: null }))).toBe(
      'Install a speech model in Settings → Speech to see the words.',
    );
    expect(noWordsReason(transcript({ words: [], figures: { noWordsRecognised: true } }))).toBe(
      'No words were recognised in this recording.',
    );
    // Silence only: the microphone is what to check, with or without a model.
    for (const modelId of [null, 'tiny.en'])
      expect(noWordsReason(transcript({ words: [], modelId, speech: [], figures: { speakingSeconds: 0 } }), true)).toBe(
        'No speech was heard in this recording. If you did speak, check which microphone your system uses.',
      );
  });
});
