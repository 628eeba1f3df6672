import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import type { Grade } from '../../../electron/shared/practice-schemas';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { ask, createInterview } from '../support/writes';
import { answerAndGrade, card, snapshot } from './helpers';

const open = useCores();

/** A question fumbled at Acme in the journal, practised in a "due and fumbled first" session and graded. */
async function fumbledAndGraded(core: Core, grade: Grade) {
  const acme = await createInterview(core, { company: 'Acme' });
  const asked = await ask(core, acme.id, 'Tell me about a deadline you missed.', { howItWent: 'fumbled' });
  const s = await call(core, 'practice:start', { dueOnly: true });
  expect(s.questions.map((q) => q.questionId)).toEqual([asked.questionId]);
  const preview = await call(core, 'practice:gradePreview', { questionId: asked.questionId });
  const graded = await answerAndGrade(core, s.id, 0, grade);
  return { ...asked, interviewId: acme.id, preview, graded };
}

/** Everything that says whether a question is due: the badge's counts, the home's queue, the plan, the forecast. */
async function dueEverywhere(core: Core, questionId: number) {
  const counts = await call(core, 'practice:dueCount', undefined);
  const queue = await call(core, 'practice:queue', {});
  const plan = await call(core, 'plan:get', {});
  const inPlan = plan.fumbledQuestions.find((q) => q.questionId === questionId);
  return {
    badge: counts.dueToday + counts.newFromJournal,
    inQueue: queue.some((d) => d.questionId === questionId),
    planState: inPlan?.dueState,
    planDueToday: plan.schedule.dueToday + plan.schedule.newFromJournal,
  };
}

describe('due state after a grade, for a question fumbled in the journal', () => {
  it('graded Good: not due now anywhere, and the plan shows the date the grade saved', async () => {
    const { core, db, clock } = await open();
    const q = await fumbledAndGraded(core, 'good');
    expect(await dueEverywhere(core, q.questionId)).toEqual({
      badge: 0,
      inQueue: false,
      planState: 'scheduled',
      planDueToday: 0,
    });
    const plan = await call(core, 'plan:get', {});
    expect(plan.fumbledQuestions[0].nextDue).toBe(q.graded.dueAfter);
    expect(card(db, q.questionId)?.due).toBe(q.graded.dueAfter);
    // Days away, not later today.
    expect(Date.parse(q.graded.dueAfter!) - clock.current().getTime()).toBeGreaterThan(86_400_000);
    expect(plan.schedule.forecast[0].due).toBe(0);
  });

  it('graded Hard or Easy: not due now either', async () => {
    for (const grade of ['hard', 'easy'] as const) {
      const { core } = await open();
      const q = await fumbledAndGraded(core, grade);
      expect(await dueEverywhere(core, q.questionId)).toMatchObject({ badge: 0, inQueue: false, planState: 'scheduled' });
    }
  });

  it('graded Again: still due now everywhere', async () => {
    const { core } = await open();
    const q = await fumbledAndGraded(core, 'again');
    expect(await dueEverywhere(core, q.questionId)).toEqual({ badge: 1, inQueue: true, planState: 'due', planDueToday: 1 });
    expect((await call(core, 'practice:queue', {}))[0]).toMatchObject({
      questionId: q.questionId,
      isNew: false,
      lastGrade: 'again',
    });
  });

  it('graded Good, then fumbled again in a later interview: due now again', async () => {
    const { core, clock, db } = await open();
    const q = await fumbledAndGraded(core, 'good');
    const graded = card(db, q.questionId)!;
    clock.advance(3600_000);
    const globex = await createInterview(core, { company: 'Globex', heldAt: '2026-03-10T15:00' });
    const asked = await call(core, 'interview-question:add', { interviewId: globex.id, questionId: q.questionId });
    // Asked again, but not (yet) fumbled: the schedule stands.
    expect((await dueEverywhere(core, q.questionId)).badge).toBe(0);
    await call(core, 'interview-question:update', { id: asked.id, howItWent: 'fumbled' });

    expect(await dueEverywhere(core, q.questionId)).toEqual({ badge: 1, inQueue: true, planState: 'due', planDueToday: 1 });
    const due = card(db, q.questionId)!.due as string;
    expect(Date.parse(due)).toBeLessThanOrEqual(clock.current().getTime());
    // The card keeps its history: only its due date moved.
    expect(card(db, q.questionId)).toEqual({ ...graded, due });
  });

  it('graded Good, then the same journal entry marked okay and fumbled again: due now again', async () => {
    const { core, clock } = await open();
    const q = await fumbledAndGraded(core, 'good');
    clock.advance(60_000);
    await call(core, 'interview-question:update', { id: q.askedId, howItWent: 'okay' });
    expect((await dueEverywhere(core, q.questionId)).badge).toBe(0);
    await call(core, 'interview-question:update', { id: q.askedId, howItWent: 'fumbled' });
    expect((await dueEverywhere(core, q.questionId)).inQueue).toBe(true);
  });

  it('editing other words of the entry already marked fumbled does not bring it back', async () => {
    const { core, clock } = await open();
    const q = await fumbledAndGraded(core, 'good');
    clock.advance(60_000);
    await call(core, 'interview-question:update', { id: q.askedId, answerGiven: 'I talked about the wrong project.' });
    await call(core, 'interview-question:update', { id: q.askedId, howItWent: 'fumbled', kind: 'gap' });
    expect(await dueEverywhere(core, q.questionId)).toMatchObject({ badge: 0, inQueue: false, planState: 'scheduled' });
  });

  it('practised again after the new fumble and graded Good: no longer due', async () => {
    const { core, clock } = await open();
    const q = await fumbledAndGraded(core, 'good');
    clock.advance(60_000);
    await call(core, 'interview-question:update', { id: q.askedId, howItWent: 'okay' });
    await call(core, 'interview-question:update', { id: q.askedId, howItWent: 'fumbled' });
    const s = await call(core, 'practice:start', { dueOnly: true });
    expect(s.questions.map((x) => x.questionId)).toEqual([q.questionId]);
    await answerAndGrade(core, s.id, 0, 'good');
    expect(await dueEverywhere(core, q.questionId)).toMatchObject({ badge: 0, inQueue: false, planState: 'scheduled' });
  });
});

describe('practice:gradePreview', () => {
  it('for each grade, says the very due date that grade then saves', async () => {
    for (const grade of ['again', 'hard', 'good', 'easy'] as const) {
      const { core, db } = await open();
      const q = await fumbledAndGraded(core, grade);
      // The clock moves one millisecond a reading; the preview is a reading earlier than the grade.
      expect(Math.abs(Date.parse(q.preview[grade]) - Date.parse(q.graded.dueAfter!))).toBeLessThan(1000);
      expect(card(db, q.questionId)!.due).toBe(q.graded.dueAfter);
    }
  });

  it('a question never practised: Again is today, Hard, Good and Easy are whole days away', async () => {
    const { core, clock } = await open();
    const acme = await createInterview(core);
    const q = await ask(core, acme.id, 'Why this role?', { howItWent: 'fumbled' });
    const at = clock.current().getTime();
    const preview = await call(core, 'practice:gradePreview', { questionId: q.questionId });
    const days = (iso: string) => Math.round((Date.parse(iso) - at) / 86_400_000);
    expect(Date.parse(preview.again) - at).toBeLessThan(5 * 60_000);
    expect([days(preview.hard), days(preview.good), days(preview.easy)]).toEqual([1, 2, 8]);
  });

  it('reads the saved card: after a Good, the preview is further out than for a new question', async () => {
    const { core, clock } = await open();
    const q = await fumbledAndGraded(core, 'good');
    clock.set(q.graded.dueAfter!);
    const preview = await call(core, 'practice:gradePreview', { questionId: q.questionId });
    expect(Date.parse(preview.good) - clock.current().getTime()).toBeGreaterThan(2 * 86_400_000);
  });

  it('refuses an unknown question and bad input, writing nothing', async () => {
    const { core, db, dir } = await open();
    const before = snapshot(db, dir);
    expect(await fail(core, 'practice:gradePreview', { questionId: 999_999 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fail(core, 'practice:gradePreview', { questionId: 'x' })).toMatchObject({ code: 'VALIDATION' });
    expect(await fail(core, 'practice:gradePreview', { questionId: 1, extra: true })).toMatchObject({ code: 'VALIDATION' });
    expect(snapshot(db, dir)).toEqual(before);
  });
});
