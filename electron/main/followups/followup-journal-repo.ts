import type Database from 'better-sqlite3';
import type { Interviewer, InterviewFields } from '../../shared/journal-schemas';
import { pointKey } from '../journal/journal-domain';

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
  // The person's own list first, in their order; then the key points the fumbled questions missed, in the order
  // the questions were asked. Key points of questions that went okay stay out: the person did not flag them.
  const listed = db
    .prepare<[number], string>('SELECT text FROM missed_points WHERE interview_id = ? ORDER BY position, id')
    .pluck();
  const fumbled = db
    .prepare<[number], string>(
      `SELECT kp.text FROM key_points kp JOIN interview_questions iq ON iq.id = kp.interview_question_id
      WHERE iq.interview_id = ? AND iq.how_it_went = 'fumbled' AND kp.missed = 1 AND trim(kp.text) <> ''
      ORDER BY iq.position, iq.id, kp.position, kp.id`,
    )
    .pluck();
  // The question each missed key point of the interview was missed on, so a draft can cite a story linked to it.
  const pointQuestions = db.prepare<[number], { text: string; questionId: number }>(
    `SELECT kp.text, iq.question_id AS questionId FROM key_points kp JOIN interview_questions iq ON iq.id = kp.interview_question_id
      WHERE iq.interview_id = ? AND kp.missed = 1 ORDER BY iq.position, iq.id, kp.position, kp.id`,
  );
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
    /** What a follow-up offers as not got across: the person's list, then fumbled questions' missed key points, each once. */
    missedPoints(id: number): string[] {
      const seen = new Set<string>();
      return [...listed.all(id), ...fumbled.all(id)].filter((text) => {
        const key = pointKey(text);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    },
    /** The question each missed key point of an interview belongs to, by point key (the first question wins). */
    questionsOfPoints(id: number): Map<string, number> {
      const found = new Map<string, number>();
      for (const p of pointQuestions.all(id)) if (!found.has(pointKey(p.text))) found.set(pointKey(p.text), p.questionId);
      return found;
    },
    /** Live interviews held on or after `since` (YYYY-MM-DD), plus live ones with follow-up data. */
    dueCandidates: (since: string) => candidates.all({ since }),
  };
}

export type FollowupJournalRepo = ReturnType<typeof createFollowupJournalRepo>;
