import type Database from 'better-sqlite3';
import type { InterviewFields, Interviewer } from '../../shared/journal-schemas';
import { statementCache } from '../db/statement-cache';

/** An interviews row as stored. */
export interface InterviewRow {
  id: number;
  company: string;
  role: string;
  held_at: string;
  stage: InterviewFields['stage'];
  format: InterviewFields['format'];
  outcome: InterviewFields['outcome'];
  notes: string;
  questions_asked: string;
  closing_statement: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  revision: number;
}

/** Scalar fields that map one-to-one onto columns (interviewers and tags live in their own tables). */
const COLUMNS = {
  company: 'company',
  role: 'role',
  heldAt: 'held_at',
  stage: 'stage',
  format: 'format',
  outcome: 'outcome',
  notes: 'notes',
  questionsAsked: 'questions_asked',
  closingStatement: 'closing_statement',
} as const satisfies Partial<Record<keyof InterviewFields, string>>;

type ScalarField = keyof typeof COLUMNS;
type ScalarPatch = Partial<Pick<InterviewFields, ScalarField>>;

/** SQL for interviews, their interviewers and tags, and the trash. Knows no rules. */
export function createInterviewRepo(db: Database.Database) {
  const insert = db.prepare(`INSERT INTO interviews
    (company, role, held_at, stage, format, outcome, notes, questions_asked, closing_statement, created_at, updated_at)
    VALUES (@company, @role, @heldAt, @stage, @format, @outcome, @notes, @questionsAsked, @closingStatement, @now, @now)`);
  const byId = db.prepare<[number], InterviewRow>('SELECT * FROM interviews WHERE id = ?');
  const interviewers = db.prepare<[number], Interviewer>(
    'SELECT name, role, email FROM interviewers WHERE interview_id = ? ORDER BY position',
  );
  const deleteInterviewers = db.prepare('DELETE FROM interviewers WHERE interview_id = ?');
  const insertInterviewer = db.prepare(
    'INSERT INTO interviewers (interview_id, position, name, role, email) VALUES (?, ?, ?, ?, ?)',
  );
  const tags = db.prepare<[number], string>('SELECT tag FROM interview_tags WHERE interview_id = ? ORDER BY tag').pluck();
  const deleteTags = db.prepare('DELETE FROM interview_tags WHERE interview_id = ?');
  const insertTag = db.prepare('INSERT OR IGNORE INTO interview_tags (interview_id, tag) VALUES (?, ?)');
  const touch = db.prepare('UPDATE interviews SET updated_at = ? WHERE id = ?');
  const touchRevised = db.prepare('UPDATE interviews SET updated_at = ?, revision = revision + 1 WHERE id = ?');
  const setDeleted = db.prepare('UPDATE interviews SET deleted_at = ?, updated_at = ? WHERE id = ?');
  const trashedIds = db.prepare<[], number>('SELECT id FROM interviews WHERE deleted_at IS NOT NULL').pluck();
  const purge = db.prepare('DELETE FROM interviews WHERE id = ?');
  const updates = statementCache((sql) => db.prepare(sql));

  return {
    insert(fields: InterviewFields, now: string): number {
      return Number(insert.run({ ...fields, now }).lastInsertRowid);
    },
    get: (id: number) => byId.get(id),
    interviewers: (id: number) => interviewers.all(id),
    tags: (id: number) => tags.all(id),

    /**
     * Writes only the given columns and moves the revision on by one (an edit of the interview's own fields, even one
     * that only changes interviewers or tags); statements are cached per set of columns.
     */
    updateScalars(id: number, patch: ScalarPatch, now: string): void {
      const fields = (Object.keys(patch) as ScalarField[]).filter((k) => k in COLUMNS).sort();
      if (!fields.length) return void touchRevised.run(now, id);
      const sets = fields.map((f) => `${COLUMNS[f]} = @${f}`).join(', ');
      updates(`UPDATE interviews SET ${sets}, updated_at = @now, revision = revision + 1 WHERE id = @id`).run({
        ...Object.fromEntries(fields.map((f) => [f, patch[f]])),
        now,
        id,
      });
    },
    replaceInterviewers(id: number, list: Interviewer[]): void {
      deleteInterviewers.run(id);
      list.forEach((p, i) => insertInterviewer.run(id, i, p.name, p.role, p.email));
    },
    replaceTags(id: number, list: string[]): void {
      deleteTags.run(id);
      for (const tag of list) insertTag.run(id, tag);
    },
    /** Bumps updated_at only: an edit of one of its areas or questions, which carry their own revisions. */
    touch: (id: number, now: string) => void touch.run(now, id),
    setDeleted: (id: number, deletedAt: string | null, now: string) => void setDeleted.run(deletedAt, now, id),
    trashedIds: () => trashedIds.all(),
    purge: (id: number) => void purge.run(id),
  };
}

export type InterviewRepo = ReturnType<typeof createInterviewRepo>;
