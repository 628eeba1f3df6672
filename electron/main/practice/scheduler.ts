import { createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Grade } from '../../shared/practice-schemas';

/** A review card as stored in review_items. */
export interface CardRow {
  question_id: number;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
}

const RATINGS: Record<Grade, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
// Fuzz off: the same answers give the same schedule, which people can reason about and tests can check.
const scheduler = fsrs({ enable_fuzz: false });

function toCard(row: CardRow): Card {
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsed_days,
    scheduled_days: row.scheduled_days,
    learning_steps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.last_review ? new Date(row.last_review) : undefined,
  };
}

/** Applies one grade with ts-fsrs and returns the card's next state as a row; a question without a card starts fresh. */
export function nextCard(questionId: number, current: CardRow | undefined, grade: Grade, now: Date): CardRow {
  const card = current ? toCard(current) : createEmptyCard(now);
  const { card: next } = scheduler.next(card, now, RATINGS[grade]);
  return {
    question_id: questionId,
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    elapsed_days: next.elapsed_days,
    scheduled_days: next.scheduled_days,
    learning_steps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    last_review: next.last_review ? next.last_review.toISOString() : now.toISOString(),
  };
}
