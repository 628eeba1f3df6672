import type Database from 'better-sqlite3';

/**
 * Seeds `count` review cards, each on its own question, with due dates spread over a year around now,
 * so the due queue has to find today's few hundred among many.
 */
export function seedReviewItems(db: Database.Database, count: number, now: Date): void {
  const insertQuestion = db.prepare(
    "INSERT INTO questions (text, category, source, created_at) VALUES (?, 'behavioural', 'custom', ?)",
  );
  const insertCard = db.prepare(`INSERT INTO review_items
    (question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, created_at)
    VALUES (?, ?, ?, 5, 3, 10, 0, 4, ?, 2, ?, ?)`);
  const stamp = now.toISOString();
  db.transaction(() => {
    for (let n = 0; n < count; n++) {
      const id = Number(
        insertQuestion.run(`Bench question ${n}: tell me about a time number ${n} went wrong?`, stamp).lastInsertRowid,
      );
      const due = new Date(now.getTime() + (((n * 7919) % 365) - 180) * 86_400_000).toISOString();
      insertCard.run(id, due, 1 + (n % 50), n % 5, stamp, stamp);
    }
  })();
}
