import type Database from 'better-sqlite3';
import type { Interviewer, InterviewFields } from '../../shared/journal-schemas';

/** The facts of an interview a follow-up is written from. */
export interface InterviewFacts {
  id: number;
  company: string;
  role: string;
  heldAt: string;
  outcome: InterviewFields['outcome'];
  deletedAt: string | null;
}

const FACTS = 'SELECT id, company, role, held_at AS heldAt, outcome, deleted_at AS deletedAt FROM interviews';

/** Read-only SQL into the journal's tables: follow-ups read the journal, they never write it. */
export function createFollowupJournalRepo(db: Database.Database) {
  const one = db.prepare<[number], InterviewFacts>(`${FACTS} WHERE id = ?`);
  const interviewers = db.prepare<[number], Interviewer>(
    'SELECT name, role, email FROM interviewers WHERE interview_id = ? ORDER BY position, id',
  );
  // Fumbled questions first (what hurt most), then the order they were asked; key points in their own order.
  const missed = db
    .prepare<[number], string>(
      `SELECT kp.text FROM key_points kp JOIN interview_questions iq ON iq.id = kp.interview_question_id
      WHERE iq.interview_id = ? AND kp.missed = 1 AND trim(kp.text) <> ''
      ORDER BY (iq.how_it_went = 'fumbled') DESC, iq.position, iq.id, kp.position, kp.id`,
    )
    .pluck();
  // Recent live interviews, and any live one with follow-ups or a plan: everything the due list can show. The
  // recent ones come from the date index; the rest are driven from the (small) follow-up tables, CROSS JOIN
  // fixing that order, so the due list never walks the whole journal.
  const candidates = db.prepare<{ since: string }, InterviewFacts>(`${FACTS} WHERE deleted_at IS NULL AND held_at >= @since
    UNION SELECT i.id, i.company, i.role, i.held_at, i.outcome, i.deleted_at
      FROM (SELECT interview_id AS id FROM followups UNION SELECT interview_id FROM followup_plans) AS f
      CROSS JOIN interviews i ON i.id = f.id WHERE i.deleted_at IS NULL`);

  return {
    interview: (id: number) => one.get(id),
    interviewers: (id: number) => interviewers.all(id),
    missedPoints: (id: number) => missed.all(id),
    /** Live interviews held on or after `since` (YYYY-MM-DD), plus live ones with follow-up data. */
    dueCandidates: (since: string) => candidates.all({ since }),
  };
}

export type FollowupJournalRepo = ReturnType<typeof createFollowupJournalRepo>;
