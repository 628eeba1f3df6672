import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { journal, practise } from '../support/writes';
import { STORY as WHOLE } from './helpers';

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

describe('stories from practice and rebuilt answers, links, tags and bad input', () => {
  const open = useCores();

  it('starts a story from a practice answer (the coach’s parts) and from a model answer (its parts)', async () => {
    const { core } = await open();
    const acme = await journal(core, { questions: [{ text: 'Tell me about a process you improved', howItWent: 'fumbled' }] });
    const questionId = acme.asked[0].questionId;
    const graded = await practise(core, questionId, 'good');
    const answer =
      'Last year at Acme our releases took two hours. I had to make them safe to run daily. I split the tests into parallel jobs. As a result releases take fifteen minutes now.';
    core.database.db.prepare('UPDATE attempts SET answer_text = ? WHERE id = ?').run(answer, graded.id);
    const fromAttempt = await call(core, 'story:create', { origin: { kind: 'attempt', attemptId: graded.id } });
    expect(fromAttempt.origin).toEqual({ kind: 'attempt', interviewId: null, interviewLabel: null });
    expect(fromAttempt.result).toContain('fifteen minutes');
    expect(fromAttempt.action).toContain('parallel jobs');
    expect(fromAttempt.links.map((l) => l.questionId)).toEqual([questionId]);

    await call(core, 'model-answer:save', {
      questionId,
      baseRevision: 1,
      parts: { situation: WHOLE.situation, task: WHOLE.task, action: WHOLE.action, result: WHOLE.result },
    });
    const fromModel = await call(core, 'story:create', {
      origin: { kind: 'model-answer', questionId },
      fields: { title: 'My own title' },
    });
    expect(fromModel).toMatchObject({ title: 'My own title', situation: WHOLE.situation, result: WHOLE.result });
    expect(fromModel.links.map((l) => l.questionId)).toEqual([questionId]);
  });

  it('links a story to several questions, unlinks one, and filters the list by tag', async () => {
    const { core } = await open();
    const acme = await journal(core, { questions: [{ text: 'Tell me about a conflict' }, { text: 'Tell me about a risk' }] });
    const story = await call(core, 'story:create', { fields: { ...WHOLE, tags: [' Data ', 'data', 'teamwork'] } });
    expect(story.tags).toEqual(['Data', 'teamwork']);
    const other = await call(core, 'story:create', { fields: { title: 'Another', tags: ['conflict'] } });
    for (const a of acme.asked) await call(core, 'story:link', { storyId: story.id, questionId: a.questionId });
    // Linking twice keeps one link.
    const twice = await call(core, 'story:link', { storyId: story.id, questionId: acme.asked[0].questionId });
    expect(twice.links.map((l) => l.questionText)).toEqual(['Tell me about a conflict', 'Tell me about a risk']);
    const unlinked = await call(core, 'story:unlink', { storyId: story.id, questionId: acme.asked[0].questionId });
    expect(unlinked.links.map((l) => l.questionText)).toEqual(['Tell me about a risk']);
    const notLinked = await fail(core, 'story:unlink', { storyId: story.id, questionId: acme.asked[0].questionId });
    expect(notLinked).toMatchObject({
      code: 'NOT_FOUND',
      message: `This story is not linked to question ${acme.asked[0].questionId}.`,
    });

    const byTag = await call(core, 'story:list', { tag: 'data' });
    expect(byTag.items.map((s) => s.id)).toEqual([story.id]);
    expect(byTag.items[0].linkCount).toBe(1);
    expect((await call(core, 'story:list', { tag: 'conflict' })).items.map((s) => s.id)).toEqual([other.id]);
    expect((await call(core, 'story:list', {})).tags).toEqual(['conflict', 'Data', 'teamwork']);
  });

  it('finds a story by a word of its result, and not by a word it does not hold', async () => {
    const { core } = await open();
    const story = await call(core, 'story:create', { fields: WHOLE });
    await call(core, 'story:create', { fields: { title: 'Budget', result: 'Saved £20k a year.' } });
    const found = await call(core, 'story:list', { query: 'tickets' });
    expect(found).toMatchObject({ total: 1, items: [{ id: story.id, title: WHOLE.title }] });
    expect(found.items[0].snippet).toContain('\u0002tickets\u0003');
    expect((await call(core, 'story:list', { query: 'kubernetes' })).total).toBe(0);
    // After an edit, the index follows: the old word is gone, the new one found.
    await call(core, 'story:update', { id: story.id, patch: { result: 'Complaints halved.' } });
    expect((await call(core, 'story:list', { query: 'tickets' })).total).toBe(0);
    expect((await call(core, 'story:list', { query: 'complaints' })).total).toBe(1);
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const { core } = await open();
    const story = await call(core, 'story:create', { fields: WHOLE });
    const before = rowsOf(core);
    const cases: { route: Parameters<typeof fail>[1]; input: unknown; path: string; message: RegExp }[] = [
      { route: 'story:update', input: { id: story.id, patch: {} }, path: 'patch', message: /Send at least one field/ },
      {
        route: 'story:update',
        input: { id: story.id, patch: { result: 'x'.repeat(5001) } },
        path: 'patch.result',
        message: /under 5,000 characters/,
      },
      {
        route: 'story:update',
        input: { id: story.id, patch: { tags: Array.from({ length: 13 }, (_, i) => `t${i}`) } },
        path: 'patch.tags',
        message: /at most 12 tags/,
      },
      {
        route: 'story:update',
        input: { id: story.id, patch: { tags: ['  '] } },
        path: 'patch.tags.0',
        message: /cannot be empty/,
      },
      { route: 'story:update', input: { id: story.id, patch: { colour: 'red' } }, path: 'patch', message: /colour/ },
      { route: 'story:create', input: { fields: { title: 'bell\u0007' } }, path: 'fields.title', message: /control character/ },
      { route: 'story:emptyTrash', input: {}, path: 'confirm', message: /needs confirmation/ },
    ];
    for (const c of cases) {
      const error = await fail(core, c.route, c.input);
      expect(error.code, JSON.stringify(c.input)).toBe('VALIDATION');
      const paths = (error.details ?? []).map((d) => d.path);
      expect(paths, JSON.stringify(c.input)).toContain(c.path);
      expect([error.message, ...(error.details ?? []).map((d) => d.message)].join(' ')).toMatch(c.message);
    }
    const unknownOrigins = [
      { origin: { kind: 'interview-question', interviewQuestionId: 999 }, message: 'There is no asked question with id 999.' },
      { origin: { kind: 'attempt', attemptId: 999 }, message: 'There is no practice answer with id 999.' },
      { origin: { kind: 'model-answer', questionId: 999 }, message: 'Question 999 has no rebuilt answer' },
    ];
    for (const u of unknownOrigins) {
      const error = await fail(core, 'story:create', { origin: u.origin });
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toContain(u.message);
    }
    const unknownQuestion = await fail(core, 'story:link', { storyId: story.id, questionId: 999_999 });
    expect(unknownQuestion.message).toBe('There is no question with id 999999. It may have been deleted.');
    const unknownStory = await fail(core, 'story:trash', { id: 999 });
    expect(unknownStory.code).toBe('NOT_FOUND');
    expect(rowsOf(core)).toEqual(before);
  });
});
