import type Database from 'better-sqlite3';
import type { Core } from '../../../electron/main/core';
import type { RouteOutput } from '../../../electron/shared/contract';
import { recordingFiles } from '../support/recordings';
import { call } from '../support/routes';
import { countRows, rowsOf } from '../support/rows';

/** Every table practice writes to, for "a bad input writes nothing" snapshots. */
export const PRACTICE_TABLES = ['practice_sessions', 'attempts', 'review_items', 'recordings'] as const;

/** Row counts of every practice table. */
export const counts = (db: Database.Database) => countRows(db, PRACTICE_TABLES);

/** Every practice row and every file in the recordings folder (name and size): anything a write would change. */
export function snapshot(db: Database.Database, dir: string): unknown {
  return { counts: counts(db), rows: rowsOf(db, PRACTICE_TABLES), files: recordingFiles(dir) };
}

/** The stored card of a question, or undefined. */
export function card(db: Database.Database, questionId: number): Record<string, unknown> | undefined {
  return db.prepare('SELECT * FROM review_items WHERE question_id = ?').get(questionId) as Record<string, unknown> | undefined;
}

/** Saves an answer at a position of a session, as the practice screen does (with its recording, if any); returns the attempt. */
export function saveAnswer(
  core: Core,
  sessionId: number,
  position: number,
  answerText: string,
  durationMs: number,
  recordingId?: number,
): Promise<RouteOutput<'practice:saveAttempt'>> {
  return call(core, 'practice:saveAttempt', {
    sessionId,
    position,
    answerText,
    durationMs,
    ...(recordingId === undefined ? {} : { recordingId }),
  });
}

/** Saves and grades one answer at a position; returns the graded attempt. */
export async function answerAndGrade(
  core: Core,
  sessionId: number,
  position: number,
  grade: 'again' | 'hard' | 'good' | 'easy',
  answerText = 'An answer.',
): Promise<RouteOutput<'practice:grade'>> {
  const saved = await saveAnswer(core, sessionId, position, answerText, 30_000);
  return call(core, 'practice:grade', { attemptId: saved.id, grade, keyPoints: saved.keyPoints });
}

/** The category of a question. */
export function categoryOf(db: Database.Database, questionId: number): string {
  return db.prepare('SELECT category FROM questions WHERE id = ?').pluck().get(questionId) as string;
}
