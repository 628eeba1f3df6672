import type Database from 'better-sqlite3';
import { EXPORT_TABLES } from '../../shared/data-transfer-export-schemas';
import type { SearchIndexRepo } from '../journal/journal-domain';

const quote = (name: string) => `"${name}"`;

/** Row counts of every exported table. */
function countRows(db: Database.Database, schema = 'main'): Record<string, number> {
  return Object.fromEntries(
    EXPORT_TABLES.map((t) => [
      t,
      db
        .prepare<[], number>(`SELECT count(*) FROM ${schema}.${quote(t)}`)
        .pluck()
        .get()!,
    ]),
  );
}

/**
 * Deletes every row of the person's data, children before parents so no foreign key stops it; the question index
 * follows through its triggers, the interview index is emptied here. The caller holds the transaction.
 */
export function deleteAllRows(db: Database.Database): number {
  let deleted = 0;
  for (const table of [...EXPORT_TABLES].reverse()) deleted += db.prepare(`DELETE FROM main.${quote(table)}`).run().changes;
  db.prepare('DELETE FROM main.interview_search').run();
  return deleted;
}

/**
 * Replaces the live data with an attached database's: every table emptied, then filled from the same table there,
 * parents first; the interview search rows are rebuilt from what was copied. The caller holds the transaction and
 * has brought the attached copy to the same schema.
 */
export function copyAllRows(db: Database.Database, source: string, search: SearchIndexRepo): Record<string, number> {
  deleteAllRows(db);
  for (const table of EXPORT_TABLES) {
    // Every stored column, not just the exported ones: the copy is the same schema, and its revisions come back too.
    const stored = db.prepare<[string], string>('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table);
    const columns = stored.map(quote).join(', ');
    db.prepare(`INSERT INTO main.${quote(table)} (${columns}) SELECT ${columns} FROM ${source}.${quote(table)}`).run();
  }
  for (const id of db.prepare<[], number>('SELECT id FROM main.interviews').pluck().all()) search.refresh(id);
  return countRows(db);
}
