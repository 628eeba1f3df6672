import { describe, expect, it } from 'vitest';
import { tickingClock } from '../support/clock';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { createInterview, questionIdByText } from '../support/writes';
import { counts, updatedAt } from './helpers';

const open = useCores();

describe('interview-question:add', () => {
  it('by bank id links the shipped question, with its hints, and creates no question', async () => {
    const { core } = await open();
    const db = core.database.db;
    const i = await createInterview(core);
    const bankId = questionIdByText(db, 'Tell me about yourself.');
    const before = counts(db).questions;

    const q = await call(core, 'interview-question:add', { interviewId: i.id, questionId: bankId });
    expect(q).toMatchObject({
      questionId: bankId,
      text: 'Tell me about yourself.',
      category: 'about-you',
      answerGiven: '',
      howItWent: null,
      kind: null,
      keyPoints: [],
    });
    expect(q.hints.length).toBeGreaterThanOrEqual(2);
    expect(counts(db).questions).toBe(before);
    expect(db.prepare('SELECT interview_id, question_id, position FROM interview_questions WHERE id = ?').get(q.id)).toEqual({
      interview_id: i.id,
      question_id: bankId,
      position: 0,
    });
  });

  it('by new text creates a custom bank question; the same text again (any case) reuses it', async () => {
    const { core } = await open();
    const db = core.database.db;
    const a = await createInterview(core);
    const b = await createInterview(core);
    const before = counts(db).questions;

    const q1 = await call(core, 'interview-question:add', {
      interviewId: a.id,
      text: '  How would you shard our orders table? ',
      category: 'technical',
    });
    expect(q1).toMatchObject({ text: 'How would you shard our orders table?', category: 'technical', hints: [] });
    expect(counts(db).questions).toBe(before + 1);
    expect(db.prepare('SELECT text, category, source, bank_id FROM questions WHERE id = ?').get(q1.questionId)).toEqual({
      text: 'How would you shard our orders table?',
      category: 'technical',
      source: 'custom',
      bank_id: null,
    });
    // It is now in the bank for browsing.
    const listed = await call(core, 'bank:list', { query: 'shard orders' });
    expect(listed.items.map((x) => x.id)).toEqual([q1.questionId]);

    const q2 = await call(core, 'interview-question:add', { interviewId: b.id, text: 'HOW WOULD YOU SHARD OUR ORDERS TABLE?' });
    expect(q2.questionId).toBe(q1.questionId);
    expect(counts(db).questions).toBe(before + 1);

    // Typing the text of a shipped question links the shipped one.
    const shipped = questionIdByText(db, 'Tell me about yourself.');
    const q3 = await call(core, 'interview-question:add', { interviewId: a.id, text: 'tell me about yourself.' });
    expect(q3.questionId).toBe(shipped);
    expect(counts(db).questions).toBe(before + 1);

    // Without a category, a typed question is behavioural.
    const q4 = await call(core, 'interview-question:add', { interviewId: a.id, text: 'Why did you leave so soon?' });
    expect(q4.category).toBe('behavioural');
    expect((await call(core, 'interview:get', { id: a.id })).questions.map((q) => q.id)).toEqual([q1.id, q3.id, q4.id]);
  });
});

describe('interview-question:update', () => {
  it('saves the answer, how it went, the kind, and replaces the key points', async () => {
    const { core } = await open({ now: tickingClock() });
    const db = core.database.db;
    const i = await createInterview(core);
    const q = await call(core, 'interview-question:add', {
      interviewId: i.id,
      questionId: questionIdByText(db, 'Tell me about yourself.'),
    });
    const stamp = updatedAt(db, i.id);

    const out = await call(core, 'interview-question:update', {
      id: q.id,
      answerGiven: 'I talked about school too long.',
      howItWent: 'fumbled',
      keyPoints: [
        { text: 'Led the payments migration' },
        { text: 'Mentored two juniors', missed: false },
        { text: 'Why this company' },
      ],
    });
    expect(out).toMatchObject({
      answerGiven: 'I talked about school too long.',
      howItWent: 'fumbled',
      kind: null,
      keyPoints: [
        { text: 'Led the payments migration', missed: true },
        { text: 'Mentored two juniors', missed: false },
        { text: 'Why this company', missed: true },
      ],
    });
    expect(db.prepare('SELECT answer_given, how_it_went, kind FROM interview_questions WHERE id = ?').get(q.id)).toEqual({
      answer_given: 'I talked about school too long.',
      how_it_went: 'fumbled',
      kind: null,
    });
    expect(
      db.prepare('SELECT position, text, missed FROM key_points WHERE interview_question_id = ? ORDER BY position').all(q.id),
    ).toEqual([
      { position: 0, text: 'Led the payments migration', missed: 1 },
      { position: 1, text: 'Mentored two juniors', missed: 0 },
      { position: 2, text: 'Why this company', missed: 1 },
    ]);
    expect(updatedAt(db, i.id) > stamp).toBe(true);

    // A patch without keyPoints leaves them; a new list replaces them whole; [] clears them.
    await call(core, 'interview-question:update', { id: q.id, kind: 'slip' });
    expect(db.prepare('SELECT count(*) FROM key_points WHERE interview_question_id = ?').pluck().get(q.id)).toBe(3);
    expect(db.prepare('SELECT answer_given, how_it_went, kind FROM interview_questions WHERE id = ?').get(q.id)).toEqual({
      answer_given: 'I talked about school too long.',
      how_it_went: 'fumbled',
      kind: 'slip',
    });
    await call(core, 'interview-question:update', { id: q.id, keyPoints: [{ text: 'Only this one' }] });
    expect(db.prepare('SELECT text FROM key_points WHERE interview_question_id = ?').pluck().all(q.id)).toEqual([
      'Only this one',
    ]);
    await call(core, 'interview-question:update', { id: q.id, keyPoints: [], howItWent: null, kind: null });
    expect(db.prepare('SELECT count(*) FROM key_points').pluck().get()).toBe(0);
    expect(db.prepare('SELECT how_it_went, kind FROM interview_questions WHERE id = ?').get(q.id)).toEqual({
      how_it_went: null,
      kind: null,
    });
  });

  it('changes the category of a custom question only; a bank question keeps its category', async () => {
    const { core } = await open();
    const db = core.database.db;
    const i = await createInterview(core);
    const custom = await call(core, 'interview-question:add', {
      interviewId: i.id,
      text: 'Explain our pricing page?',
      category: 'behavioural',
    });
    const out = await call(core, 'interview-question:update', { id: custom.id, category: 'situational' });
    expect(out.category).toBe('situational');
    expect(db.prepare('SELECT category FROM questions WHERE id = ?').pluck().get(custom.questionId)).toBe('situational');

    const bankId = questionIdByText(db, 'Tell me about yourself.');
    const shipped = await call(core, 'interview-question:add', { interviewId: i.id, questionId: bankId });
    const err = await fail(core, 'interview-question:update', { id: shipped.id, category: 'technical', answerGiven: 'lost' });
    expect(err).toMatchObject({ code: 'CONFLICT', details: [{ path: 'category' }] });
    expect(db.prepare('SELECT category FROM questions WHERE id = ?').pluck().get(bankId)).toBe('about-you');
    expect(db.prepare('SELECT answer_given FROM interview_questions WHERE id = ?').pluck().get(shipped.id)).toBe('');
    // Sending the category it already has is fine.
    expect(
      (await call(core, 'interview-question:update', { id: shipped.id, category: 'about-you', answerGiven: 'kept' })).answerGiven,
    ).toBe('kept');
  });
});

describe('interview-question:remove and move', () => {
  it('remove deletes the asked question and its key points, but not the question in the bank', async () => {
    const { core } = await open();
    const db = core.database.db;
    const i = await createInterview(core);
    const q = await call(core, 'interview-question:add', { interviewId: i.id, text: 'What is a mutex?', category: 'technical' });
    await call(core, 'interview-question:update', { id: q.id, keyPoints: [{ text: 'one' }, { text: 'two' }] });
    const before = counts(db);
    expect(await call(core, 'interview-question:remove', { id: q.id })).toEqual({ ok: true });
    expect(counts(db)).toEqual({
      ...before,
      interview_questions: before.interview_questions - 1,
      key_points: before.key_points - 2,
    });
    expect(db.prepare('SELECT count(*) FROM questions WHERE id = ?').pluck().get(q.questionId)).toBe(1);
    expect((await fail(core, 'interview-question:remove', { id: q.id })).code).toBe('NOT_FOUND');
    // It can be added again afterwards.
    expect((await call(core, 'interview-question:add', { interviewId: i.id, questionId: q.questionId })).questionId).toBe(
      q.questionId,
    );
  });

  it('move swaps with the neighbour, stores the order, and does nothing at either end', async () => {
    const { core } = await open();
    const db = core.database.db;
    const i = await createInterview(core);
    const ids: number[] = [];
    for (const text of ['First question?', 'Second question?', 'Third question?']) {
      ids.push((await call(core, 'interview-question:add', { interviewId: i.id, text })).id);
    }
    const order = () =>
      db.prepare('SELECT id FROM interview_questions WHERE interview_id = ? ORDER BY position, id').pluck().all(i.id);
    const [a, b, c] = ids;

    expect((await call(core, 'interview-question:move', { id: c, direction: 'up' })).map((q) => q.id)).toEqual([a, c, b]);
    expect(order()).toEqual([a, c, b]);
    expect((await call(core, 'interview-question:move', { id: a, direction: 'down' })).map((q) => q.id)).toEqual([c, a, b]);
    expect(order()).toEqual([c, a, b]);
    expect((await call(core, 'interview-question:move', { id: c, direction: 'up' })).map((q) => q.id)).toEqual([c, a, b]);
    expect((await call(core, 'interview-question:move', { id: b, direction: 'down' })).map((q) => q.id)).toEqual([c, a, b]);
    expect(order()).toEqual([c, a, b]);

    // After a removal leaves a hole in the positions, moves still work and new questions go last.
    await call(core, 'interview-question:remove', { id: a });
    expect((await call(core, 'interview-question:move', { id: b, direction: 'up' })).map((q) => q.id)).toEqual([b, c]);
    const d = (await call(core, 'interview-question:add', { interviewId: i.id, text: 'Fourth question?' })).id;
    expect(order()).toEqual([b, c, d]);
    expect((await call(core, 'interview:get', { id: i.id })).questions.map((q) => q.id)).toEqual([b, c, d]);
  });
});
