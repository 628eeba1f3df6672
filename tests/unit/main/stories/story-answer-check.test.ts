import { describe, expect, it } from 'vitest';
import { findResultTold } from '../../../../electron/main/stories/story-answer-check';

const RESULT = 'Support tickets from new starters fell by 40% and onboarding took three days.';

describe('findResultTold', () => {
  it('finds the result told by its figure and a word of it, quoting the sentence', () => {
    const answer = 'I built a checklist. After that, tickets fell by 40 percent — 40% fewer.';
    const told = findResultTold(RESULT, answer);
    expect(told.told).toBe(true);
    expect(told.quotes).toEqual([
      { start: answer.indexOf('After'), end: answer.length, text: 'After that, tickets fell by 40 percent — 40% fewer.' },
    ]);
  });

  it('finds it by its words without the figure when half of them are said', () => {
    const answer = 'In the end support tickets from starters fell sharply and onboarding was quicker.';
    expect(findResultTold(RESULT, answer).told).toBe(true);
  });

  it('does not find it when the answer only tells the action', () => {
    expect(findResultTold(RESULT, 'I wrote a checklist and paired people with a buddy.')).toEqual({ told: false, quotes: [] });
  });

  it('does not take another figure for the result’s', () => {
    expect(findResultTold('Costs fell by 40%.', 'Costs fell by 15% in the first year.').told).toBe(true);
    expect(findResultTold('Revenue grew 40%.', 'We had 15 people.').told).toBe(false);
  });

  it('matches words by their stem and number words', () => {
    const told = findResultTold('Onboarding took three days instead of ten.', 'Now onboarding takes 3 days, three in total.');
    expect(told.told).toBe(true);
  });
});
