import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { StartupNotice } from '../../shared/app-contract';
import { createBackup } from './backups';
import { dataPaths, type DataPaths } from './data-paths';
import { inspectDatabase } from './inspect-database';
import { migrate } from './migrate';
import { latestSchemaVersion, migrations as appMigrations, type Migration } from './migrations';
import { recoverDatabase } from './recover-database';

/** An open, checked, migrated database and what happened on the way. */
export interface OpenedDatabase {
  db: Database.Database;
  paths: DataPaths;
  schemaVersion: number;
  notices: StartupNotice[];
}

export interface OpenOptions {
  migrations?: Migration[];
  now?: () => Date;
}

/** Settings for durability over speed: a journal written the day after a bad interview must survive a crash. */
function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

/**
 * Opens the data folder's database: checks an existing file read-only first (a newer one is refused untouched,
 * a corrupted one is quarantined and restored from the newest verified backup), then sets pragmas and migrates,
 * backing up first when an existing database is about to change shape.
 */
export async function openDatabase(dir: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const list = options.migrations ?? appMigrations;
  const known = options.migrations ? (list.at(-1)?.version ?? 0) : latestSchemaVersion;
  const now = options.now ?? (() => new Date());
  const paths = dataPaths(dir);
  fs.mkdirSync(paths.dir, { recursive: true });

  const notices: StartupNotice[] = [];
  let existingVersion = 0;
  if (fs.existsSync(paths.database)) {
    const health = inspectDatabase(paths.database, known);
    if (health.state === 'corrupt') notices.push(recoverDatabase(paths, health.reason, now()));
    else existingVersion = health.schemaVersion;
  }

  const db = new Database(paths.database);
  try {
    applyPragmas(db);
    if (existingVersion > 0 && existingVersion < known) await createBackup(db, paths.backups, 'before-migration', now());
    migrate(db, list, now);
    // Lets SQLite gather the statistics its planner needs, cheaply, as its documentation advises at open.
    db.pragma('optimize = 0x10002');
  } catch (err) {
    db.close();
    throw err;
  }
  return { db, paths, schemaVersion: known, notices };
}
