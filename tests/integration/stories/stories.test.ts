import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { journal } from '../support/writes';

const STORY = {
  title: 'Release pipeline',
  situation: 'Our release pipeline at Acme took two hours and blocked every team.',
  task: 'I was asked to make releases safe to run every day.',
  action: 'I split the test suite into parallel jobs and cached the build artefacts.',
  result: 'Releases went from two hours to fifteen minutes, and deployments became daily.',
  tags: ['data', 'pressure'],
};

const rowsOf = (core: Core) => ({
  stories: core.database.db.prepare('SELECT * FROM stories ORDER BY id').all(),
  links: core.database.db.prepare('SELECT * FROM story_questions ORDER BY story_id, question_id').all(),
});

describe('stories', () => {
  const open = useCores();

  it('creates a blank story as a draft that says what is missing, and lists it', async () => {
    const { core } = await open();
    const story = await call(core, 'story:create', { origin: { kind: 'blank' } });
    expect(story).toMatchObject({ title: '', situation: '', links: [], revision: 1 });
    expect(story.check.draft).toBe(true);
    expect(story.check.missingParts).toEqual(['situation', 'task', 'action', 'result']);
    expect(story.check.remarks[0]).toBe('Add the situation: where you were and what was going on, in a sentence or two.');
    const list = await call(core, 'story:list', {});
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: story.id, draft: true, linkCount: 0 });
  });

  it('saves a whole story, and the coach finds its result has a number', async () => {
    const { core } = await open();
    const story = await call(core, 'story:create', { fields: STORY });
    expect(story.check).toMatchObject({ draft: false, missingParts: [], resultHasNumber: true });
    expect(story.check.remarks).toEqual([]);
    const list = await call(core, 'story:list', { query: 'deployments' });
    expect(list.items.map((i) => i.id)).toEqual([story.id]);
    expect(list.items[0].snippet).toContain('\u0002deployments\u0003');
    expect(list.tags).toEqual(['data', 'pressure']);
  });

  it('starts a story from a fumbled question: the answer split into parts, missed points added, question linked', async () => {
    const { core } = await open();
    const acme = await journal(core, {
      company: 'Acme',
      questions: [
        {
          text: 'Tell me about a process you improved',
          howItWent: 'fumbled',
          keyPoints: [{ text: 'Cut release time by 80%' }, { text: 'Trained the other teams on the new pipeline' }],
        },
      ],
    });
    await call(core, 'interview-question:update', {
      id: acme.asked[0].id,
      answerGiven: 'At Acme our releases were slow and painful. I rewrote the pipeline with parallel jobs.',
    });
    const story = await call(core, 'story:create', {
      origin: { kind: 'interview-question', interviewQuestionId: acme.asked[0].id },
    });
    expect(story.title).toBe('Tell me about a process you improved');
    expect(story.action).toContain('Trained the other teams on the new pipeline');
    expect(story.result).toContain('Cut release time by 80%');
    expect(story.origin).toMatchObject({ kind: 'interview-question', interviewId: acme.id });
    expect(story.origin.interviewLabel).toContain('Acme');
    expect(story.links).toEqual([
      { questionId: acme.asked[0].questionId, questionText: 'Tell me about a process you improved', category: 'behavioural' },
    ]);
  });

  it('refuses an unknown id and control characters, and changes nothing', async () => {
    const { core } = await open();
    const story = await call(core, 'story:create', { fields: STORY });
    const before = rowsOf(core);
    const missing = await fail(core, 'story:get', { id: 999 });
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toBe('There is no story with id 999. It may have been deleted.');
    const control = await fail(core, 'story:update', { id: story.id, baseRevision: 1, patch: { result: 'a\u0000b' } });
    expect(control.code).toBe('VALIDATION');
    expect(control.details).toEqual([{ path: 'patch.result', message: expect.stringContaining('control character') }]);
    expect(rowsOf(core)).toEqual(before);
  });
});
