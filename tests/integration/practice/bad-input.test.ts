import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import type { RouteName } from '../../../electron/shared/contract';
import { useCores } from '../support/cores';
import { b64 } from '../support/recordings';
import { call, fail } from '../support/routes';
import { counts, saveAnswer, snapshot } from './helpers';

const open = useCores();

/** A data folder with one session, one graded attempt, one ungraded attempt and one linked recording. */
async function seeded(core: Core) {
  const s = await call(core, 'practice:start', { length: 3 });
  const rec = await call(core, 'recording:start', { mimeType: 'audio/webm' });
  await call(core, 'recording:append', { id: rec.id, chunk: b64(Buffer.from('voice')) });
  await call(core, 'recording:finish', { id: rec.id, durationMs: 1_000 });
  const graded = await call(core, 'practice:saveAttempt', {
    sessionId: s.id,
    position: 0,
    answerText: 'graded',
    durationMs: 1_000,
    recordingId: rec.id,
  });
  await call(core, 'practice:grade', { attemptId: graded.id, grade: 'good', keyPoints: [] });
  const ungraded = await saveAnswer(core, s.id, 1, 'ungraded', 1_000);
  const finished = rec.id;
  const open = await call(core, 'recording:start', { mimeType: 'audio/ogg' });
  return { session: s, graded, ungraded, finished, open: open.id };
}

type Case = [label: string, route: RouteName, input: (ids: Awaited<ReturnType<typeof seeded>>) => unknown, code: string];

const CASES: Case[] = [
  ['length 0', 'practice:start', () => ({ length: 0 }), 'VALIDATION'],
  ['length 51', 'practice:start', () => ({ length: 51 }), 'VALIDATION'],
  ['length 2.5', 'practice:start', () => ({ length: 2.5 }), 'VALIDATION'],
  ['length as a string', 'practice:start', () => ({ length: '5' }), 'VALIDATION'],
  ['answerSeconds 45', 'practice:start', () => ({ answerSeconds: 45 }), 'VALIDATION'],
  ['answerSeconds 0', 'practice:start', () => ({ answerSeconds: 0 }), 'VALIDATION'],
  ['thinkSeconds -1', 'practice:start', () => ({ thinkSeconds: -1 }), 'VALIDATION'],
  ['unknown source', 'practice:start', () => ({ source: 'random' }), 'VALIDATION'],
  ['unknown field', 'practice:start', () => ({ length: 3, shuffle: true }), 'VALIDATION'],
  ['unknown interview', 'practice:start', () => ({ source: 'interview', interviewId: 424_242 }), 'NOT_FOUND'],
  ['interview id 0', 'practice:start', () => ({ source: 'interview', interviewId: 0 }), 'VALIDATION'],
  ['dueOnly with a category', 'practice:start', () => ({ source: 'category', category: 'closing', dueOnly: true }), 'VALIDATION'],
  ['dueOnly as a number', 'practice:start', () => ({ dueOnly: 1 }), 'VALIDATION'],
  ['mix of length 51', 'practice:sessionMix', () => ({ length: 51 }), 'VALIDATION'],
  ['mix with a source', 'practice:sessionMix', () => ({ length: 5, source: 'category' }), 'VALIDATION'],
  ['preview of an unknown question', 'practice:gradePreview', () => ({ questionId: 424_242 }), 'NOT_FOUND'],
  ['preview without a question', 'practice:gradePreview', () => ({}), 'VALIDATION'],
  ['grade "perfect"', 'practice:grade', (x) => ({ attemptId: x.ungraded.id, grade: 'perfect', keyPoints: [] }), 'VALIDATION'],
  ['grade missing', 'practice:grade', (x) => ({ attemptId: x.ungraded.id, keyPoints: [] }), 'VALIDATION'],
  ['grade in capitals', 'practice:grade', (x) => ({ attemptId: x.ungraded.id, grade: 'Good', keyPoints: [] }), 'VALIDATION'],
  ['grade an unknown attempt', 'practice:grade', () => ({ attemptId: 424_242, grade: 'good', keyPoints: [] }), 'NOT_FOUND'],
  ['grade a graded attempt', 'practice:grade', (x) => ({ attemptId: x.graded.id, grade: 'again', keyPoints: [] }), 'CONFLICT'],
  [
    'grade with an empty key point',
    'practice:grade',
    (x) => ({ attemptId: x.ungraded.id, grade: 'good', keyPoints: [{ text: '  ', covered: true }] }),
    'VALIDATION',
  ],
  [
    'grade with 41 key points',
    'practice:grade',
    (x) => ({
      attemptId: x.ungraded.id,
      grade: 'good',
      keyPoints: Array.from({ length: 41 }, (_, n) => ({ text: `p${n}`, covered: false })),
    }),
    'VALIDATION',
  ],
  [
    'save into an unknown session',
    'practice:saveAttempt',
    () => ({ sessionId: 424_242, position: 0, answerText: 'x', durationMs: 1 }),
    'NOT_FOUND',
  ],
  [
    'save past the last question',
    'practice:saveAttempt',
    (x) => ({ sessionId: x.session.id, position: 3, answerText: 'x', durationMs: 1 }),
    'VALIDATION',
  ],
  [
    'save at position 50',
    'practice:saveAttempt',
    (x) => ({ sessionId: x.session.id, position: 50, answerText: 'x', durationMs: 1 }),
    'VALIDATION',
  ],
  [
    'save at position -1',
    'practice:saveAttempt',
    (x) => ({ sessionId: x.session.id, position: -1, answerText: 'x', durationMs: 1 }),
    'VALIDATION',
  ],
  [
    'save with a negative duration',
    'practice:saveAttempt',
    (x) => ({ sessionId: x.session.id, position: 2, answerText: 'x', durationMs: -1 }),
    'VALIDATION',
  ],
  [
    'save a text over the limit',
    'practice:saveAttempt',
    (x) => ({ sessionId: x.session.id, position: 2, answerText: 'x'.repeat(100_001), durationMs: 1 }),
    'VALIDATION',
  ],
  [
    'save with an unknown recording',
    'practice:saveAttempt',
    (x) => ({ sessionId: x.session.id, position: 2, answerText: 'x', durationMs: 1, recordingId: 424_242 }),
    'NOT_FOUND',
  ],
  [
    'save over a graded answer',
    'practice:saveAttempt',
    (x) => ({ sessionId: x.session.id, position: 0, answerText: 'x', durationMs: 1 }),
    'CONFLICT',
  ],
  [
    'analyze an unknown question',
    'practice:analyze',
    () => ({ questionId: 424_242, answerText: 'x', durationMs: 1 }),
    'NOT_FOUND',
  ],
  ['attempts of an unknown question', 'practice:questionAttempts', () => ({ questionId: 424_242 }), 'NOT_FOUND'],
  ['attempts of an unknown session', 'practice:sessionAttempts', () => ({ id: 424_242 }), 'NOT_FOUND'],
  ['an unknown session', 'practice:session', () => ({ id: 424_242 }), 'NOT_FOUND'],
  ['end an unknown session', 'practice:end', () => ({ id: 424_242 }), 'NOT_FOUND'],
  ['delete an unknown attempt', 'practice:deleteAttempt', () => ({ id: 424_242 }), 'NOT_FOUND'],
  ['queue limit 0', 'practice:queue', () => ({ limit: 0 }), 'VALIDATION'],
  ['history limit 201', 'practice:history', () => ({ limit: 201 }), 'VALIDATION'],
  ['recording of video/mp4', 'recording:start', () => ({ mimeType: 'video/mp4' }), 'VALIDATION'],
  ['recording of text/plain', 'recording:start', () => ({ mimeType: 'text/plain' }), 'VALIDATION'],
  ['recording of audio/wav', 'recording:start', () => ({ mimeType: 'audio/wav' }), 'VALIDATION'],
  ['recording of an empty type', 'recording:start', () => ({ mimeType: '' }), 'VALIDATION'],
  ['recording type over 100 characters', 'recording:start', () => ({ mimeType: `audio/webm;${'x'.repeat(100)}` }), 'VALIDATION'],
  ['append invalid base64', 'recording:append', (x) => ({ id: x.open, chunk: 'not base64!' }), 'VALIDATION'],
  ['append base64 with a bad length', 'recording:append', (x) => ({ id: x.open, chunk: 'abcde' }), 'VALIDATION'],
  ['append to an unknown recording', 'recording:append', () => ({ id: 424_242, chunk: 'AAAA' }), 'NOT_FOUND'],
  ['append to a finished recording', 'recording:append', (x) => ({ id: x.finished, chunk: 'AAAA' }), 'CONFLICT'],
  ['finish an unknown recording', 'recording:finish', () => ({ id: 424_242, durationMs: 1 }), 'NOT_FOUND'],
  ['get an unknown recording', 'recording:get', () => ({ id: 424_242 }), 'NOT_FOUND'],
  ['delete an unknown recording', 'recording:delete', () => ({ id: 424_242 }), 'NOT_FOUND'],
];

describe('bad input writes nothing', () => {
  it.each(CASES)('%s → %s is refused', async (_label, route, input, code) => {
    const { core, db, dir } = await open();
    const ids = await seeded(core);
    const before = snapshot(db, dir);
    const err = await fail(core, route, input(ids));
    expect(err.code).toBe(code);
    expect(err.message.length).toBeGreaterThan(0);
    expect(snapshot(db, dir)).toEqual(before);
  });

  it('the seed itself wrote what the snapshots compare', async () => {
    const { core, db } = await open();
    await seeded(core);
    expect(counts(db)).toEqual({ practice_sessions: 1, attempts: 2, review_items: 1, recordings: 2 });
  });

  it('says which field is wrong, in plain words', async () => {
    const { core } = await open();
    const length = await fail(core, 'practice:start', { length: 51 });
    expect(length.details).toEqual([{ path: 'length', message: 'At most 50 questions.' }]);
    const seconds = await fail(core, 'practice:start', { answerSeconds: 45 });
    expect(seconds.details?.[0]).toMatchObject({
      path: 'answerSeconds',
      message: 'Choose 60, 90, 120 or 180 seconds, or no limit.',
    });
    const s = await call(core, 'practice:start', { length: 1 });
    const a = await call(core, 'practice:saveAttempt', { sessionId: s.id, position: 0, answerText: '', durationMs: 0 });
    const grade = await fail(core, 'practice:grade', { attemptId: a.id, grade: 'perfect', keyPoints: [] });
    expect(grade.details?.[0]).toMatchObject({ path: 'grade', message: 'Choose Again, Hard, Good or Easy.' });
    const position = await fail(core, 'practice:saveAttempt', { sessionId: s.id, position: 1, answerText: '', durationMs: 0 });
    expect(position.details).toEqual([{ path: 'position', message: 'Out of range.' }]);
    const type = await fail(core, 'recording:start', { mimeType: 'video/mp4' });
    expect(type.details).toEqual([{ path: 'mimeType', message: 'Unsupported type.' }]);
  });
});
