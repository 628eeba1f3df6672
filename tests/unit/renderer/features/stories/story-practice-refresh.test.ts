import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoriesForQuestions, StoryHint } from '@shared/stories-schemas';
import StoryHints from '@renderer/features/stories/components/StoryHints.vue';
import StoryPracticeNote from '@renderer/features/stories/components/StoryPracticeNote.vue';
import { fakeClient, ok } from '../../helpers/fake-client';
import { eventually } from '../../../../helpers/eventually';
import { mountStoryPart } from './story-screens';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

const AUDIT: StoryHint = {
  id: 7,
  title: 'The audit with no findings',
  situation: 'Year end at Northwind.',
  task: 'Pass the audit.',
  action: 'I reconciled every lease.',
  result: 'No adjustments for the first time in five years.',
};

/** story:forQuestions answered from `linked` (question id -> its stories), read again on every call. */
function storiesOf(linked: Map<number, StoryHint[]>) {
  return fakeClient({
    'story:forQuestions': (input) => {
      const byQuestion = input!.questionIds.map((questionId) => ({ questionId, stories: linked.get(questionId) ?? [] }));
      const withoutStory = byQuestion.filter((q) => !q.stories.length).length;
      const answer: StoriesForQuestions = {
        byQuestion,
        withoutStory,
        withoutStoryMessage: withoutStory ? `${withoutStory} of the questions you are practising have no story yet.` : null,
        overused: [],
      };
      return ok(answer);
    },
  });
}

/** The window hidden behind another, then brought back, as the browser reports it. */
function hideAndShow(): void {
  for (const state of ['hidden', 'visible'] as const) {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }
}

describe('what practice shows of the stories, when the window comes back', () => {
  it('shows a story linked to the question in another window while practice was hidden', async () => {
    const linked = new Map<number, StoryHint[]>();
    const fake = storiesOf(linked);
    wrapper = mountStoryPart(StoryHints, fake.client, { questionId: 4 });
    await eventually(() => expect(fake.calls).toContain('story:forQuestions'));
    await flushPromises();
    expect(wrapper.find('[data-testid=story-hints]').exists()).toBe(false);

    linked.set(4, [AUDIT]);
    hideAndShow();
    await eventually(() =>
      expect(wrapper!.get('[data-testid=story-hints]').text()).toContain('Your story: The audit with no findings'),
    );
  });

  it('counts again the practised questions with no story yet', async () => {
    const linked = new Map<number, StoryHint[]>([[1, [AUDIT]]]);
    const fake = storiesOf(linked);
    wrapper = mountStoryPart(StoryPracticeNote, fake.client, { questionIds: [1, 2, 3] });
    await eventually(() =>
      expect(wrapper!.get('[data-testid=without-story]').text()).toContain(
        '2 of the questions you are practising have no story yet.',
      ),
    );

    linked.set(2, [AUDIT]);
    linked.set(3, [AUDIT]);
    hideAndShow();
    await eventually(() => expect(wrapper!.find('[data-testid=story-practice-note]').exists()).toBe(false));
  });
});
