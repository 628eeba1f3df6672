import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeClock } from '../support/clock';
import { useCores } from '../support/cores';
import { b64, recordingPath } from '../support/recordings';
import { call, fail } from '../support/routes';
import { ask, createInterview } from '../support/writes';
import { answerAndGrade, saveAnswer } from './helpers';

const open = useCores();

describe('practice:history', () => {
  it('lists sessions newest first with source, question count, answers and average grade', async () => {
    const { core, clock } = await open();
    const i = await createInterview(core, { company: 'Hooli', heldAt: '2026-02-20T15:00' });
    await ask(core, i.id, 'Replayed question one?');
    await ask(core, i.id, 'Replayed question two?');

    const due = await call(core, 'practice:start', { length: 4 });
    await answerAndGrade(core, due.id, 0, 'again'); // 1
    await answerAndGrade(core, due.id, 1, 'easy'); // 4
    await answerAndGrade(core, due.id, 2, 'good'); // 3
    await call(core, 'practice:saveAttempt', { sessionId: due.id, position: 3, answerText: 'not graded', durationMs: 1 });
    await call(core, 'practice:end', { id: due.id });
    clock.advance(60_000);
    const replay = await call(core, 'practice:start', { source: 'interview', interviewId: i.id });
    clock.advance(60_000);
    const category = await call(core, 'practice:start', { source: 'category', category: 'closing', length: 2 });
    await answerAndGrade(core, category.id, 0, 'hard');

    const history = await call(core, 'practice:history', {});
    expect(history.map((h) => h.id)).toEqual([category.id, replay.id, due.id]);
    expect(history[0]).toMatchObject({
      source: 'category',
      sourceLabel: 'Category: closing',
      questionCount: 2,
      answered: 1,
      averageGrade: 2,
      endedAt: null,
    });
    expect(history[1]).toMatchObject({
      source: 'interview',
      sourceLabel: 'Replay: Hooli, 2026-02-20',
      questionCount: 2,
      answered: 0,
      averageGrade: null,
    });
    expect(history[2]).toMatchObject({
      source: 'due',
      sourceLabel: 'Due and fumbled first',
      questionCount: 4,
      answered: 4,
      averageGrade: 2.7,
    });
    expect(history[2].endedAt).not.toBeNull();
    expect(history[2].startedAt).toBe(due.startedAt);

    expect((await call(core, 'practice:history', { limit: 2 })).map((h) => h.id)).toEqual([category.id, replay.id]);
  });

  it('an empty history is an empty list', async () => {
    const { core } = await open();
    expect(await call(core, 'practice:history', undefined)).toEqual([]);
  });
});

describe('after closing and reopening the data folder', () => {
  it('keeps sessions, attempts, grades, cards, the queue and recordings exactly as they were', async () => {
    const clock = makeClock();
    const first = await open({ clock });
    const { core, dir } = first;
    const i = await createInterview(core, { company: 'Pied Piper' });
    const fumbled = await ask(core, i.id, 'Explain middle-out compression?', {
      howItWent: 'fumbled',
      category: 'technical',
      keyPoints: [{ text: 'Compression ratio' }],
    });
    await ask(core, i.id, 'Still new after reload?', { howItWent: 'fumbled' });

    const s = await call(core, 'practice:start', { length: 3 });
    // Both fumbled questions lead the session; answer the one with a key point first.
    const position = s.questions.findIndex((q) => q.questionId === fumbled.questionId);
    expect(position).toBeGreaterThanOrEqual(0);
    expect(position).toBeLessThan(2);
    const other = 1 - position;
    const rec = await call(core, 'recording:start', { mimeType: 'audio/webm;codecs=opus' });
    await call(core, 'recording:append', { id: rec.id, chunk: b64(Buffer.from('first chunk|')) });
    await call(core, 'recording:append', { id: rec.id, chunk: b64(Buffer.from('second chunk')) });
    await call(core, 'recording:finish', { id: rec.id, durationMs: 2_500 });
    const saved = await call(core, 'practice:saveAttempt', {
      sessionId: s.id,
      position,
      answerText: 'Um, the compression ratio improves, you know.',
      durationMs: 45_000,
      recordingId: rec.id,
    });
    await call(core, 'practice:grade', { attemptId: saved.id, grade: 'again', keyPoints: saved.keyPoints });
    await saveAnswer(core, s.id, other, 'typed, then the window closed', 8_000);

    const before = {
      session: await call(core, 'practice:session', { id: s.id }),
      attempts: await call(core, 'practice:sessionAttempts', { id: s.id }),
      byQuestion: await call(core, 'practice:questionAttempts', { questionId: fumbled.questionId }),
      history: await call(core, 'practice:history', {}),
      queue: await call(core, 'practice:queue', {}),
      counts: await call(core, 'practice:dueCount', undefined),
      recording: await call(core, 'recording:get', { id: rec.id }),
    };
    expect(before.attempts).toHaveLength(2);
    expect(before.attempts[position]).toMatchObject({
      grade: 'again',
      fillerCount: 2,
      recording: { id: rec.id, complete: true },
    });
    expect(before.attempts[position].keyPoints[0]).toEqual({ text: 'Compression ratio', origin: 'journal', covered: true });
    expect(before.counts).toEqual({ dueToday: 1, newFromJournal: 1 });
    core.close();

    const { core: again } = await open({ clock, dir });
    expect(await call(again, 'practice:session', { id: s.id })).toEqual(before.session);
    expect(await call(again, 'practice:sessionAttempts', { id: s.id })).toEqual(before.attempts);
    expect(await call(again, 'practice:questionAttempts', { questionId: fumbled.questionId })).toEqual(before.byQuestion);
    expect(await call(again, 'practice:history', {})).toEqual(before.history);
    expect(await call(again, 'practice:queue', {})).toEqual(
      before.queue.map((d) => (d.isNew ? { ...d, due: expect.any(String) } : d)),
    );
    expect(await call(again, 'practice:dueCount', undefined)).toEqual(before.counts);
    const recording = await call(again, 'recording:get', { id: rec.id });
    expect(recording).toEqual(before.recording);
    expect(Buffer.from(recording.data, 'base64').toString()).toBe('first chunk|second chunk');

    // The ungraded answer survived and can still be graded after the reload.
    const graded = await call(again, 'practice:grade', { attemptId: before.attempts[other].id, grade: 'good', keyPoints: [] });
    expect(graded.answerText).toBe('typed, then the window closed');
    expect(fs.existsSync(recordingPath(again.database.db, dir, rec.id))).toBe(true);
  });

  it('sessionAttempts and questionAttempts of unknown ids are NOT_FOUND', async () => {
    const { core } = await open();
    expect((await fail(core, 'practice:sessionAttempts', { id: 77 })).code).toBe('NOT_FOUND');
    expect((await fail(core, 'practice:questionAttempts', { questionId: 77_777 })).code).toBe('NOT_FOUND');
  });
});
