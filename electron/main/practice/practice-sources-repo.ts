import type Database from 'better-sqlite3';
import type { QuestionCategory } from '../../shared/journal-schemas';

/** SQL that reads the journal and the bank for practice: what to ask, and which key points to look for. */
export function createPracticeSourcesRepo(db: Database.Database) {
  const question = db.prepare<[number], { id: number; text: string; category: QuestionCategory; hints: string }>(
    'SELECT id, text, category, hints FROM questions WHERE id = ?',
  );
  const journalPoints = db
    .prepare<[number], string>(
      `SELECT kp.text FROM key_points kp
    JOIN interview_questions iq ON iq.id = kp.interview_question_id
    JOIN interviews i ON i.id = iq.interview_id AND i.deleted_at IS NULL
    WHERE iq.question_id = ? ORDER BY i.held_at DESC, kp.position`,
    )
    .pluck();
  const lastAsked = db.prepare<
    [number],
    { company: string; how_it_went: string | null }
  >(`SELECT i.company, iq.how_it_went FROM interview_questions iq
    JOIN interviews i ON i.id = iq.interview_id AND i.deleted_at IS NULL
    WHERE iq.question_id = ? ORDER BY i.held_at DESC LIMIT 1`);
  const interview = db.prepare<[number], { id: number; company: string; held_at: string }>(
    'SELECT id, company, held_at FROM interviews WHERE id = ? AND deleted_at IS NULL',
  );
  const interviewQuestions = db
    .prepare<[number], number>('SELECT question_id FROM interview_questions WHERE interview_id = ? ORDER BY position, id')
    .pluck();
  // Never-practised questions, in id order; the service shuffles them.
  const bankAll = db
    .prepare<[number], number>(
      `SELECT q.id FROM questions q
    WHERE NOT EXISTS (SELECT 1 FROM attempts a WHERE a.question_id = q.id) ORDER BY q.id LIMIT ?`,
    )
    .pluck();
  const bankIn = db
    .prepare<[QuestionCategory, number], number>(
      `SELECT q.id FROM questions q WHERE q.category = ?
    AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.question_id = q.id) ORDER BY q.id LIMIT ?`,
    )
    .pluck();
  // Already-practised questions, least recently practised first: what a session falls back on once the bank is used up.
  const practisedIn = db
    .prepare<{ category: QuestionCategory | null; limit: number }, number>(
      `SELECT a.question_id FROM attempts a JOIN questions q ON q.id = a.question_id
    WHERE @category IS NULL OR q.category = @category
    GROUP BY a.question_id ORDER BY max(a.created_at), a.question_id LIMIT @limit`,
    )
    .pluck();
  // The categories fumbled most among the latest few hundred fumbles: recent trouble matters more than old.
  // CROSS JOIN keeps interview_questions as the outer loop, read newest first and stopped after 300.
  const weakCategories = db
    .prepare<[], QuestionCategory>(
      `SELECT q.category FROM (SELECT iq.question_id FROM interview_questions iq
      CROSS JOIN interviews i ON i.id = iq.interview_id AND i.deleted_at IS NULL
      WHERE iq.how_it_went = 'fumbled' ORDER BY iq.id DESC LIMIT 300) f
    JOIN questions q ON q.id = f.question_id GROUP BY q.category ORDER BY count(*) DESC`,
    )
    .pluck();

  return {
    question: (id: number) => question.get(id),
    journalPoints: (questionId: number) => journalPoints.all(questionId),
    lastAsked: (questionId: number) => lastAsked.get(questionId),
    interview: (id: number) => interview.get(id),
    interviewQuestions: (interviewId: number) => interviewQuestions.all(interviewId),
    bank: (category: QuestionCategory | null, limit: number) => (category ? bankIn.all(category, limit) : bankAll.all(limit)),
    practisedLongestAgo: (category: QuestionCategory | null, limit: number) => practisedIn.all({ category, limit }),
    weakCategories: () => weakCategories.all(),
  };
}

export type PracticeSourcesRepo = ReturnType<typeof createPracticeSourcesRepo>;
