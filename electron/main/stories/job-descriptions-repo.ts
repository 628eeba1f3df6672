import type Database from 'better-sqlite3';
import { stringListColumn } from '../../shared/json-columns';
import { parseJsonColumn } from '../db/json-column';

/** An interview's job description as stored: the text and the person's changes to its terms. */
export interface JobDescriptionRecord {
  text: string;
  removed: string[];
  added: string[];
  revision: number;
}

interface Row {
  text: string;
  removed_terms: string;
  added_terms: string;
  revision: number;
}

/** SQL for job descriptions (one per interview). Knows no rules. */
export function createJobDescriptionsRepo(db: Database.Database) {
  const one = db.prepare<[number], Row>(
    'SELECT text, removed_terms, added_terms, revision FROM job_descriptions WHERE interview_id = ?',
  );
  // The first save writes revision 2: an absent description reads as revision 1, which the editor sends back.
  const upsert = db.prepare(`INSERT INTO job_descriptions (interview_id, text, removed_terms, added_terms, updated_at, revision)
      VALUES (@interviewId, @text, @removed, @added, @now, 2)
    ON CONFLICT (interview_id) DO UPDATE SET text = excluded.text, removed_terms = excluded.removed_terms,
      added_terms = excluded.added_terms, updated_at = excluded.updated_at, revision = job_descriptions.revision + 1`);
  const interview = db.prepare<[number], { deleted_at: string | null }>('SELECT deleted_at FROM interviews WHERE id = ?');

  return {
    /** The stored description, or undefined when none was saved yet. */
    get(interviewId: number): JobDescriptionRecord | undefined {
      const r = one.get(interviewId);
      if (!r) return undefined;
      return {
        text: r.text,
        removed: parseJsonColumn(stringListColumn, r.removed_terms),
        added: parseJsonColumn(stringListColumn, r.added_terms),
        revision: r.revision,
      };
    },
    save(interviewId: number, record: Omit<JobDescriptionRecord, 'revision'>, now: string): void {
      upsert.run({
        interviewId,
        text: record.text,
        removed: JSON.stringify(record.removed),
        added: JSON.stringify(record.added),
        now,
      });
    },
    /** The interview's trash state, or undefined when there is no such interview. */
    interview: (id: number) => interview.get(id),
  };
}

export type JobDescriptionsRepo = ReturnType<typeof createJobDescriptionsRepo>;
