import { describe, expect, it } from 'vitest';
import { useStoryPracticeStore } from '@renderer/features/stories/story-practice-store';
import { fail, fakeClient, ok } from '../../helpers/fake-client';
import { withStores } from '../../helpers/with-stores';

const hint = {
  id: 7,
  title: 'The audit',
  situation: 'Year end.',
  task: 'Pass it.',
  action: 'I reconciled.',
  result: 'No adjustments.',
};

describe('story practice store', () => {
  it('reads the set’s stories, the sentence about questions without one, and the overused stories', async () => {
    const fake = fakeClient({
      'story:forQuestions': (input) =>
        ok({
          byQuestion: input!.questionIds.map((questionId) => ({ questionId, stories: questionId === 1 ? [hint] : [] })),
          withoutStory: 1,
          withoutStoryMessage: '1 of the questions you are practising has no story yet.',
          overused: [],
        }),
    });
    const practice = withStores(fake.client).run(() => useStoryPracticeStore());
    await practice.loadSet([1, 2]);
    expect(practice.forSet?.withoutStoryMessage).toBe('1 of the questions you are practising has no story yet.');
    await practice.loadHints(1);
    expect(practice.hints).toEqual({ questionId: 1, stories: [hint] });
    await practice.loadHints(2);
    expect(practice.hints).toEqual({ questionId: 2, stories: [] });
  });

  it('keeps the answer check with the answer it was for, and says why a check failed', async () => {
    const fake = fakeClient({
      'story:checkAnswer': (input) =>
        ok([
          {
            storyId: 7,
            title: 'The audit',
            toldResult: input!.answer.includes('no adjustments'),
            result: 'No adjustments.',
            quotes: [],
            message: 'x',
          },
        ]),
    });
    const practice = withStores(fake.client).run(() => useStoryPracticeStore());
    await practice.checkAnswer(3, 'It passed with no adjustments');
    expect(practice.checks?.key).toBe('3\u0000It passed with no adjustments');
    expect(practice.checks?.items[0].toldResult).toBe(true);

    fake.routes['story:checkAnswer'] = () => fail('NOT_FOUND', 'This question is not in your bank.');
    await practice.checkAnswer(99, 'Anything');
    expect(practice.checkStatus).toBe('error');
    expect(practice.checkError?.message).toBe('This question is not in your bank.');
  });
});
