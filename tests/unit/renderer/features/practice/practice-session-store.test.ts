import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { RouteInput } from '@shared/contract';
import type { Attempt } from '@shared/practice-schemas';
import { usePracticeSessionStore } from '@renderer/features/practice/practice-session-store';
import { deferred, fail, fakeClient, ok, type FakeRoutes } from '../../helpers/fake-client';
import { withStores } from '../../helpers/with-stores';
import { attempt, practiceSession } from './practice-fixtures';

const PREVIEW = {
  again: '2026-11-26T09:01:00.000Z',
  hard: '2026-11-27T09:00:00.000Z',
  good: '2026-11-28T09:00:00.000Z',
  easy: '2026-12-04T09:00:00.000Z',
};
const analysis = { wordCount: 3, wordsPerMinute: 4, fillers: [{ word: 'um', count: 2 }], fillerCount: 2, keyPoints: [] };

/** A pretend main process: a session of two, attempts saved by position, grading with a fixed next date. */
function sessionClient(saved: Attempt[] = [], extra: FakeRoutes = {}) {
  const attempts = [...saved];
  const inputs: { save: RouteInput<'practice:saveAttempt'>[]; grade: RouteInput<'practice:grade'>[] } = { save: [], grade: [] };
  const fake = fakeClient({
    'practice:session': () => ok(practiceSession()),
    'practice:sessionAttempts': () => ok([...attempts]),
    'practice:analyze': () => ok(analysis),
    'practice:dueCount': () => ok({ dueToday: 1, newFromJournal: 0 }),
    'practice:end': () => ok({ ok: true as const }),
    'practice:gradePreview': () => ok(PREVIEW),
    'practice:saveAttempt': (input) => {
      inputs.save.push(input!);
      const made = attempt(input!.position, { answerText: input!.answerText, durationMs: input!.durationMs });
      attempts.push(made);
      return ok(made);
    },
    'practice:grade': (input) => {
      inputs.grade.push(input!);
      const found = attempts.find((a) => a.id === input!.attemptId)!;
      const keyPoints = input!.keyPoints.map((p) => ({ ...p, origin: p.origin ?? 'bank' }));
      return ok({ ...found, grade: input!.grade, keyPoints, dueAfter: '2026-11-30T09:00:00.000Z' });
    },
    ...extra,
  });
  return { fake, inputs };
}

function storeWith(client: ReturnType<typeof sessionClient>['fake']) {
  return withStores(client.client).run(() => usePracticeSessionStore());
}

describe('practice session store', () => {
  it('opens a new session at its first question, ready to answer', async () => {
    const { fake } = sessionClient();
    const store = storeWith(fake);
    await store.load(7);
    expect(store.stage).toBe('question');
    expect(store.position).toBe(0);
    expect(store.question?.text).toBe('Question number 1?');
  });

  it('resumes at the first unanswered question when graded attempts exist', async () => {
    const { fake } = sessionClient([attempt(0, { grade: 'good' })]);
    const store = storeWith(fake);
    await store.load(7);
    expect(store.position).toBe(1);
    expect(store.stage).toBe('question');
  });

  it('reopens a saved but ungraded answer at its feedback, with the words it had', async () => {
    const { fake } = sessionClient([attempt(0, { answerText: 'What I typed before leaving' })]);
    const store = storeWith(fake);
    await store.load(7);
    expect(store.stage).toBe('feedback');
    expect(store.draft).toBe('What I typed before leaving');
    expect(store.checklist.map((p) => p.covered)).toEqual([true, false]);
  });

  it('is finished when every question is graded', async () => {
    const { fake } = sessionClient([attempt(0, { grade: 'good' }), attempt(1, { grade: 'hard' })]);
    const store = storeWith(fake);
    await store.load(7);
    expect(store.stage).toBe('finished');
  });

  it('saves the typed answer with its position, time and recording before showing feedback', async () => {
    const { fake, inputs } = sessionClient();
    const store = storeWith(fake);
    await store.load(7);
    store.draft = 'Um, I listened first, um.';
    expect(await store.saveAnswer(61_234.6, 9)).toBe(true);
    expect(inputs.save).toEqual([
      { sessionId: 7, position: 0, answerText: 'Um, I listened first, um.', durationMs: 61_235, recordingId: 9 },
    ]);
    expect(store.stage).toBe('feedback');
    expect(store.attempt?.answerText).toBe('Um, I listened first, um.');
    await flushPromises();
    // Typed words give the count and the time; pace and fillers come only from a recording.
    expect(store.figures).toEqual({ wordCount: 3, durationMs: 61_235 });
  });

  it('keeps the typed words when saving fails, and saves them on retry', async () => {
    const { fake, inputs } = sessionClient();
    const save = fake.routes['practice:saveAttempt']!;
    fake.routes['practice:saveAttempt'] = () => fail('STORAGE', 'The disk is full.');
    const store = storeWith(fake);
    await store.load(7);
    store.draft = 'Every word of this matters';
    expect(await store.saveAnswer(5000, null)).toBe(false);
    expect(store.stage).toBe('save-error');
    expect(store.saveError?.message).toBe('The disk is full.');
    expect(store.draft).toBe('Every word of this matters');
    fake.routes['practice:saveAttempt'] = save;
    expect(await store.retrySave()).toBe(true);
    expect(inputs.save[0].answerText).toBe('Every word of this matters');
    expect(store.stage).toBe('feedback');
  });

  it('grades with the checklist as corrected by hand, then refreshes the due count', async () => {
    const { fake, inputs } = sessionClient();
    const store = storeWith(fake);
    await store.load(7);
    await store.saveAnswer(1000, null);
    store.togglePoint(1);
    store.togglePoint(0);
    expect(await store.grade('again')).toBe(true);
    expect(inputs.grade[0]).toEqual({
      attemptId: 500,
      grade: 'again',
      keyPoints: [
        { text: 'Listened first', origin: 'journal', covered: false },
        { text: 'Brought data', origin: 'bank', covered: true },
      ],
    });
    expect(store.attempt?.grade).toBe('again');
    expect(store.attempt?.dueAfter).toBe('2026-11-30T09:00:00.000Z');
    expect(fake.calls).toContain('practice:dueCount');
    // A graded answer keeps its checklist and cannot be graded twice.
    store.togglePoint(0);
    expect(store.checklist[0].covered).toBe(false);
    expect(await store.grade('easy')).toBe(false);
    expect(inputs.grade).toHaveLength(1);
  });

  it('shows a failed grade next to the buttons and lets the person try again', async () => {
    const { fake } = sessionClient();
    const grade = fake.routes['practice:grade']!;
    fake.routes['practice:grade'] = () => fail('CONFLICT', 'This answer is already graded.');
    const store = storeWith(fake);
    await store.load(7);
    await store.saveAnswer(1000, null);
    expect(await store.grade('good')).toBe(false);
    expect(store.gradeError?.message).toBe('This answer is already graded.');
    fake.routes['practice:grade'] = grade;
    expect(await store.grade('good')).toBe(true);
    expect(store.gradeError).toBeNull();
  });

  it('moves to the next question with an empty answer, and ends the session after the last', async () => {
    const { fake } = sessionClient();
    const store = storeWith(fake);
    await store.load(7);
    store.draft = 'first';
    await store.saveAnswer(1000, null);
    await store.next();
    expect(store.position).toBe(0);
    await store.grade('good');
    await store.next();
    expect(store.position).toBe(1);
    expect(store.stage).toBe('question');
    expect(store.draft).toBe('');
    expect(store.isLast).toBe(true);
    await store.saveAnswer(1000, null);
    await store.grade('easy');
    await store.next();
    expect(store.stage).toBe('finished');
    expect(fake.calls).toContain('practice:end');
  });

  it('asks when each grade would bring the question back as the feedback opens, for that question', async () => {
    const asked: RouteInput<'practice:gradePreview'>[] = [];
    const { fake } = sessionClient([], {
      'practice:gradePreview': (input) => (asked.push(input!), ok(PREVIEW)),
    });
    const store = storeWith(fake);
    await store.load(7);
    expect(store.preview).toBeNull();
    await store.saveAnswer(1000, null);
    await flushPromises();
    expect(asked).toEqual([{ questionId: store.question!.questionId }]);
    expect(store.preview).toEqual(PREVIEW);
    await store.grade('good');
    await store.next();
    // The next question starts without the last one's intervals.
    expect(store.preview).toBeNull();
  });

  it('grading works when the intervals cannot be worked out: the buttons then show none', async () => {
    const { fake } = sessionClient([], { 'practice:gradePreview': () => fail('INTERNAL', 'No.') });
    const store = storeWith(fake);
    await store.load(7);
    await store.saveAnswer(1000, null);
    await flushPromises();
    expect(store.preview).toBeNull();
    expect(await store.grade('good')).toBe(true);
  });

  it('Finish stamps the session ended before the summary shows', async () => {
    const held = deferred<ReturnType<typeof ok<{ ok: true }>>>();
    const { fake } = sessionClient([attempt(0, { grade: 'good' })], { 'practice:end': () => held.promise });
    const store = storeWith(fake);
    await store.load(7);
    await store.saveAnswer(1000, null);
    await store.grade('hard');
    const finishing = store.next();
    await flushPromises();
    expect(store.stage).toBe('feedback');
    expect(store.ending).toBe(true);
    held.resolve(ok({ ok: true as const }));
    await finishing;
    expect(store.stage).toBe('finished');
  });

  it('End now ends the session with what is saved, at any question, and counts the answers', async () => {
    const { fake } = sessionClient([], { 'practice:session': () => ok(practiceSession(4)) });
    const store = storeWith(fake);
    await store.load(7);
    await store.saveAnswer(1000, null);
    await store.grade('good');
    await store.next();
    expect(store.answered).toBe(1);
    await store.endNow();
    expect(store.stage).toBe('finished');
    expect(fake.calls.filter((c) => c === 'practice:end')).toHaveLength(1);
    // Ending saves nothing new: the one answer was saved when it was given.
    expect(fake.calls.filter((c) => c === 'practice:saveAttempt')).toHaveLength(1);
  });

  it('a failed end still shows the summary: every answer is saved already', async () => {
    const { fake } = sessionClient([], { 'practice:end': () => fail('INTERNAL', 'Disk full.') });
    const store = storeWith(fake);
    await store.load(7);
    await store.endNow();
    expect(store.stage).toBe('finished');
  });

  it('deletes the recording of this answer and keeps the answer', async () => {
    const recording = { id: 3, mimeType: 'audio/webm', durationMs: 4000, sizeBytes: 900, sha256: 'ab', complete: true };
    const { fake } = sessionClient([attempt(0, { recording })], { 'recording:delete': () => ok({ ok: true as const }) });
    const store = storeWith(fake);
    await store.load(7);
    expect(store.attempt?.recording?.id).toBe(3);
    expect(await store.deleteRecording()).toBe(true);
    expect(store.attempt?.recording).toBeNull();
    expect(store.attempt?.answerText).toBe('I listened first.');
  });

  it('says what went wrong when the session cannot be opened', async () => {
    const { fake } = sessionClient([], {
      'practice:session': () => fail('NOT_FOUND', 'There is no practice session with id 7.'),
    });
    const store = storeWith(fake);
    await store.load(7);
    expect(store.stage).toBe('load-error');
    expect(store.loadError?.code).toBe('NOT_FOUND');
  });
});
