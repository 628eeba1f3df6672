import type Database from 'better-sqlite3';
import type { DueItem, Grade } from '../../shared/practice-schemas';
import type { CardRow } from './scheduler';

// Questions asked in a live interview that went badly: fumbled, or with a key point not got across.
// A UNION of two indexed lookups rather than one OR, which would scan every asked question.
const NEEDS_PRACTICE = `SELECT iq.question_id FROM interview_questions iq
    JOIN interviews i ON i.id = iq.interview_id AND i.deleted_at IS NULL WHERE iq.how_it_went = 'fumbled'
  UNION
  SELECT iq.question_id FROM key_points kp JOIN interview_questions iq ON iq.id = kp.interview_question_id
    JOIN interviews i ON i.id = iq.interview_id AND i.deleted_at IS NULL WHERE kp.missed = 1`;

interface QueueRow {
  question_id: number;
  text: string;
  category: DueItem['category'];
  due: string;
  is_new: number;
  lapses: number;
  last_grade: Grade | null;
}

const LAST_GRADE = `(SELECT a.grade FROM attempts a WHERE a.question_id = q.id AND a.grade IS NOT NULL
  ORDER BY a.created_at DESC, a.id DESC LIMIT 1)`;

/** SQL for FSRS cards and the due queue. Cards are created on a question's first grade. */
export function createReviewRepo(db: Database.Database) {
  const get = db.prepare<[number], CardRow>('SELECT * FROM review_items WHERE question_id = ?');
  const upsert = db.prepare(`INSERT INTO review_items
    (question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, created_at)
    VALUES (@question_id, @due, @stability, @difficulty, @elapsed_days, @scheduled_days, @learning_steps, @reps, @lapses, @state, @last_review, @now)
    ON CONFLICT (question_id) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
      elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
      reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review`);
  const dueCards = db.prepare<
    { until: string; limit: number },
    QueueRow
  >(`SELECT r.question_id, q.text, q.category, r.due, 0 AS is_new, r.lapses, ${LAST_GRADE} AS last_grade
    FROM review_items r JOIN questions q ON q.id = r.question_id
    WHERE r.due <= @until ORDER BY r.due, r.question_id LIMIT @limit`);
  const dueCount = db.prepare<[string], number>('SELECT count(*) FROM review_items WHERE due <= ?').pluck();
  const newFromJournal = db.prepare<
    { now: string; limit: number },
    QueueRow
  >(`SELECT q.id AS question_id, q.text, q.category, @now AS due, 1 AS is_new, 0 AS lapses, NULL AS last_grade
    FROM questions q WHERE q.id IN (${NEEDS_PRACTICE})
    AND NOT EXISTS (SELECT 1 FROM review_items r WHERE r.question_id = q.id)
    ORDER BY q.id DESC LIMIT @limit`);
  const newCount = db
    .prepare<[], number>(
      `SELECT count(*) FROM (${NEEDS_PRACTICE}) c
    WHERE NOT EXISTS (SELECT 1 FROM review_items r WHERE r.question_id = c.question_id)`,
    )
    .pluck();
  const weakest = db
    .prepare<[string, number], number>(
      `SELECT r.question_id FROM review_items r WHERE r.due > ?
    ORDER BY r.lapses DESC, r.stability ASC, r.question_id LIMIT ?`,
    )
    .pluck();

  const changes = db.prepare<[], number>('SELECT total_changes()').pluck();
  let counted: { key: string; value: { dueToday: number; newFromJournal: number } } | null = null;

  return {
    get: (questionId: number) => get.get(questionId),
    save: (row: CardRow, now: string) => void upsert.run({ ...row, now }),
    /** Cards due by `until`, oldest first, then journal questions that need practice and have no card yet. */
    queue(until: string, now: string, limit: number): DueItem[] {
      const cards = dueCards.all({ until, limit });
      const fresh = cards.length < limit ? newFromJournal.all({ now, limit: limit - cards.length }) : [];
      return [...cards, ...fresh].map((r) => ({
        questionId: r.question_id,
        text: r.text,
        category: r.category,
        due: r.due,
        isNew: r.is_new === 1,
        lapses: r.lapses,
        lastGrade: r.last_grade,
      }));
    },
    /**
     * Cards due by `until`, and journal questions waiting for their first card. Counting the latter reads every missed
     * key point, and the navigation badge and the plan ask often; the answer changes only after a write through this
     * connection or with a new `until`, so it is kept until then.
     */
    counts(until: string): { dueToday: number; newFromJournal: number } {
      const key = `${changes.get()!}|${until}`;
      if (counted?.key !== key) counted = { key, value: { dueToday: dueCount.get(until)!, newFromJournal: newCount.get()! } };
      return counted.value;
    },
    weakest: (now: string, limit: number) => weakest.all(now, limit),
  };
}

export type ReviewRepo = ReturnType<typeof createReviewRepo>;
