import { createReviewRepo } from '../../electron/main/practice/review-repo';
import { nextCard } from '../../electron/main/practice/scheduler';
import type { BenchCase } from './harness';
import type { BenchContext } from './bench-context';

/** Practice at size: the due queue, building a session, and saving a graded attempt. */
export async function practiceCases(ctx: BenchContext): Promise<BenchCase[]> {
  const { db, iterations } = ctx;
  const reviews = createReviewRepo(db);
  const until = new Date();
  until.setHours(23, 59, 59, 999);
  const queueRaw = db.prepare(`SELECT r.question_id, q.text, q.category, r.due, r.lapses,
      (SELECT a.grade FROM attempts a WHERE a.question_id = q.id AND a.grade IS NOT NULL ORDER BY a.created_at DESC, a.id DESC LIMIT 1)
    FROM review_items r JOIN questions q ON q.id = r.question_id WHERE r.due <= ? ORDER BY r.due, r.question_id LIMIT 50`);

  // Grading needs a fresh ungraded attempt each time: make enough of them up front, outside the timing.
  const warmup = Math.max(5, Math.floor(iterations / 10));
  const attempts: number[] = [];
  for (let n = 0; n < 2 * (iterations + warmup); n++) {
    const session = (await ctx.call('practice:start', { length: 1, source: 'category', category: 'technical' })) as {
      id: number;
    };
    const attempt = (await ctx.call('practice:saveAttempt', {
      sessionId: session.id,
      position: 0,
      answerText: 'I would reproduce it first, then bisect.',
      durationMs: 40_000,
    })) as { id: number };
    attempts.push(attempt.id);
  }
  const attemptRow = db.prepare('SELECT question_id FROM attempts WHERE id = ?').pluck();
  const cardRow = db.prepare('SELECT * FROM review_items WHERE question_id = ?');
  const gradeRow = db.prepare("UPDATE attempts SET grade = 'good', key_points = '[]', due_after = ? WHERE id = ?");
  const upsertCard = db.prepare(`INSERT OR REPLACE INTO review_items
    (question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, created_at)
    VALUES (@question_id, @due, @stability, @difficulty, @elapsed_days, @scheduled_days, @learning_steps, @reps, @lapses, @state, @last_review, @last_review)`);
  // The same reads, FSRS step and writes as the route, without parsing and the router.
  const gradeRaw = db.transaction((id: number) => {
    const questionId = attemptRow.get(id) as number;
    const card = nextCard(questionId, cardRow.get(questionId) as never, 'good', new Date());
    gradeRow.run(card.due, id);
    upsertCard.run(card);
  });

  return [
    {
      name: 'practice:queue (due, 50)',
      route: () => ctx.call('practice:queue', { limit: 50 }),
      raw: () => queueRaw.all(until.toISOString()),
      targetP95Ms: 20,
    },
    {
      // Cached between writes; the raw side is the uncached count, as after any edit.
      name: 'practice:dueCount (nav badge)',
      route: () => ctx.call('practice:dueCount'),
      raw: () => reviews.counts(until.toISOString()),
    },
    {
      name: 'practice:start (build, 5)',
      route: () => ctx.call('practice:start', { length: 5 }),
    },
    {
      name: 'practice:sessionMix (start form, 5)',
      route: () => ctx.call('practice:sessionMix', { length: 5 }),
    },
    {
      name: 'practice:gradePreview (grade buttons)',
      route: () => ctx.call('practice:gradePreview', { questionId: attemptRow.get(attempts[0]) as number }),
      targetP95Ms: 5,
    },
    {
      name: 'practice:grade (graded attempt)',
      route: () => ctx.call('practice:grade', { attemptId: attempts.pop()!, grade: 'good', keyPoints: [] }),
      raw: () => gradeRaw(attempts.pop()!),
      targetP95Ms: 5,
    },
  ];
}
