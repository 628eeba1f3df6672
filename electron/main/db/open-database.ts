import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { StartupNotice } from '../../shared/app-contract';
import { createBackup } from './backups';
import { asNotWritable, assertWritable, ensureDataFolder } from './data-folder-errors';
import { dataPaths, type DataPaths } from './data-paths';
import { inspectDatabase } from './inspect-database';
import { migrate } from './migrate';
import { latestSchemaVersion, migrations as appMigrations, type Migration } from './migrations';
import { recoverDatabase, restoreMissingDatabase } from './recover-database';
import { sweepTemporaryFiles } from './temporary-files';

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
 * Opens the data folder's database. An existing file is first looked at without changing the folder (a newer one is
 * refused untouched; a corrupted or empty one is quarantined and the newest verified backup put in its place); a
 * folder that cannot be written is refused with a message that says so; the app's own temporary files left by a
 * crash are swept; then pragmas are set and migrations run, backing up first when an existing database changes shape.
 */
export async function openDatabase(dir: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const list = options.migrations ?? appMigrations;
  const known = options.migrations ? (list.at(-1)?.version ?? 0) : latestSchemaVersion;
  const now = options.now ?? (() => new Date());
  const paths = dataPaths(dir);
  ensureDataFolder(paths.dir);

  const exists = fs.existsSync(paths.database);
  // Throws DatabaseTooNewError before anything in the folder is written, swept or moved.
  const health = exists ? inspectDatabase(paths.database, known) : null;
  assertWritable(paths.dir, [paths.database]);

  const notices: StartupNotice[] = [];
  let existingVersion = 0;
  try {
    sweepTemporaryFiles(paths);
    if (!health) {
      const notice = restoreMissingDatabase(paths, now());
      if (notice) notices.push(notice);
    } else if (health.state === 'ok') existingVersion = health.schemaVersion;
    else {
      const damage = health.state === 'empty' ? { kind: 'empty' as const } : { kind: 'corrupt' as const, reason: health.reason };
      notices.push(recoverDatabase(paths, damage, now()));
    }
  } catch (err) {
    throw asNotWritable(err, paths.dir);
  }

  let db: Database.Database;
  try {
    db = new Database(paths.database);
  } catch (err) {
    throw asNotWritable(err, paths.dir);
  }
  try {
    applyPragmas(db);
    if (existingVersion > 0 && existingVersion < known) await createBackup(db, paths.backups, 'before-migration', now());
    migrate(db, list, now);
    // Lets SQLite gather the statistics its planner needs, cheaply, as its documentation advises at open.
    db.pragma('optimize = 0x10002');
  } catch (err) {
    db.close();
    throw asNotWritable(err, paths.dir);
  }
  return { db, paths, schemaVersion: known, notices };
}
