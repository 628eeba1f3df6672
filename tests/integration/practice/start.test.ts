import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { ask, createInterview, sessionOn } from '../support/writes';
import { answerAndGrade, categoryOf, counts, saveAnswer, snapshot } from './helpers';

const open = useCores();

const ids = (s: { questions: { questionId: number }[] }) => s.questions.map((q) => q.questionId);

describe('practice:start, source "due" (the default)', () => {
  it('an empty journal still gives 5 distinct bank questions, with the default timings', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', {});
    expect(s).toMatchObject({
      source: 'due',
      sourceLabel: 'Due and fumbled first',
      thinkSeconds: 30,
      answerSeconds: 120,
      endedAt: null,
    });
    expect(s.questions).toHaveLength(5);
    expect(new Set(ids(s)).size).toBe(5);
    expect(s.questions.map((q) => q.position)).toEqual([0, 1, 2, 3, 4]);
    for (const q of s.questions) {
      expect(q.reason).toBe('From the question bank');
      expect(db.prepare('SELECT source FROM questions WHERE id = ?').pluck().get(q.questionId)).toBe('bank');
      // Bank questions carry their hints as the checklist.
      expect(q.keyPoints.length).toBeGreaterThan(0);
      expect(q.keyPoints.every((p) => p.origin === 'bank')).toBe(true);
      expect(q.previous).toEqual([]);
    }
    expect(counts(db)).toMatchObject({ practice_sessions: 1, attempts: 0 });
  });

  it('takes the fumbled question first, with its journal key points before the bank hints', async () => {
    const { core } = await open();
    const i = await createInterview(core, { company: 'Initech' });
    const q = await ask(core, i.id, 'How would you cut our cloud bill?', {
      howItWent: 'fumbled',
      category: 'technical',
      keyPoints: [{ text: 'Reserved instances' }, { text: 'Measure before cutting', missed: false }],
    });
    const s = await call(core, 'practice:start', { length: 3 });
    expect(s.questions[0]).toMatchObject({
      questionId: q.questionId,
      text: 'How would you cut our cloud bill?',
      category: 'technical',
      reason: 'Fumbled at Initech',
      keyPoints: [
        { text: 'Reserved instances', origin: 'journal' },
        { text: 'Measure before cutting', origin: 'journal' },
      ],
    });
    expect(s.questions).toHaveLength(3);
  });

  it('orders due cards, then new fumbles, then the weakest, then the bank, with no duplicates', async () => {
    const { core } = await open();
    const i = await createInterview(core, { company: 'Umbrella' });
    const dueCard = await ask(core, i.id, 'Graded again, so due today?', { howItWent: 'fumbled' });
    const weak = await ask(core, i.id, 'Graded easy, so one of the weakest?', { howItWent: 'fumbled' });
    let s = await sessionOn(core, dueCard.questionId);
    await answerAndGrade(core, s.id, 0, 'again');
    s = await sessionOn(core, weak.questionId);
    await answerAndGrade(core, s.id, 0, 'easy');
    const fresh = await ask(core, i.id, 'Fumbled and never practised?', { howItWent: 'fumbled' });

    const session = await call(core, 'practice:start', { length: 6 });
    expect(ids(session).slice(0, 3)).toEqual([dueCard.questionId, fresh.questionId, weak.questionId]);
    expect(session.questions.slice(0, 3).map((q) => q.reason)).toEqual([
      'Due for review',
      'Fumbled at Umbrella',
      'One of your weakest',
    ]);
    expect(session.questions.slice(3).every((q) => q.reason === 'From the question bank')).toBe(true);
    expect(new Set(ids(session)).size).toBe(6);
  });

  it('fills up from the categories fumbled most', async () => {
    const { core, db } = await open();
    const i = await createInterview(core);
    const q = await ask(core, i.id, 'Do you have any questions for us at all?', { howItWent: 'fumbled', category: 'closing' });
    const s = await call(core, 'practice:start', { length: 5 });
    expect(ids(s)[0]).toBe(q.questionId);
    expect(ids(s).map((id) => categoryOf(db, id))).toEqual(['closing', 'closing', 'closing', 'closing', 'closing']);
  });

  it('respects any length from 1 to 50 without repeating a question', async () => {
    const { core } = await open();
    for (const length of [1, 2, 7, 50]) {
      const s = await call(core, 'practice:start', { length });
      expect(s.questions).toHaveLength(length);
      expect(new Set(ids(s)).size).toBe(length);
    }
  });

  it('does not fill with bank questions already practised (they come back through their cards)', async () => {
    const { core } = await open();
    const first = await call(core, 'practice:start', { length: 5 });
    for (let p = 0; p < 5; p++) await answerAndGrade(core, first.id, p, 'easy');
    const second = await call(core, 'practice:start', { length: 10 });
    // The five easy cards are not due, so they come back only as "weakest", ahead of the bank.
    expect(new Set(ids(second).slice(0, 5))).toEqual(new Set(ids(first)));
    expect(second.questions.slice(0, 5).every((q) => q.reason === 'One of your weakest')).toBe(true);
    expect(
      ids(second)
        .slice(5)
        .some((id) => ids(first).includes(id)),
    ).toBe(false);
  });

  it('keeps the chosen timings, including no answer limit', async () => {
    const { core } = await open();
    const s = await call(core, 'practice:start', { thinkSeconds: 0, answerSeconds: null, length: 1 });
    expect(s).toMatchObject({ thinkSeconds: 0, answerSeconds: null });
    expect(await call(core, 'practice:session', { id: s.id })).toEqual(s);
    for (const answerSeconds of [60, 90, 180] as const) {
      expect((await call(core, 'practice:start', { answerSeconds, length: 1 })).answerSeconds).toBe(answerSeconds);
    }
  });
});

describe('practice:start, source "interview"', () => {
  it("replays an interview's questions in the order they were asked, and adds nothing from the bank", async () => {
    const { core } = await open();
    const i = await createInterview(core, { company: 'Globex', heldAt: '2026-02-14T10:00' });
    const a = await ask(core, i.id, 'First question asked?', { howItWent: 'strong' });
    const b = await ask(core, i.id, 'Second question asked?', { howItWent: 'fumbled' });
    const c = await ask(core, i.id, 'Third question asked?');
    // The person reorders: c moves up above b.
    await call(core, 'interview-question:move', { id: c.askedId, direction: 'up' });
    const order = (await call(core, 'interview:get', { id: i.id })).questions.map((q) => q.questionId);
    expect(order).toEqual([a.questionId, c.questionId, b.questionId]);

    const s = await call(core, 'practice:start', { source: 'interview', interviewId: i.id });
    expect(s.source).toBe('interview');
    expect(s.sourceLabel).toBe('Replay: Globex, 2026-02-14');
    expect(ids(s)).toEqual(order);
    expect(s.questions.every((q) => q.reason === 'Asked at Globex')).toBe(true);
  });

  it('cuts a long interview at the length, keeping the first questions asked', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    const asked: number[] = [];
    for (let n = 1; n <= 7; n++) asked.push((await ask(core, i.id, `Interview question number ${n}?`)).questionId);
    expect(ids(await call(core, 'practice:start', { source: 'interview', interviewId: i.id }))).toEqual(asked.slice(0, 5));
    expect(ids(await call(core, 'practice:start', { source: 'interview', interviewId: i.id, length: 50 }))).toEqual(asked);
  });

  it('an interview with no questions is a CONFLICT; an unknown or trashed one is NOT_FOUND; nothing is written', async () => {
    const { core, db } = await open();
    const empty = await createInterview(core);
    const trashed = await createInterview(core);
    await ask(core, trashed.id, 'Asked in a trashed interview?');
    await call(core, 'interview:trash', { id: trashed.id });

    expect((await fail(core, 'practice:start', { source: 'interview', interviewId: empty.id })).code).toBe('CONFLICT');
    const unknown = await fail(core, 'practice:start', { source: 'interview', interviewId: 99_999 });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.details).toEqual([{ path: 'interviewId', message: 'Not found.' }]);
    expect((await fail(core, 'practice:start', { source: 'interview', interviewId: trashed.id })).code).toBe('NOT_FOUND');
    expect((await fail(core, 'practice:start', { source: 'interview' })).code).toBe('VALIDATION');
    expect(counts(db).practice_sessions).toBe(0);
  });
});

describe('practice:start, source "category"', () => {
  it('draws 5 distinct questions of that category from the bank', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', { source: 'category', category: 'motivational' });
    expect(s.sourceLabel).toBe('Category: motivational');
    expect(s.questions).toHaveLength(5);
    expect(new Set(ids(s)).size).toBe(5);
    expect(s.questions.every((q) => q.category === 'motivational' && q.reason === 'From the bank: motivational')).toBe(true);
    expect(ids(s).every((id) => categoryOf(db, id) === 'motivational')).toBe(true);
  });

  it('never fills with other categories, even when asked for more than the category holds', async () => {
    const { core, db } = await open();
    const inBank = db.prepare("SELECT count(*) FROM questions WHERE category = 'closing'").pluck().get() as number;
    expect(inBank).toBeLessThan(50);
    const s = await call(core, 'practice:start', { source: 'category', category: 'closing', length: 50 });
    expect(s.questions.map((q) => q.category)).toEqual(Array(inBank).fill('closing'));
  });

  it('ignores the journal: a fumbled question of another category does not come first', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    const q = await ask(core, i.id, 'A fumbled technical question?', { howItWent: 'fumbled', category: 'technical' });
    const s = await call(core, 'practice:start', { source: 'category', category: 'about-you' });
    expect(ids(s)).not.toContain(q.questionId);
    expect(s.questions.every((x) => x.category === 'about-you')).toBe(true);
  });

  it('needs a category', async () => {
    const { core, db } = await open();
    const err = await fail(core, 'practice:start', { source: 'category' });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.map((d) => d.path)).toContain('category');
    expect((await fail(core, 'practice:start', { source: 'category', category: 'gossip' })).code).toBe('VALIDATION');
    expect(counts(db).practice_sessions).toBe(0);
  });
});

describe('practice:start when the bank is used up', () => {
  it('a category session comes round again to the questions practised longest ago, never to other categories', async () => {
    const { core, db } = await open();
    const total = db.prepare("SELECT count(*) FROM questions WHERE category = 'closing'").pluck().get() as number;
    const seen: number[] = [];
    // Practise every closing question once, then ask for more.
    while (seen.length < total) {
      const s = await call(core, 'practice:start', {
        source: 'category',
        category: 'closing',
        length: Math.min(5, total - seen.length),
      });
      for (const q of s.questions) {
        expect(q.category).toBe('closing');
        expect(seen).not.toContain(q.questionId);
        const a = await saveAnswer(core, s.id, q.position, 'An answer.', 10_000);
        await call(core, 'practice:grade', { attemptId: a.id, grade: 'good', keyPoints: a.keyPoints });
        seen.push(q.questionId);
      }
    }
    const again = await call(core, 'practice:start', { source: 'category', category: 'closing', length: 3 });
    expect(again.questions).toHaveLength(3);
    expect(again.questions.every((q) => q.category === 'closing')).toBe(true);
    // The first questions practised are the first to come back.
    expect(again.questions.map((q) => q.questionId)).toEqual(seen.slice(0, 3));
  });
});

describe('practice:start with "only what is due", and practice:sessionMix', () => {
  it('with one question due, a session of 5 is 1 due and 4 from the bank; only what is due is that one', async () => {
    const { core } = await open();
    const i = await createInterview(core, { company: 'Acme' });
    const q = await ask(core, i.id, 'Tell me about a conflict with a colleague.', { howItWent: 'fumbled' });
    expect(await call(core, 'practice:sessionMix', { length: 5 })).toEqual({ due: 1, weakest: 0, bank: 4, waiting: 1 });

    const only = await call(core, 'practice:start', { dueOnly: true });
    expect(ids(only)).toEqual([q.questionId]);
    expect(only.questions[0].reason).toBe('Fumbled at Acme');
    const padded = await call(core, 'practice:start', {});
    expect(ids(padded)[0]).toBe(q.questionId);
    expect(padded.questions.slice(1).map((x) => x.reason)).toEqual(Array(4).fill('From the question bank'));
  });

  it('counts the weakest (practised, not due yet) between the due and the bank, and follows the length', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    const due = await ask(core, i.id, 'Due, because graded Again?', { howItWent: 'fumbled' });
    const weak = await ask(core, i.id, 'Weak, because graded Hard?', { howItWent: 'fumbled' });
    const s1 = await call(core, 'practice:start', { dueOnly: true });
    expect(ids(s1).sort()).toEqual([due.questionId, weak.questionId].sort());
    await answerAndGrade(core, s1.id, ids(s1).indexOf(due.questionId), 'again');
    await answerAndGrade(core, s1.id, ids(s1).indexOf(weak.questionId), 'hard');
    const fresh = await ask(core, i.id, 'Fumbled, never practised?', { howItWent: 'fumbled' });

    expect(await call(core, 'practice:sessionMix', { length: 5 })).toEqual({ due: 2, weakest: 1, bank: 2, waiting: 2 });
    expect(await call(core, 'practice:sessionMix', { length: 1 })).toEqual({ due: 1, weakest: 0, bank: 0, waiting: 2 });
    const only = await call(core, 'practice:start', { dueOnly: true, length: 10 });
    expect(ids(only).sort()).toEqual([due.questionId, fresh.questionId].sort());
  });

  it('with nothing due, only what is due is a CONFLICT that says what to do, and writes nothing', async () => {
    const { core, db, dir } = await open();
    expect(await call(core, 'practice:sessionMix', {})).toEqual({ due: 0, weakest: 0, bank: 5, waiting: 0 });
    const before = snapshot(db, dir);
    const err = await fail(core, 'practice:start', { dueOnly: true });
    expect(err).toMatchObject({ code: 'CONFLICT' });
    expect(err.message).toContain('Nothing is due today');
    expect(snapshot(db, dir)).toEqual(before);
  });

  it('only what is due goes with "due and fumbled first" alone; bad lengths are refused', async () => {
    const { core, db, dir } = await open();
    const i = await createInterview(core);
    await ask(core, i.id, 'Asked once?', { howItWent: 'fumbled' });
    const before = snapshot(db, dir);
    const err = await fail(core, 'practice:start', { source: 'interview', interviewId: i.id, dueOnly: true });
    expect(err).toMatchObject({ code: 'VALIDATION' });
    expect(err.details).toEqual([expect.objectContaining({ path: 'dueOnly' })]);
    expect(await fail(core, 'practice:start', { dueOnly: 'yes' })).toMatchObject({ code: 'VALIDATION' });
    expect(await fail(core, 'practice:sessionMix', { length: 0 })).toMatchObject({ code: 'VALIDATION' });
    expect(await fail(core, 'practice:sessionMix', { length: 5, source: 'due' })).toMatchObject({ code: 'VALIDATION' });
    expect(snapshot(db, dir)).toEqual(before);
  });
});
