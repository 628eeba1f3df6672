import { createEmptyCard, fsrs, Rating, State, StrategyMode, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { AGAIN_STEP_MINUTES, nextCard, previewGrades, type CardRow } from '../../../../electron/main/practice/scheduler';
import { GRADES, type Grade } from '../../../../electron/shared/practice-schemas';

const T0 = new Date('2026-03-10T12:00:00.000Z');
const dueMs = (row: CardRow) => Date.parse(row.due);
const DAY = 24 * 3600_000;
const CARD_FIELDS = [
  'question_id',
  'due',
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
  'last_review',
].sort();

/** Grades a card through a sequence, each review at the moment the card falls due; returns every row. */
function walk(grades: Grade[], start = T0): CardRow[] {
  const rows: CardRow[] = [];
  let row: CardRow | undefined;
  let at = start;
  for (const g of grades) {
    row = nextCard(1, row, g, at);
    rows.push(row);
    at = new Date(row.due);
  }
  return rows;
}

/** A card that has graduated to the Review state with a multi-day interval. */
function reviewedCard(): CardRow {
  const rows = walk(['good', 'good', 'good']);
  const last = rows[rows.length - 1];
  expect(last.state).toBe(State.Review);
  expect(last.scheduled_days).toBeGreaterThanOrEqual(1);
  return last;
}

describe('nextCard from a new card', () => {
  it('schedules Again sooner than Hard, Hard sooner than Good, Good sooner than Easy, all after now', () => {
    const due = GRADES.map((g) => dueMs(nextCard(7, undefined, g, T0)));
    for (const d of due) expect(d).toBeGreaterThan(T0.getTime());
    for (let i = 1; i < due.length; i++) expect(due[i]).toBeGreaterThan(due[i - 1]);
    // Again comes back at once; Hard, Good and Easy each go to whole days, never to later the same day.
    expect(due[0] - T0.getTime()).toBe(AGAIN_STEP_MINUTES * 60_000);
    for (const d of due.slice(1)) expect((d - T0.getTime()) % DAY).toBe(0);
    expect(due.slice(1).map((d) => (d - T0.getTime()) / DAY)).toEqual([1, 2, 8]);
  });

  it('Good on a new card is days away, never "later today" (no 10-minute learning step)', () => {
    const good = nextCard(7, undefined, 'good', T0);
    expect(good.state).toBe(State.Review);
    expect(good.scheduled_days).toBeGreaterThanOrEqual(2);
    expect(dueMs(good) - T0.getTime()).toBe(good.scheduled_days * DAY);
  });

  it('counts one repetition and no lapse for every grade, and stamps the review time', () => {
    for (const g of GRADES) {
      const row = nextCard(7, undefined, g, T0);
      expect(row).toMatchObject({ question_id: 7, reps: 1, lapses: 0, last_review: T0.toISOString() });
      expect(row.stability).toBeGreaterThan(0);
      expect(row.difficulty).toBeGreaterThan(0);
    }
    expect(nextCard(7, undefined, 'again', T0).state).toBe(State.Learning);
    for (const g of ['hard', 'good', 'easy'] as const) expect(nextCard(7, undefined, g, T0).state).toBe(State.Review);
  });

  it('gives a row with exactly the review_items fields, the due as an ISO string', () => {
    const row = nextCard(7, undefined, 'good', T0);
    expect(Object.keys(row).sort()).toEqual(CARD_FIELDS);
    expect(row.due).toBe(new Date(row.due).toISOString());
  });
});

describe('nextCard from a reviewed card', () => {
  it('orders Again < Hard < Good < Easy when graded on the due day', () => {
    const card = reviewedCard();
    const at = new Date(card.due);
    const due = GRADES.map((g) => dueMs(nextCard(1, card, g, at)));
    for (let i = 1; i < due.length; i++) expect(due[i]).toBeGreaterThan(due[i - 1]);
    // Good after a review is further away than the card's last interval; Again is back within a day.
    expect(due[2] - at.getTime()).toBeGreaterThan(card.scheduled_days * 24 * 3600_000);
    expect(due[0] - at.getTime()).toBeLessThan(24 * 3600_000);
  });

  it('Again on a reviewed card is a lapse and moves it to relearning; the others keep lapses', () => {
    const card = reviewedCard();
    const at = new Date(card.due);
    const again = nextCard(1, card, 'again', at);
    expect(again).toMatchObject({ reps: card.reps + 1, lapses: card.lapses + 1, state: State.Relearning });
    expect(again.stability).toBeLessThan(card.stability);
    for (const g of ['hard', 'good', 'easy'] as const) {
      expect(nextCard(1, card, g, at)).toMatchObject({ reps: card.reps + 1, lapses: card.lapses, state: State.Review });
    }
  });

  it('counts reps on every grade and lapses only on Again in review, through a long history', () => {
    const grades: Grade[] = ['good', 'good', 'good', 'again', 'good', 'good', 'again', 'hard', 'easy'];
    const rows = walk(grades);
    expect(rows.map((r) => r.reps)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows[rows.length - 1].lapses).toBe(2);
  });
});

describe('nextCard from a card answered Again', () => {
  it('Again again stays at once; Hard, Good and Easy leave today', () => {
    const again = nextCard(1, undefined, 'again', T0);
    const at = new Date(again.due);
    expect(nextCard(1, again, 'again', at).due).toBe(new Date(at.getTime() + AGAIN_STEP_MINUTES * 60_000).toISOString());
    for (const g of ['hard', 'good', 'easy'] as const) {
      const next = nextCard(1, again, g, at);
      expect(next.state).toBe(State.Review);
      expect(dueMs(next) - at.getTime()).toBeGreaterThanOrEqual(DAY);
    }
  });

  it('a lapse in review relearns at once, and graduates back to days on any other grade', () => {
    const lapse = nextCard(1, reviewedCard(), 'again', new Date(reviewedCard().due));
    const at = new Date(lapse.due);
    for (const g of ['hard', 'good', 'easy'] as const)
      expect(dueMs(nextCard(1, lapse, g, at)) - at.getTime()).toBeGreaterThanOrEqual(DAY);
  });
});

describe('previewGrades', () => {
  it('gives for each grade exactly the due date nextCard saves, for a new card and through a history', () => {
    let row: CardRow | undefined;
    let at = T0;
    for (const g of ['good', 'again', 'hard', 'good', 'easy', 'again', 'good'] as const) {
      const preview = previewGrades(row, at);
      for (const each of GRADES) expect(preview[each]).toBe(nextCard(1, row, each, at).due);
      row = nextCard(1, row, g, at);
      at = new Date(Date.parse(row.due) + 5 * 3600_000);
    }
  });

  it('names all four grades, in order Again <= Hard <= Good <= Easy', () => {
    const preview = previewGrades(reviewedCard(), new Date(reviewedCard().due));
    expect(Object.keys(preview).sort()).toEqual([...GRADES].sort());
    const ms = GRADES.map((g) => Date.parse(preview[g]));
    for (let i = 1; i < ms.length; i++) expect(ms[i]).toBeGreaterThanOrEqual(ms[i - 1]);
  });
});

describe('nextCard round trip', () => {
  it('matches ts-fsrs (fuzz off, a one-minute step for Again only) driven directly with its own Card objects', () => {
    const f = fsrs({ enable_fuzz: false }).useStrategy(StrategyMode.LEARNING_STEPS, () => ({
      [Rating.Again]: { scheduled_minutes: 1, next_step: 0 },
    }));
    const grades: Grade[] = ['again', 'good', 'good', 'hard', 'again', 'good', 'easy', 'good'];
    const ratings = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;
    let card: Card = createEmptyCard(T0);
    let row: CardRow | undefined;
    let at = T0;
    for (const g of grades) {
      card = f.next(card, at, ratings[g]).card;
      row = nextCard(3, row, g, at);
      expect(row).toEqual({
        question_id: 3,
        due: card.due.toISOString(),
        stability: card.stability,
        difficulty: card.difficulty,
        elapsed_days: card.elapsed_days,
        scheduled_days: card.scheduled_days,
        learning_steps: card.learning_steps,
        reps: card.reps,
        lapses: card.lapses,
        state: card.state,
        last_review: at.toISOString(),
      });
      // Review a little after it is due, as a person would.
      at = new Date(card.due.getTime() + 3 * 3600_000);
    }
  });

  it('gives the same next state from a row that went through JSON (as it comes back from SQLite)', () => {
    const card = reviewedCard();
    const stored = JSON.parse(JSON.stringify(card)) as CardRow;
    const at = new Date(Date.parse(card.due) + 86_400_000);
    for (const g of GRADES) expect(nextCard(1, stored, g, at)).toEqual(nextCard(1, card, g, at));
  });

  it('is deterministic: the same card, grade and time give the same schedule', () => {
    const card = reviewedCard();
    const at = new Date(Date.parse(card.due) + 5 * 86_400_000);
    expect(nextCard(1, card, 'good', at)).toEqual(nextCard(1, { ...card }, 'good', at));
  });

  it('does not change the row it was given', () => {
    const card = reviewedCard();
    const copy = { ...card };
    nextCard(1, card, 'again', new Date(card.due));
    expect(card).toEqual(copy);
  });
});
