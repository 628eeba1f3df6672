import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { journal } from '../support/writes';
import { STORY, storyLinkedTo } from './helpers';

describe('stories and the rest of the data', () => {
  const open = useCores();

  it('keeps the story when the question it answers is removed from an interview, or deleted outright', async () => {
    const { core, db } = await open();
    const acme = await journal(core, { questions: [{ text: 'Tell me about a conflict' }, { text: 'Tell me about a risk' }] });
    const [conflict, risk] = acme.asked;
    const story = await storyLinkedTo(core, [conflict.questionId, risk.questionId]);

    // Removed from the interview: the question stays in the bank, and so does the link.
    await call(core, 'interview-question:remove', { id: conflict.id });
    expect((await call(core, 'story:get', { id: story.id })).links).toHaveLength(2);

    // The question itself deleted (no route does this today; the database keeps the rule): only the link goes.
    await call(core, 'interview-question:remove', { id: risk.id });
    db.prepare('DELETE FROM questions WHERE id = ?').run(risk.questionId);
    const after = await call(core, 'story:get', { id: story.id });
    expect(after.links.map((l) => l.questionText)).toEqual(['Tell me about a conflict']);
    expect(after.result).toBe(STORY.result);
  });

  it('keeps a story started from an interview when that interview is deleted for good', async () => {
    const { core } = await open();
    const acme = await journal(core, { company: 'Acme', questions: [{ text: 'Tell me about a failure', howItWent: 'fumbled' }] });
    const story = await call(core, 'story:create', {
      origin: { kind: 'interview-question', interviewQuestionId: acme.asked[0].id },
      fields: { result: 'We shipped two weeks later with no defects.' },
    });
    expect(story.origin.interviewLabel).toBe('Acme, 2026-03-01');
    await call(core, 'job:save', { interviewId: acme.id, text: 'Analyst. Requirements: Excel.' });
    await call(core, 'interview:trash', { id: acme.id });
    await call(core, 'interview:emptyTrash', { confirm: true });
    const kept = await call(core, 'story:get', { id: story.id });
    expect(kept.origin).toEqual({ kind: 'interview-question', interviewId: null, interviewLabel: null });
    expect(kept.links.map((l) => l.questionText)).toEqual(['Tell me about a failure']);
    expect(kept.result).toBe('We shipped two weeks later with no defects.');
  });

  it('sends a story to the trash and back, and empties the trash with its links', async () => {
    const { core, db } = await open();
    const acme = await journal(core, { questions: [{ text: 'Tell me about a conflict' }] });
    const story = await storyLinkedTo(core, [acme.asked[0].questionId]);
    await call(core, 'story:trash', { id: story.id });
    expect((await call(core, 'story:list', {})).items).toEqual([]);
    expect((await call(core, 'story:list', { query: 'onboarding' })).total).toBe(0);
    expect((await call(core, 'story:forQuestions', { questionIds: [acme.asked[0].questionId] })).withoutStory).toBe(1);
    expect((await call(core, 'story:listTrash', {})).map((s) => s.id)).toEqual([story.id]);
    await call(core, 'story:restore', { id: story.id });
    expect((await call(core, 'story:list', {})).items.map((s) => s.id)).toEqual([story.id]);
    expect((await call(core, 'story:get', { id: story.id })).links).toHaveLength(1);

    await call(core, 'story:trash', { id: story.id });
    expect(await call(core, 'story:emptyTrash', { confirm: true })).toEqual({ deleted: 1 });
    expect(db.prepare('SELECT count(*) FROM story_questions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM story_search').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM questions WHERE id = ?').pluck().get(acme.asked[0].questionId)).toBe(1);
  });

  it('comes back after export, delete all data and import, links, job description and search included', async () => {
    const { core, db } = await open();
    const acme = await journal(core, { questions: [{ text: 'Tell me about a conflict' }] });
    const story = await storyLinkedTo(core, [acme.asked[0].questionId]);
    await call(core, 'job:save', { interviewId: acme.id, text: 'Analyst\nRequirements\n• Power BI' });
    await call(core, 'job:addTerm', { interviewId: acme.id, term: 'stakeholder management' });
    const { content } = await call(core, 'data:exportJson', {});

    await call(core, 'data:deleteAll', { confirm: 'DELETE' });
    expect(db.prepare('SELECT count(*) FROM stories').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM story_search').pluck().get()).toBe(0);
    expect((await call(core, 'story:list', {})).total).toBe(0);

    await call(core, 'data:import', { content });
    const list = await call(core, 'story:list', { query: 'tickets' });
    expect(list.items.map((s) => s.title)).toEqual([STORY.title]);
    const back = await call(core, 'story:get', { id: list.items[0].id });
    expect(back).toMatchObject({ title: STORY.title, result: STORY.result, tags: STORY.tags });
    expect(back.links.map((l) => l.questionText)).toEqual(['Tell me about a conflict']);
    const interviewId = db.prepare('SELECT id FROM interviews').pluck().get() as number;
    const job = await call(core, 'job:get', { interviewId });
    expect(job.text).toBe('Analyst\nRequirements\n• Power BI');
    expect(job.terms[0]).toMatchObject({ term: 'stakeholder management', source: 'added' });
    expect(story.id).toBe(back.id);
  });

  it('is in backups: restoring one brings back the story as it was, links, search and job description included', async () => {
    const { core } = await open();
    const acme = await journal(core, { questions: [{ text: 'Tell me about a conflict' }] });
    const story = await storyLinkedTo(core, [acme.asked[0].questionId]);
    await call(core, 'job:save', { interviewId: acme.id, text: 'Analyst\nRequirements\n• Power BI' });
    const backup = await call(core, 'backup:create', {});

    await call(core, 'story:update', { id: story.id, patch: { result: 'Written after the backup.' } });
    await call(core, 'story:unlink', { storyId: story.id, questionId: acme.asked[0].questionId });
    await call(core, 'job:save', { interviewId: acme.id, text: 'Changed' });
    await call(core, 'data:restoreBackup', { fileName: backup.fileName, confirm: true });

    const back = await call(core, 'story:get', { id: story.id });
    expect(back.result).toBe(STORY.result);
    expect(back.links.map((l) => l.questionText)).toEqual(['Tell me about a conflict']);
    expect((await call(core, 'story:list', { query: 'tickets' })).total).toBe(1);
    expect((await call(core, 'story:list', { query: 'written' })).total).toBe(0);
    expect((await call(core, 'job:get', { interviewId: acme.id })).text).toBe('Analyst\nRequirements\n• Power BI');
  });

  it('imports an older export file that has no stories or job descriptions', async () => {
    const source = await open();
    await journal(source.core, { questions: [{ text: 'Tell me about a conflict' }] });
    const { content } = await call(source.core, 'data:exportJson', {});
    const file = JSON.parse(content) as { schemaVersion: number; data: Record<string, unknown> };
    delete file.data.stories;
    delete file.data.story_questions;
    delete file.data.job_descriptions;
    file.schemaVersion = 13;
    const target = await open();
    const result = await call(target.core, 'data:import', { content: JSON.stringify(file) });
    expect(result.added).toBeGreaterThan(0);
    expect(await call(target.core, 'story:list', {})).toMatchObject({ items: [], total: 0 });
  });
});
