// Where a session stands, worked out from its questions and the attempts saved so far.
import type { Attempt, CheckedPoint, Grade, PracticeSession, SessionQuestion } from '@shared/practice-schemas';

const GRADE_VALUE: Record<Grade, number> = { again: 1, hard: 2, good: 3, easy: 4 };

/** One question of a finished (or left) session, as the summary shows it. */
export interface SummaryRow {
  question: SessionQuestion;
  attempt: Attempt | null;
}

/** Covered and total key points of a checklist. */
export function coverage(points: readonly CheckedPoint[]): { covered: number; total: number } {
  return { covered: points.filter((p) => p.covered).length, total: points.length };
}

/**
 * Where to pick a session up: the first question without a graded answer. An answer saved but not graded is
 * picked up at its feedback, so the typed words are never asked for twice. Equal to the length when all are done.
 */
export function resumePosition(session: PracticeSession, attempts: readonly Attempt[]): number {
  const graded = new Set(attempts.filter((a) => a.grade !== null).map((a) => a.position));
  const index = session.questions.findIndex((q) => !graded.has(q.position));
  return index === -1 ? session.questions.length : index;
}

/** Every question in order with its attempt, if there is one. */
export function summaryRows(session: PracticeSession, attempts: readonly Attempt[]): SummaryRow[] {
  const byPosition = new Map(attempts.map((a) => [a.position, a]));
  return session.questions.map((question) => ({ question, attempt: byPosition.get(question.position) ?? null }));
}

/** The mean grade (1 = Again ... 4 = Easy) of the graded attempts, or null when none is graded. */
export function averageGrade(attempts: readonly Attempt[]): number | null {
  const values = attempts.flatMap((a) => (a.grade ? [GRADE_VALUE[a.grade]] : []));
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
}
