import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../../electron/main/stories/story-check';

const WHOLE = {
  title: 'Onboarding',
  situation: 'New analysts waited ten days for access.',
  task: 'I had to get them productive in a week.',
  action: 'I scripted the access requests.',
  result: 'Onboarding went from ten days to three.',
};

describe('checkStory', () => {
  it('says nothing of a whole story whose result has a number and which says "I"', () => {
    expect(checkStory(WHOLE)).toEqual({
      draft: false,
      missingParts: [],
      resultHasNumber: true,
      pronouns: { singular: 2, plural: 0 },
      remarks: [],
    });
  });

  it('lists an empty story as a draft, every part missing, in the order to add them', () => {
    const check = checkStory({ title: '', situation: '', task: ' \n', action: '', result: '' });
    expect(check.draft).toBe(true);
    expect(check.missingParts).toEqual(['situation', 'task', 'action', 'result']);
    expect(check.remarks).toEqual([
      'Add the situation: where you were and what was going on, in a sentence or two.',
      'Add the task: what you had to do, or the problem that was yours to solve.',
      'Add the action: what you did yourself, step by step.',
      'Add the result: what changed because of what you did.',
      'Give the story a short title, so you can find it and link it to questions.',
    ]);
  });

  it('asks for a number when the result has none', () => {
    const check = checkStory({ ...WHOLE, result: 'The team was happier afterwards.' });
    expect(check.resultHasNumber).toBe(false);
    expect(check.remarks).toEqual([
      'Give the result a number: how much, how many, how fast or how often (a %, an amount, a time).',
    ]);
  });

  it('asks what the person did when the story says "we" more than "I"', () => {
    const check = checkStory({
      ...WHOLE,
      task: 'We had to fix it.',
      action: 'We wrote scripts and we trained our staff.',
    });
    expect(check.pronouns).toEqual({ singular: 0, plural: 4 });
    expect(check.remarks).toEqual(['Say what you did: the story says "we" 4 times and "I" 0 times.']);
  });
});
