import type Database from 'better-sqlite3';
import type { Core } from '../../../electron/main/core';
import { call } from '../support/routes';
import { countRows } from '../support/rows';

/** Every table the journal writes to, for "a bad input writes nothing" snapshots. */
export const JOURNAL_TABLES = [
  'interviews',
  'interviewers',
  'interview_tags',
  'reflections',
  'questions',
  'interview_questions',
  'key_points',
  'interview_search',
] as const;

/** Row counts of every journal table. */
export const counts = (db: Database.Database): Record<string, number> => countRows(db, JOURNAL_TABLES);

/** Everything that would show a write: row counts, and each interview's updated_at and FTS text. */
export function snapshot(db: Database.Database): unknown {
  return {
    counts: counts(db),
    interviews: db.prepare('SELECT * FROM interviews ORDER BY id').all(),
    reflections: db.prepare('SELECT * FROM reflections ORDER BY id').all(),
    asked: db.prepare('SELECT * FROM interview_questions ORDER BY id').all(),
    keyPoints: db.prepare('SELECT * FROM key_points ORDER BY id').all(),
    search: db.prepare('SELECT rowid, * FROM interview_search ORDER BY rowid').all(),
  };
}

/** The stored updated_at of one interview. */
export function updatedAt(db: Database.Database, id: number): string {
  return db.prepare('SELECT updated_at FROM interviews WHERE id = ?').pluck().get(id) as string;
}

/** The ids found by a journal search, in order. */
export async function searchIds(core: Core, query: string): Promise<number[]> {
  const page = await call(core, 'interview:list', { filters: { query }, limit: 200 });
  return page.items.map((i) => i.id);
}

/** The first search hit's snippet for a query. */
export async function snippetFor(core: Core, query: string): Promise<string | null> {
  const page = await call(core, 'interview:list', { filters: { query }, limit: 1 });
  return page.items[0]?.snippet ?? null;
}
