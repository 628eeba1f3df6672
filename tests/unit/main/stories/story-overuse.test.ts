import { describe, expect, it } from 'vitest';
import { linkedOveruse, toldOveruse } from '../../../../electron/main/stories/story-overuse';

const STORY = { id: 1, title: 'Onboarding', result: 'Onboarding went from ten days to three days.' };
const SET = [1, 2, 3, 4, 5].map((n) => ({ questionId: n, questionText: `Question ${n}` }));

describe('linkedOveruse', () => {
  it('flags a story linked to more than half and at least three of a set, naming those questions', () => {
    const [flag] = linkedOveruse([STORY], () => new Set([1, 3, 5, 99]), SET);
    expect(flag).toEqual({
      storyId: 1,
      title: 'Onboarding',
      reason: 'linked',
      questions: [SET[0], SET[2], SET[4]],
      message:
        '"Onboarding" answers 3 of the 5 questions here. Find a second story for some of them, so the interviewer does not hear the same one twice.',
    });
  });

  it('leaves half a set, or two of three, alone', () => {
    expect(linkedOveruse([STORY], () => new Set([1, 2]), SET.slice(0, 4))).toEqual([]);
    expect(linkedOveruse([STORY], () => new Set([1, 2]), SET.slice(0, 3))).toEqual([]);
    expect(linkedOveruse([STORY], () => new Set([1, 2, 3]), SET.slice(0, 3))).toHaveLength(1);
  });
});

describe('toldOveruse', () => {
  const told = 'Onboarding went from ten days to three days.';
  const answers = SET.slice(0, 4).map((q, i) => ({ ...q, answer: i === 1 ? 'I like your mission.' : told }));

  it('flags a story told in three answers of a session, naming their questions', () => {
    const [flag] = toldOveruse([STORY], answers);
    expect(flag.reason).toBe('told');
    expect(flag.questions).toEqual([SET[0], SET[2], SET[3]]);
    expect(flag.message).toBe(
      '"Onboarding" was told in 3 answers of this session. Keep it for the question it answers best and find another story for the rest.',
    );
  });

  it('does not flag two tellings, nor a story with no result', () => {
    expect(toldOveruse([STORY], answers.slice(0, 3))).toEqual([]);
    expect(toldOveruse([{ ...STORY, result: '' }], answers)).toEqual([]);
  });
});
