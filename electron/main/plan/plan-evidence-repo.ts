import type Database from 'better-sqlite3';
import type { QuestionCategory } from '../../shared/journal-schemas';
import type { Grade } from '../../shared/practice-schemas';
import type { HeldBounds } from '../insights/insights-domain';

/** One fumbled question's summary over the range. */
export interface FumbledRow {
  question_id: number;
  text: string;
  category: QuestionCategory;
  times: number;
  /** held_at and id of the latest interview where it was fumbled, as "held_at|id". */
  last_key: string;
  latest_grade: Grade | null;
}

/** One of the lowest ratings of an area, with the interview it was given for. */
interface LowRatedRow {
  id: number;
  company: string;
  held_at: string;
  rating: number;
  went_badly: string;
  notes: string;
}

const LIVE_IN_RANGE = 'i.deleted_at IS NULL AND i.held_at >= @from AND i.held_at < @to';

/** SQL behind the plan's generated parts: evidence for weak areas, and fumbled questions with their practice state. */
export function createPlanEvidenceRepo(db: Database.Database) {
  const interviewsInRange = db.prepare<HeldBounds, number>(`SELECT count(*) FROM interviews i WHERE ${LIVE_IN_RANGE}`).pluck();
  // Walks the covering index of rated areas lowest first and stops once the lowest few are found; the text of the
  // three chosen rows is read only for them.
  const lowest = db.prepare<
    HeldBounds & { area: string; limit: number },
    LowRatedRow
  >(`SELECT i.id, i.company, i.held_at, r.rating, r.went_badly, r.notes
    FROM (SELECT r.id AS rid, r.rating, i.held_at, i.id AS iid FROM reflections r CROSS JOIN interviews i ON i.id = r.interview_id
      WHERE r.area = @area AND r.custom = 0 AND r.rating IS NOT NULL AND ${LIVE_IN_RANGE}
      ORDER BY r.rating, i.held_at DESC, i.id DESC LIMIT @limit) x
    JOIN reflections r ON r.id = x.rid JOIN interviews i ON i.id = x.iid
    ORDER BY x.rating, x.held_at DESC, x.iid DESC`);
  // The partial index on fumbled rows keeps this to the fumbled few, whatever the size of the journal.
  const fumbled = db.prepare<HeldBounds, FumbledRow>(`SELECT f.question_id, q.text, q.category, f.times, f.last_key,
      (SELECT a.grade FROM attempts a WHERE a.question_id = f.question_id AND a.grade IS NOT NULL
        ORDER BY a.created_at DESC, a.id DESC LIMIT 1) AS latest_grade
    FROM (SELECT iq.question_id, count(*) AS times, max(i.held_at || '|' || printf('%015d', i.id)) AS last_key
      FROM interview_questions iq JOIN interviews i ON i.id = iq.interview_id
      WHERE iq.how_it_went = 'fumbled' AND ${LIVE_IN_RANGE} GROUP BY iq.question_id) f
    JOIN questions q ON q.id = f.question_id`);
  const company = db.prepare<[number], string>('SELECT company FROM interviews WHERE id = ?').pluck();
  const keyPoints = db.prepare<
    HeldBounds & { questionId: number },
    { text: string; missed: number }
  >(`SELECT kp.text, kp.missed FROM key_points kp
    JOIN interview_questions iq ON iq.id = kp.interview_question_id JOIN interviews i ON i.id = iq.interview_id
    WHERE iq.question_id = @questionId AND iq.how_it_went = 'fumbled' AND ${LIVE_IN_RANGE}
    ORDER BY i.held_at DESC, i.id DESC, kp.position LIMIT 60`);
  const practice = db.prepare<
    { questionId: number },
    { attempts: number; latest: string | null; due: string | null }
  >(`SELECT count(*) AS attempts, max(created_at) AS latest,
      (SELECT due FROM review_items WHERE question_id = @questionId) AS due
    FROM attempts WHERE question_id = @questionId`);

  return {
    interviewsInRange: (b: HeldBounds) => interviewsInRange.get(b)!,
    lowest: (area: string, b: HeldBounds, limit: number) => lowest.all({ area, limit, ...b }),
    fumbled: (b: HeldBounds) => fumbled.all(b),
    company: (interviewId: number) => company.get(interviewId)!,
    keyPoints: (questionId: number, b: HeldBounds) => keyPoints.all({ questionId, ...b }),
    practice: (questionId: number) => practice.get({ questionId })!,
  };
}

export type PlanEvidenceRepo = ReturnType<typeof createPlanEvidenceRepo>;
