import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

/** The database was written by a newer Debrief; it is refused and left exactly as it is. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This data folder was written by a newer version of Debrief (schema ${found}; this version knows up to ${known}). ` +
        'Nothing was changed. Install the newer version, or point DEBRIEF_DATA_DIR at another folder.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Reads the applied schema version without writing anything (safe on a database we may refuse). */
export function readSchemaVersion(db: Database.Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return 0;
  const row = db.prepare<[], { v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations').get();
  return row?.v ?? 0;
}

/** Throws DatabaseTooNewError when the file is ahead of this build. */
export function assertNotTooNew(db: Database.Database, known: number): number {
  const found = readSchemaVersion(db);
  if (found > known) throw new DatabaseTooNewError(found, known);
  return found;
}

/** Applies pending migrations, each with its bookkeeping row in one transaction; a failure stops and rethrows. */
export function migrate(db: Database.Database, list: Migration[], now: () => Date = () => new Date()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const current = assertNotTooNew(db, list.length ? list[list.length - 1].version : 0);
  const record = db.prepare<[number, string, string]>(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const applied: number[] = [];
  for (const m of list) {
    if (m.version <= current) continue;
    const apply = db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, now().toISOString());
    });
    try {
      apply();
    } catch (err) {
      throw new Error(`Migration ${m.version} (${m.name}) failed and was rolled back: ${(err as Error).message}`, { cause: err });
    }
    applied.push(m.version);
  }
  return applied;
}
