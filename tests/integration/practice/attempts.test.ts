import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { nextCard, type CardRow } from '../../../electron/main/practice/scheduler';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { ask, createInterview, sessionOn } from '../support/writes';
import { answerAndGrade, card, counts, saveAnswer } from './helpers';

/** A stored review_items row as the scheduler's CardRow (created_at is bookkeeping, not card state). */
function asCardRow(row: Record<string, unknown> | undefined): CardRow {
  const { created_at: _created, ...rest } = row as Record<string, unknown> & { created_at: string };
  return rest as unknown as CardRow;
}

const open = useCores();

/** A new interview with one question fumbled at it, and the key points the journal holds for it. */
async function fumbledQuestion(core: Core, text: string, points: string[]) {
  const i = await createInterview(core);
  return ask(core, i.id, text, { howItWent: 'fumbled', keyPoints: points.map((point) => ({ text: point })) });
}

describe('practice:saveAttempt', () => {
  it('saves the typed answer before any grade, with its figures and ticked key points', async () => {
    const { core, db } = await open();
    const q = await fumbledQuestion(core, 'How do you keep releases safe?', ['Automated tests', 'Feature flags for rollback']);
    const s = await call(core, 'practice:start', { length: 2 });
    expect(s.questions[0].questionId).toBe(q.questionId);

    const a = await saveAnswer(core, s.id, 0, 'Um, we tested everything automatically, like, basically.', 12_000);
    expect(a).toMatchObject({
      sessionId: s.id,
      questionId: q.questionId,
      position: 0,
      answerText: 'Um, we tested everything automatically, like, basically.',
      durationMs: 12_000,
      wordCount: 7,
      fillerCount: 3,
      grade: null,
      dueAfter: null,
      recording: null,
    });
    expect(a.keyPoints.slice(0, 2)).toEqual([
      { text: 'Automated tests', origin: 'journal', covered: false }, // "automatically" is not "automated"
      { text: 'Feature flags for rollback', origin: 'journal', covered: false },
    ]);
    expect(counts(db)).toMatchObject({ attempts: 1, review_items: 0 });
    expect(db.prepare('SELECT grade, answer_text FROM attempts WHERE id = ?').get(a.id)).toEqual({
      grade: null,
      answer_text: a.answerText,
    });
  });

  it('is idempotent per position: a second save updates the same row', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', { length: 3 });
    const first = await saveAnswer(core, s.id, 1, 'Draft', 1_000);
    const second = await saveAnswer(core, s.id, 1, 'Final answer with more words', 61_000);
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({
      answerText: 'Final answer with more words',
      durationMs: 61_000,
      wordCount: 5,
      createdAt: first.createdAt,
    });
    expect(counts(db).attempts).toBe(1);

    const other = await call(core, 'practice:saveAttempt', { sessionId: s.id, position: 2, answerText: '', durationMs: 0 });
    expect(other.id).not.toBe(first.id);
    expect(other).toMatchObject({ wordCount: 0, questionId: s.questions[2].questionId });
    expect(counts(db).attempts).toBe(2);
  });

  it('refuses to overwrite a graded answer', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', { length: 1 });
    const graded = await answerAndGrade(core, s.id, 0, 'good', 'The graded answer');
    const err = await fail(core, 'practice:saveAttempt', {
      sessionId: s.id,
      position: 0,
      answerText: 'Rewritten',
      durationMs: 5,
    });
    expect(err.code).toBe('CONFLICT');
    expect((await call(core, 'practice:sessionAttempts', { id: s.id }))[0]).toEqual(graded);
    expect(counts(db).attempts).toBe(1);
  });
});

describe('practice:grade', () => {
  it('writes the grade, the corrected checklist and the FSRS card together', async () => {
    const { core, db, clock } = await open();
    const s = await call(core, 'practice:start', { length: 1 });
    const saved = await saveAnswer(core, s.id, 0, 'An answer', 40_000);
    const corrected = saved.keyPoints.map((p, n) => ({ ...p, covered: n === 0 }));
    const before = clock.current().getTime();
    const graded = await call(core, 'practice:grade', { attemptId: saved.id, grade: 'good', keyPoints: corrected });

    expect(graded).toMatchObject({ id: saved.id, grade: 'good', keyPoints: corrected, answerText: 'An answer' });
    const row = card(db, saved.questionId)!;
    expect(row).toMatchObject({ reps: 1, lapses: 0 });
    expect(row.due).toBe(graded.dueAfter);
    expect(Date.parse(graded.dueAfter!)).toBeGreaterThan(before);
    expect(Date.parse(row.last_review as string)).toBeGreaterThanOrEqual(before);
    // The stored card is exactly what ts-fsrs gives for a new card graded Good at that moment.
    expect(asCardRow(row)).toEqual(nextCard(saved.questionId, undefined, 'good', new Date(row.last_review as string)));
  });

  it('Again is due sooner than Hard, Good and Easy for fresh questions', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', { length: 4 });
    const grades = ['again', 'hard', 'good', 'easy'] as const;
    const due: number[] = [];
    for (const [p, g] of grades.entries()) {
      const a = await answerAndGrade(core, s.id, p, g);
      due.push(Date.parse(a.dueAfter!));
      expect(card(db, a.questionId)!.due).toBe(a.dueAfter);
    }
    for (let n = 1; n < due.length; n++) expect(due[n]).toBeGreaterThan(due[n - 1]);
  });

  it('a second grade is a CONFLICT and leaves the attempt and the card unchanged', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', { length: 1 });
    const graded = await answerAndGrade(core, s.id, 0, 'again');
    const cardBefore = card(db, graded.questionId);

    const err = await fail(core, 'practice:grade', { attemptId: graded.id, grade: 'easy', keyPoints: [] });
    expect(err.code).toBe('CONFLICT');
    expect(card(db, graded.questionId)).toEqual(cardBefore);
    expect((await call(core, 'practice:sessionAttempts', { id: s.id }))[0]).toEqual(graded);
  });

  it('updates the existing card on a later session: reps grow, an Again in review is a lapse', async () => {
    const { core, db, clock } = await open();
    const s1 = await call(core, 'practice:start', { length: 1 });
    const questionId = s1.questions[0].questionId;
    const first = await answerAndGrade(core, s1.id, 0, 'easy');
    expect(card(db, questionId)).toMatchObject({ reps: 1, lapses: 0, state: 2 });

    clock.set(first.dueAfter!);
    const s2 = await sessionOn(core, questionId);
    expect(s2.questions[0].previous.map((p) => p.id)).toEqual([first.id]);
    const firstCard = asCardRow(card(db, questionId));
    const second = await answerAndGrade(core, s2.id, 0, 'again');
    expect(card(db, questionId)).toMatchObject({ reps: 2, lapses: 1, state: 3 });
    // The stored row went back into ts-fsrs through the same fields: the update matches one computed from it.
    const secondCard = asCardRow(card(db, questionId));
    expect(secondCard).toEqual(nextCard(questionId, firstCard, 'again', new Date(secondCard.last_review!)));
    expect(counts(db).review_items).toBe(1);
    expect(Date.parse(second.dueAfter!)).toBeLessThan(Date.parse(first.dueAfter!) + 24 * 3600_000);
  });

  it('is atomic: when the card cannot be written, the attempt keeps no grade and no card exists', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', { length: 1 });
    const saved = await saveAnswer(core, s.id, 0, 'Kept', 9_000);
    db.exec("CREATE TRIGGER fail BEFORE INSERT ON review_items BEGIN SELECT RAISE(ABORT, 'boom'); END");

    const err = await fail(core, 'practice:grade', { attemptId: saved.id, grade: 'good', keyPoints: [] });
    expect(['CONFLICT', 'STORAGE']).toContain(err.code);
    expect(db.prepare('SELECT grade, due_after, key_points FROM attempts WHERE id = ?').get(saved.id)).toEqual({
      grade: null,
      due_after: null,
      key_points: JSON.stringify(saved.keyPoints),
    });
    expect(counts(db).review_items).toBe(0);

    // Once the fault is gone the same attempt grades normally.
    db.exec('DROP TRIGGER fail');
    expect((await call(core, 'practice:grade', { attemptId: saved.id, grade: 'good', keyPoints: [] })).grade).toBe('good');
    expect(counts(db).review_items).toBe(1);
  });

  it('is atomic when updating an existing card too', async () => {
    const { core, db } = await open();
    const s1 = await call(core, 'practice:start', { length: 1 });
    const questionId = s1.questions[0].questionId;
    await answerAndGrade(core, s1.id, 0, 'good');
    const cardBefore = card(db, questionId);

    const s2 = await sessionOn(core, questionId);
    const saved = await saveAnswer(core, s2.id, 0, 'Again', 9_000);
    db.exec("CREATE TRIGGER fail_u BEFORE UPDATE ON review_items BEGIN SELECT RAISE(ABORT, 'boom'); END");
    await fail(core, 'practice:grade', { attemptId: saved.id, grade: 'again', keyPoints: [] });
    expect(db.prepare('SELECT grade FROM attempts WHERE id = ?').pluck().get(saved.id)).toBeNull();
    expect(card(db, questionId)).toEqual(cardBefore);
  });

  it('is atomic the other way round: when the attempt cannot be written, no card is written', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', { length: 1 });
    const saved = await saveAnswer(core, s.id, 0, 'Kept', 9_000);
    db.exec("CREATE TRIGGER fail_a BEFORE UPDATE OF grade ON attempts BEGIN SELECT RAISE(ABORT, 'boom'); END");
    await fail(core, 'practice:grade', { attemptId: saved.id, grade: 'easy', keyPoints: [] });
    expect(counts(db).review_items).toBe(0);
    expect(db.prepare('SELECT grade FROM attempts WHERE id = ?').pluck().get(saved.id)).toBeNull();
  });
});

describe('previous attempts, practice:end, practice:analyze, practice:deleteAttempt', () => {
  it("shows earlier sessions' attempts at the same question beside it, newest first, at most three", async () => {
    const { core, clock } = await open();
    const s1 = await call(core, 'practice:start', { length: 1 });
    const questionId = s1.questions[0].questionId;
    const a1 = await answerAndGrade(core, s1.id, 0, 'hard', 'one two three');
    const earlier: number[] = [a1.id];
    for (let n = 0; n < 3; n++) {
      clock.advance(60_000);
      const s = await sessionOn(core, questionId);
      earlier.unshift(
        (await call(core, 'practice:saveAttempt', { sessionId: s.id, position: 0, answerText: `take ${n}`, durationMs: 1_000 }))
          .id,
      );
    }
    clock.advance(60_000);
    const now = await sessionOn(core, questionId);
    const previous = now.questions[0].previous;
    expect(previous.map((p) => p.id)).toEqual(earlier.slice(0, 3));
    // The current session's own attempt is not "previous".
    await call(core, 'practice:saveAttempt', { sessionId: now.id, position: 0, answerText: 'now', durationMs: 1_000 });
    expect((await call(core, 'practice:session', { id: now.id })).questions[0].previous.map((p) => p.id)).toEqual(
      earlier.slice(0, 3),
    );

    const s1Again = await sessionOn(core, questionId);
    const brief = s1Again.questions[0].previous.find((p) => p.id === a1.id);
    expect(brief).toBeUndefined(); // a1 is the fifth newest by now
    const all = await call(core, 'practice:questionAttempts', { questionId });
    expect(all).toHaveLength(5);
    expect(all[all.length - 1]).toMatchObject({ id: a1.id, grade: 'hard', wordCount: 3, durationMs: 30_000 });
  });

  it('a previous attempt shows its grade, covered key points and words', async () => {
    const { core } = await open();
    const s1 = await call(core, 'practice:start', { length: 1 });
    const questionId = s1.questions[0].questionId;
    const saved = await saveAnswer(core, s1.id, 0, 'four words right here', 20_000);
    const points = saved.keyPoints.map((p, n) => ({ ...p, covered: n < 2 }));
    await call(core, 'practice:grade', { attemptId: saved.id, grade: 'good', keyPoints: points });
    const s2 = await sessionOn(core, questionId);
    expect(s2.questions[0].previous).toEqual([
      {
        id: saved.id,
        createdAt: saved.createdAt,
        grade: 'good',
        wordCount: 4,
        durationMs: 20_000,
        covered: 2,
        total: points.length,
        hasRecording: false,
      },
    ]);
  });

  it('practice:end stamps the end once; attempts made before leaving stay', async () => {
    const { core, clock } = await open();
    const s = await call(core, 'practice:start', { length: 3 });
    await call(core, 'practice:saveAttempt', { sessionId: s.id, position: 0, answerText: 'only one', durationMs: 3_000 });
    expect(await call(core, 'practice:end', { id: s.id })).toEqual({ ok: true });
    const ended = (await call(core, 'practice:session', { id: s.id })).endedAt;
    expect(ended).not.toBeNull();
    clock.advance(3600_000);
    await call(core, 'practice:end', { id: s.id });
    expect((await call(core, 'practice:session', { id: s.id })).endedAt).toBe(ended);
    expect(await call(core, 'practice:sessionAttempts', { id: s.id })).toHaveLength(1);
    expect((await fail(core, 'practice:end', { id: 9_999 })).code).toBe('NOT_FOUND');
  });

  it("practice:analyze ticks the question's journal points and counts fillers, writing nothing", async () => {
    const { core, db } = await open();
    const q = await fumbledQuestion(core, 'How did you handle the outage?', [
      'Managed the incident calmly',
      'Wrote a postmortem',
    ]);
    const a = await call(core, 'practice:analyze', {
      questionId: q.questionId,
      answerText: 'Um, I managed the incident, you know, calmly and quickly.',
      durationMs: 6_000,
    });
    expect(a).toEqual({
      wordCount: 10,
      wordsPerMinute: 100,
      fillers: [
        { word: 'um', count: 1 },
        { word: 'you know', count: 1 },
      ],
      fillerCount: 2,
      keyPoints: [
        { text: 'Managed the incident calmly', origin: 'journal', covered: true },
        { text: 'Wrote a postmortem', origin: 'journal', covered: false },
      ],
    });
    expect(counts(db)).toEqual({ practice_sessions: 0, attempts: 0, review_items: 0, recordings: 0 });
    expect((await fail(core, 'practice:analyze', { questionId: 99_999, answerText: 'x', durationMs: 1 })).code).toBe('NOT_FOUND');
  });

  it('practice:deleteAttempt removes the attempt but keeps the schedule', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', { length: 2 });
    const graded = await answerAndGrade(core, s.id, 0, 'hard');
    const cardBefore = card(db, graded.questionId);
    expect(await call(core, 'practice:deleteAttempt', { id: graded.id })).toEqual({ ok: true });
    expect(await call(core, 'practice:sessionAttempts', { id: s.id })).toEqual([]);
    expect(card(db, graded.questionId)).toEqual(cardBefore);
    expect((await fail(core, 'practice:deleteAttempt', { id: graded.id })).code).toBe('NOT_FOUND');
    // The place can be answered again.
    expect(
      (await call(core, 'practice:saveAttempt', { sessionId: s.id, position: 0, answerText: 'again', durationMs: 1 })).grade,
    ).toBeNull();
  });
});
