import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { journal } from '../support/writes';

const PARTS = {
  situation: 'Our release pipeline at Acme took two hours and blocked every team.',
  task: 'I was asked to make releases safe to run every day.',
  action: 'I split the test suite into parallel jobs and cached the build artefacts.',
  result: 'Releases went from two hours to fifteen minutes, and we shipped daily.',
};

/** A question asked at an interview, so it exists in the database; returns its id. */
async function aQuestion(core: Core, text = 'Tell me about a process you improved'): Promise<number> {
  const { asked } = await journal(core, { questions: [{ text, howItWent: 'fumbled' }] });
  return asked[0].questionId;
}

const rowsOf = (core: Core) => core.database.db.prepare('SELECT * FROM model_answers ORDER BY question_id').all();

describe('model answers', () => {
  const open = useCores();

  it('starts with none at revision 1, saves one, and reads it back with its question', async () => {
    const { core } = await open();
    const questionId = await aQuestion(core);
    expect(await call(core, 'model-answer:get', { questionId })).toEqual({ questionId, modelAnswer: null, revision: 1 });

    const saved = await call(core, 'model-answer:save', {
      questionId,
      baseRevision: 1,
      parts: { ...PARTS, task: `  ${PARTS.task}\n\n` },
    });
    expect(saved).toMatchObject({ questionId, questionText: 'Tell me about a process you improved', revision: 2 });
    // The editor's stray blank lines are not kept.
    expect(saved.parts).toEqual(PARTS);
    const state = await call(core, 'model-answer:get', { questionId });
    expect(state.revision).toBe(2);
    expect(state.modelAnswer?.parts.result).toBe(PARTS.result);
  });

  it('refuses a save from an older revision and writes nothing', async () => {
    const { core } = await open();
    const questionId = await aQuestion(core);
    await call(core, 'model-answer:save', { questionId, baseRevision: 1, parts: PARTS });
    await call(core, 'model-answer:save', { questionId, baseRevision: 2, parts: { ...PARTS, result: 'Fifteen minutes.' } });
    const before = rowsOf(core);
    const error = await fail(core, 'model-answer:save', { questionId, baseRevision: 2, parts: PARTS });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('This model answer was changed in another window');
    expect(error.details?.[0]).toMatchObject({ path: 'baseRevision', revision: 3 });
    expect(rowsOf(core)).toEqual(before);
  });

  it('refuses bad input with a clear message: no part written, a part too long, an unknown question', async () => {
    const { core } = await open();
    const questionId = await aQuestion(core);
    const empty = await fail(core, 'model-answer:save', {
      questionId,
      baseRevision: 1,
      parts: { situation: ' ', task: '', action: '', result: '\n' },
    });
    expect(empty.code).toBe('VALIDATION');
    expect(empty.details?.map((d) => d.message)).toContain('Write at least one part before saving the model answer.');
    const long = await fail(core, 'model-answer:save', {
      questionId,
      baseRevision: 1,
      parts: { ...PARTS, action: 'x'.repeat(5001) },
    });
    expect(long.details?.map((d) => d.message)).toContain('Keep each part under 5,000 characters.');
    const missing = await fail(core, 'model-answer:save', { questionId: 999_999, baseRevision: 1, parts: PARTS });
    expect(missing.code).toBe('NOT_FOUND');
    const extra = await fail(core, 'model-answer:save', { questionId, baseRevision: 1, parts: PARTS, score: 5 });
    expect(extra.code).toBe('VALIDATION');
    expect(rowsOf(core)).toEqual([]);
  });

  it('says which parts of the model answer an attempt kept', async () => {
    const { core } = await open();
    const questionId = await aQuestion(core);
    expect(await call(core, 'model-answer:compare', { questionId, answer: 'Anything.' })).toEqual({
      questionId,
      hasModel: false,
      parts: [],
    });
    await call(core, 'model-answer:save', { questionId, baseRevision: 1, parts: { ...PARTS, task: '' } });
    const compared = await call(core, 'model-answer:compare', {
      questionId,
      answer:
        'Our release pipeline took two hours and blocked the teams. I split the suite into parallel jobs and cached the artefacts of the build.',
    });
    expect(compared.parts.map((p) => [p.part, p.kept])).toEqual([
      ['situation', true],
      ['action', true],
      ['result', false],
    ]);
  });

  it('removes a model answer from its current revision only', async () => {
    const { core } = await open();
    const questionId = await aQuestion(core);
    await call(core, 'model-answer:save', { questionId, baseRevision: 1, parts: PARTS });
    expect((await fail(core, 'model-answer:remove', { questionId, baseRevision: 1 })).code).toBe('CONFLICT');
    await call(core, 'model-answer:remove', { questionId, baseRevision: 2 });
    expect(rowsOf(core)).toEqual([]);
    expect((await call(core, 'model-answer:search', { query: 'pipeline' })).total).toBe(0);
  });

  it('is found by search, by its words and its question, and the index follows each save', async () => {
    const { core } = await open();
    const questionId = await aQuestion(core);
    await call(core, 'model-answer:save', { questionId, baseRevision: 1, parts: PARTS });
    const found = await call(core, 'model-answer:search', { query: 'parallel jobs' });
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({ questionId, questionText: 'Tell me about a process you improved' });
    expect(found.items[0].snippet).toContain('\u0002parallel\u0003');
    expect((await call(core, 'model-answer:search', { query: 'process improved' })).total).toBe(1);
    await call(core, 'model-answer:save', {
      questionId,
      baseRevision: 2,
      parts: { ...PARTS, action: 'I rewrote the deploy scripts.' },
    });
    expect((await call(core, 'model-answer:search', { query: 'parallel' })).total).toBe(0);
    expect((await call(core, 'model-answer:search', { query: 'deploy scripts' })).total).toBe(1);
    expect(await call(core, 'model-answer:search', { query: '   ' })).toEqual({ items: [], total: 0 });
  });

  it('travels in the data export and comes back on import, found by search there too', async () => {
    const source = await open();
    const questionId = await aQuestion(source.core);
    await call(source.core, 'model-answer:save', { questionId, baseRevision: 1, parts: PARTS });
    const { content, rows } = await call(source.core, 'data:exportJson', {});
    expect(rows.model_answers).toBe(1);
    const file = JSON.parse(content) as { data: { model_answers: Record<string, unknown>[] } };
    expect(file.data.model_answers[0]).toMatchObject({ question_id: questionId, result: PARTS.result });

    const target = await open();
    await call(target.core, 'data:import', { content });
    const list = await call(target.core, 'model-answer:list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ questionText: 'Tell me about a process you improved', parts: PARTS });
    expect((await call(target.core, 'model-answer:search', { query: 'fifteen minutes' })).total).toBe(1);
  });

  it('imports an older file that has no model answers at all', async () => {
    const source = await open();
    await aQuestion(source.core);
    const { content } = await call(source.core, 'data:exportJson', {});
    const file = JSON.parse(content) as { schemaVersion: number; data: Record<string, unknown> };
    delete file.data.model_answers;
    file.schemaVersion = 11;
    const target = await open();
    const result = await call(target.core, 'data:import', { content: JSON.stringify(file) });
    expect(result.added).toBeGreaterThan(0);
    expect(await call(target.core, 'model-answer:list', {})).toEqual([]);
  });

  it('is listed in the plan and its Markdown export, part by part', async () => {
    const { core } = await open();
    const questionId = await aQuestion(core);
    const before = await call(core, 'plan:exportMarkdown', { sections: ['model-answers'] });
    expect(before.content).toContain('No model answers yet.');
    await call(core, 'model-answer:save', { questionId, baseRevision: 1, parts: { ...PARTS, task: '' } });
    const plan = await call(core, 'plan:get', {});
    expect(plan.modelAnswers.map((m) => m.questionId)).toEqual([questionId]);
    const { content } = await call(core, 'plan:exportMarkdown', { sections: ['model-answers'] });
    expect(content).toContain('## Model answers');
    expect(content).toContain('### Tell me about a process you improved');
    expect(content).toContain(`- **Situation:** ${PARTS.situation}`);
    expect(content).toContain(`- **Result:** ${PARTS.result}`);
    expect(content).not.toContain('**Task:**');
  });
});
