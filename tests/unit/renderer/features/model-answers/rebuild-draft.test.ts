import { describe, expect, it } from 'vitest';
import type { CoachReading, Span } from '@shared/coach-schemas';
import { draftFromModel, draftFromReading, moveSentence, partsOf } from '@renderer/features/model-answers/rebuild-draft';

const ANSWER = 'Our pipeline was slow. We split the tests. I think it helped a lot.';
const span = (text: string): Span => {
  const start = ANSWER.indexOf(text);
  return { start, end: start + text.length, text };
};
const READING: CoachReading = {
  skipped: null,
  parts: { situation: [span('Our pipeline was slow.')], task: [], action: [span('We split the tests.')], result: [] },
  order: 'in-order',
  resultHasNumber: false,
  pronouns: { singular: 1, plural: 1 },
  hedges: [],
  fillers: [],
  length: { seconds: 5, source: 'words', verdict: 'short' },
  advice: [],
};
const texts = (list: { text: string }[]) => list.map((s) => s.text);

describe('the rebuild draft', () => {
  it('puts the person’s sentences under the parts the coach found, and the rest among the loose ones', () => {
    const draft = draftFromReading(ANSWER, READING);
    expect(texts(draft.situation)).toEqual(['Our pipeline was slow.']);
    expect(texts(draft.task)).toEqual([]);
    expect(texts(draft.action)).toEqual(['We split the tests.']);
    expect(texts(draft.loose)).toEqual(['I think it helped a lot.']);
  });

  it('moves a sentence to the neighbouring part, and saves the parts without the loose sentences', () => {
    const draft = draftFromReading(ANSWER, READING);
    const key = draft.loose[0].key;
    expect(moveSentence(draft, key, 'up')).toBe('result');
    expect(texts(draft.result)).toEqual(['I think it helped a lot.']);
    draft.action[0].text = 'I split the tests into four parallel jobs.';
    expect(moveSentence(draft, draft.situation[0].key, 'up')).toBeNull();
    expect(partsOf(draft)).toEqual({
      situation: 'Our pipeline was slow.',
      task: '',
      action: 'I split the tests into four parallel jobs.',
      result: 'I think it helped a lot.',
    });
  });

  it('cuts a saved model answer back into its sentences', () => {
    const draft = draftFromModel({ situation: 'One. Two.', task: '', action: 'Three.', result: '' });
    expect(texts(draft.situation)).toEqual(['One.', 'Two.']);
    expect(texts(draft.action)).toEqual(['Three.']);
  });
});
