import { describe, expect, it } from 'vitest';
import { fromAsked, fromModelAnswer } from '../../../../electron/main/stories/story-origin';
import { bestStoryFor } from '../../../../electron/main/stories/best-story';
import { checkStory } from '../../../../electron/main/stories/story-check';
import type { Story } from '../../../../electron/shared/stories-schemas';

const ASKED = {
  interview_id: 4,
  question_id: 9,
  question_text: 'Tell me about a process you improved',
  answer_given: 'Last year at Acme our releases took two hours. I split the tests into parallel jobs.',
  company: 'Acme',
  role: '',
  held_at: '2026-03-01',
};

describe('story origins', () => {
  it('splits the answer as given into parts and adds the missed points where they belong', () => {
    const fill = fromAsked(ASKED, ['Releases now take 15 minutes', 'Explain why I chose parallel jobs']);
    expect(fill.questionId).toBe(9);
    expect(fill.interviewId).toBe(4);
    expect(fill.fields.title).toBe('Tell me about a process you improved');
    // Every sentence of the answer lands in one part, as the coach reads it.
    const parts = [fill.fields.situation, fill.fields.task, fill.fields.action, fill.fields.result].join('\n');
    expect(parts).toContain('Last year at Acme our releases took two hours.');
    expect(parts).toContain('I split the tests into parallel jobs.');
    expect(fill.fields.action).toContain('Explain why I chose parallel jobs');
    expect(fill.fields.result).toContain('Releases now take 15 minutes');
  });

  it('starts from an empty answer with only the missed points', () => {
    const fill = fromAsked({ ...ASKED, answer_given: '' }, ['Cut costs by 10%']);
    expect(fill.fields).toMatchObject({ situation: '', task: '', action: '', result: 'Cut costs by 10%' });
  });

  it('takes a model answer’s parts as they are', () => {
    const fill = fromModelAnswer({ question_id: 2, question_text: 'Q', situation: 'S', task: 'T', action: 'A', result: 'R' });
    expect(fill).toEqual({
      fields: { title: 'Q', situation: 'S', task: 'T', action: 'A', result: 'R' },
      questionId: 2,
      interviewId: null,
    });
  });
});

function story(id: number, parts: Partial<Story>): Story {
  const base = { title: '', situation: '', task: '', action: '', result: '', ...parts };
  return {
    id,
    ...base,
    tags: parts.tags ?? [],
    origin: { kind: 'blank', interviewId: null, interviewLabel: null },
    links: [],
    check: checkStory(base),
    createdAt: '',
    updatedAt: '',
    revision: 1,
  };
}

describe('bestStoryFor', () => {
  it('picks the story that shares most of a missed point’s words, its result counting most', () => {
    const stories = [
      story(1, { title: 'Budget', result: 'Saved £20k on licences.' }),
      story(2, { title: 'Stakeholders', action: 'I met the stakeholders weekly.', result: 'The budget was approved.' }),
    ];
    expect(bestStoryFor('How I handled the budget with stakeholders', stories)?.id).toBe(2);
    expect(bestStoryFor('Licences we saved on', stories)?.id).toBe(1);
    expect(bestStoryFor('Kubernetes', stories)).toBeNull();
  });
});
