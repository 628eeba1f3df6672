import { describe, expect, it } from 'vitest';
import { atLabel, fillersLabel, paceLabel, pausesLabel, secondsLabel, trendLine } from '@renderer/features/speech';
import { paceScale } from '@renderer/features/speech/spoken-words';
import { figures } from '../../helpers/speech-fixtures';

describe('the words for spoken figures', () => {
  it('says lengths and places in the recording plainly', () => {
    expect([secondsLabel(8.4), secondsLabel(72), secondsLabel(180)]).toEqual(['8 s', '1 min 12 s', '3 min']);
    expect([atLabel(7.9), atLabel(92)]).toEqual(['0:07', '1:32']);
  });

  it('puts the pace against the usual band, and says when there is too little speech for one', () => {
    expect(paceLabel(figures())).toBe('150 words a minute, within the usual range (usual 130–170).');
    expect(paceLabel(figures({ wordsPerMinute: 192.4, pace: 'faster' }))).toBe(
      '192 words a minute, faster than usual (usual 130–170).',
    );
    expect(paceLabel(figures({ wordsPerMinute: null, pace: null, speakingSeconds: 3, wordCount: 7 }))).toBe(
      'Under 5 seconds of speech: too little to tell a pace from.',
    );
    expect(paceLabel(figures({ wordsPerMinute: null, pace: null, wordCount: 0 }))).toBe('');
    const scale = paceScale(150);
    expect(scale.bandFrom).toBeLessThan(scale.marker);
    expect(scale.marker).toBeLessThan(scale.bandTo);
    expect(paceScale(400).marker).toBe(100);
  });

  it('lists long pauses with where they fell, and fillers as "at least"', () => {
    expect(pausesLabel([])).toBe('No pauses over 2.5 s.');
    expect(pausesLabel([{ start: 12.2, end: 15.4 }])).toBe('1 long pause (over 2.5 s): at 0:12 for 3 s.');
    expect(fillersLabel(figures())).toBe('At least 2 fillers: “um” 2.');
    expect(fillersLabel(figures({ fillerCount: 0, fillers: [] }))).toBe('No fillers heard.');
  });

  it('makes one line across spoken tries, with only the figures that exist, and none for a single try', () => {
    const trend = {
      attempts: [],
      tries: 3,
      pace: { first: 190, last: 150 },
      fillers: { first: 6, last: 2 },
      longPauses: { first: 3, last: 1 },
    };
    expect(trendLine(trend)).toBe('Pace 190 → 150 wpm over three tries; fillers 6 → 2; long pauses 3 → 1.');
    expect(trendLine({ ...trend, tries: 2, pace: null, fillers: null })).toBe('Long pauses 3 → 1 over two tries.');
    expect(trendLine({ ...trend, tries: 1 })).toBe('');
    expect(trendLine(null)).toBe('');
  });
});
