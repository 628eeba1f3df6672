import type Database from 'better-sqlite3';

/** A follow-up still waiting on the person (a draft) or on the employer (a request sent, no answer yet). */
interface PendingRow {
  id: number;
  interview_id: number;
  company: string;
  held_at: string;
  kind: string;
  status: string;
  due_on: string | null;
  sent_on: string | null;
  subject: string;
}

// Follow-ups belong to their own domain; the plan only reads them. The statement is prepared only when the tables
// exist, so the plan also works on a schema without them (and says so) rather than failing to start.
const PENDING = `SELECT f.id, f.interview_id, i.company, i.held_at, f.kind, f.status, f.due_on, f.sent_on,
    coalesce((SELECT v.subject FROM followup_versions v WHERE v.followup_id = f.id ORDER BY v.id DESC LIMIT 1), '') AS subject
  FROM followups f JOIN interviews i ON i.id = f.interview_id AND i.deleted_at IS NULL
  WHERE f.status = 'draft' OR (f.status = 'sent' AND f.kind IN ('second-chance', 'chance-to-impress'))
  ORDER BY coalesce(f.due_on, '9999'), i.held_at DESC, f.id`;

/** Reads pending follow-ups and second-chance requests; null when this database has no follow-ups tables. */
export function createPlanFollowupsRepo(db: Database.Database) {
  const present =
    db
      .prepare<[], number>(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('followups', 'followup_versions')",
      )
      .pluck()
      .get() === 2;
  const pending = present ? db.prepare<[], PendingRow>(PENDING) : null;
  return {
    available: present,
    pending: (): PendingRow[] => (pending ? pending.all() : []),
  };
}

export type PlanFollowupsRepo = ReturnType<typeof createPlanFollowupsRepo>;
