import type Database from 'better-sqlite3';
import type { QuestionCategory } from '../../shared/journal-schemas';
import type { Grade } from '../../shared/practice-schemas';

/** String bounds over interviews.held_at (see heldBounds). */
export interface HeldBounds {
  from: string;
  to: string;
}

/** A rated interview on the trend chart's axis. */
interface TrendInterviewRow {
  id: number;
  company: string;
  held_at: string;
}

// Live interviews held in the range. Built-in areas only: custom-N keys are numbered per interview, so custom-1
// here and custom-1 there are unrelated areas and cannot share a line.
const LIVE_IN_RANGE = 'i.deleted_at IS NULL AND i.held_at >= @from AND i.held_at < @to';
const RATED = 'r.rating IS NOT NULL AND r.custom = 0';

/** SQL for the insights charts: read-only, each a single indexed query. */
export function createInsightsRepo(db: Database.Database) {
  const ratedInterviews = db.prepare<
    HeldBounds & { limit: number },
    TrendInterviewRow
  >(`SELECT i.id, i.company, i.held_at FROM interviews i
    WHERE ${LIVE_IN_RANGE} AND EXISTS (SELECT 1 FROM reflections r WHERE r.interview_id = i.id AND ${RATED})
    ORDER BY i.held_at DESC, i.id DESC LIMIT @limit`);
  const ratedCount = db
    .prepare<HeldBounds, number>(
      `SELECT count(*) FROM interviews i
    WHERE ${LIVE_IN_RANGE} AND EXISTS (SELECT 1 FROM reflections r WHERE r.interview_id = i.id AND ${RATED})`,
    )
    .pluck();
  const ratingsOf = db.prepare<
    [string],
    { interview_id: number; area: string; rating: number }
  >(`SELECT r.interview_id, r.area, r.rating FROM reflections r
    WHERE r.interview_id IN (SELECT value FROM json_each(?)) AND ${RATED}`);
  // IN rather than a join: the covering index on rated areas is read in order, each id checked against the live ones.
  const areaAverages = db.prepare<
    HeldBounds,
    { area: string; average: number; count: number }
  >(`SELECT r.area, avg(r.rating) AS average, count(*) AS count FROM reflections r
    WHERE ${RATED} AND r.interview_id IN (SELECT i.id FROM interviews i WHERE ${LIVE_IN_RANGE}) GROUP BY r.area`);
  const categories = db.prepare<
    HeldBounds,
    { category: QuestionCategory; asked: number; fumbled: number }
  >(`SELECT q.category, count(*) AS asked, sum(iq.how_it_went = 'fumbled') AS fumbled
    FROM interview_questions iq JOIN interviews i ON i.id = iq.interview_id JOIN questions q ON q.id = iq.question_id
    WHERE ${LIVE_IN_RANGE} GROUP BY q.category`);
  // Grouped by UTC minute: every time zone's offset is whole minutes, so each group falls in one local day,
  // and the service turns minutes into days without reading every attempt.
  const gradesByMinute = db.prepare<
    { from: string; to: string },
    { minute: string; grade: Grade; n: number }
  >(`SELECT substr(created_at, 1, 16) AS minute, grade, count(*) AS n FROM attempts
    WHERE grade IS NOT NULL AND created_at >= @from AND created_at < @to GROUP BY minute, grade`);
  const answersByMinute = db.prepare<
    { to: string },
    { minute: string; n: number }
  >(`SELECT substr(created_at, 1, 16) AS minute, count(*) AS n FROM attempts
    WHERE created_at < @to GROUP BY minute`);
  const dueBefore = db.prepare<[string], number>('SELECT count(*) FROM review_items WHERE due < ?').pluck();
  const dueBetween = db.prepare<[string, string], number>('SELECT count(*) FROM review_items WHERE due >= ? AND due < ?').pluck();

  return {
    /** The latest `limit` interviews in range with a rated built-in area, newest first. */
    ratedInterviews: (b: HeldBounds, limit: number) => ratedInterviews.all({ ...b, limit }),
    ratedCount: (b: HeldBounds) => ratedCount.get(b)!,
    ratingsOf: (ids: number[]) => ratingsOf.all(JSON.stringify(ids)),
    areaAverages: (b: HeldBounds) => areaAverages.all(b),
    categories: (b: HeldBounds) => categories.all(b),
    gradesByMinute: (from: string, to: string) => gradesByMinute.all({ from, to }),
    answersByMinute: (to: string) => answersByMinute.all({ to }),
    /** Cards due strictly before an instant. */
    dueBefore: (instant: string) => dueBefore.get(instant)!,
    /** Cards due in [from, to). */
    dueBetween: (from: string, to: string) => dueBetween.get(from, to)!,
  };
}

export type InsightsRepo = ReturnType<typeof createInsightsRepo>;
