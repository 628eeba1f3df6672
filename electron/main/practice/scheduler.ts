import {
  createEmptyCard,
  fsrs,
  Rating,
  StrategyMode,
  type Card,
  type Grade as FsrsGrade,
  type TLearningStepsStrategy,
} from 'ts-fsrs';
import { GRADES, type Grade } from '../../shared/practice-schemas';

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

/** When each grade would bring a question back, as ISO moments: what the grade buttons show. */
export type GradePreview = Record<Grade, string>;

const RATINGS: Record<Grade, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** Minutes until a question answered "Again" is due: at once, in practice (ts-fsrs needs a step above zero). */
export const AGAIN_STEP_MINUTES = 1;

// A session never asks a question twice, so Anki's minute steps for Hard and Good (6 and 10 minutes) would only
// leave a question "due today" that nobody is going to be asked today. Only Again keeps a short step, so the
// question is due again at once; Hard, Good and Easy go straight to an interval of days from FSRS's stability.
const againOnlySteps: TLearningStepsStrategy = () => ({
  [Rating.Again]: { scheduled_minutes: AGAIN_STEP_MINUTES, next_step: 0 },
});

// Fuzz off: the same answers give the same schedule, which people can reason about and tests can check.
const scheduler = fsrs({ enable_fuzz: false }).useStrategy(StrategyMode.LEARNING_STEPS, againOnlySteps);

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

function toRow(questionId: number, next: Card, now: Date): CardRow {
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

/** Applies one grade with ts-fsrs and returns the card's next state as a row; a question without a card starts fresh. */
export function nextCard(questionId: number, current: CardRow | undefined, grade: Grade, now: Date): CardRow {
  const card = current ? toCard(current) : createEmptyCard(now);
  return toRow(questionId, scheduler.next(card, now, RATINGS[grade]).card, now);
}

/** The due moment each grade would save if chosen now: the same ts-fsrs call as nextCard, for all four at once. */
export function previewGrades(current: CardRow | undefined, now: Date): GradePreview {
  const outcomes = scheduler.repeat(current ? toCard(current) : createEmptyCard(now), now);
  return Object.fromEntries(GRADES.map((g) => [g, outcomes[RATINGS[g]].card.due.toISOString()])) as GradePreview;
}
