import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { BackupService } from '../backup/backup-domain';
import { verifyDatabaseFile } from '../db/backups';
import type { DataPaths } from '../db/data-paths';
import { restoreTempPath } from '../db/temporary-files';
import { migrate, readSchemaVersion } from '../db/migrate';
import type { Migration } from '../db/migrations';
import type { SearchIndexRepo } from '../journal/journal-domain';
import { copyAllRows } from './replace-tables';

/** What restoring needs: the live connection, the folder's paths, backups, and the app's migrations. */
interface RestoreDeps {
  db: Database.Database;
  paths: DataPaths;
  backups: BackupService;
  migrations: Migration[];
  search: SearchIndexRepo;
  /** Brings the shipped question bank up to date, as a start would: an older backup predates newer shipped questions. */
  restockBank: () => void;
  now: () => Date;
}

const SOURCE = 'restore_source';

/** Reads a backup's schema version without writing to it. */
function schemaOf(file: string): number {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return readSchemaVersion(copy);
  } finally {
    copy.close();
  }
}

/**
 * Restores a verified backup without ever deleting or replacing the database file: the backup is copied to a
 * temporary file and brought to the current schema there, then the live connection attaches it and swaps every
 * row in one transaction. A failure anywhere leaves the live data as it was.
 */
export function createRestoreService(deps: RestoreDeps) {
  const { db, paths, backups } = deps;
  const known = deps.migrations.at(-1)?.version ?? 0;

  function recordingsWithoutFile(): number {
    const names = db.prepare<[], string>('SELECT file_name FROM recordings').pluck().all();
    return names.filter((n) => !fs.existsSync(path.join(paths.recordings, n))).length;
  }

  return {
    async restore(fileName: string) {
      const restoredFrom = backups.list().find((b) => b.fileName === fileName);
      if (!restoredFrom)
        throw new AppError('NOT_FOUND', `There is no backup called ${fileName}. Refresh the list of backups.`, [
          { path: 'fileName', message: 'Not found.' },
        ]);
      const source = path.join(paths.backups, fileName);
      if (!verifyDatabaseFile(source)) {
        throw new AppError(
          'CONFLICT',
          `The backup ${fileName} failed its integrity check, so it was not restored. Choose another backup.`,
        );
      }
      const version = schemaOf(source);
      if (version > known) {
        throw new AppError(
          'CONFLICT',
          `The backup ${fileName} was written by a newer version of Debrief (schema ${version}; this version knows up to ${known}). Nothing was changed.`,
        );
      }

      // The state right now, so the restore itself can be undone from the list of backups.
      const safetyBackup = await backups.create('before-restore');
      // Named by the one module that also sweeps such leftovers at start, if the app is killed mid-restore.
      const temp = restoreTempPath(paths.dir);
      try {
        fs.copyFileSync(source, temp, fs.constants.COPYFILE_EXCL);
        const copy = new Database(temp, { fileMustExist: true });
        try {
          migrate(copy, deps.migrations, deps.now);
        } finally {
          copy.close();
        }
        db.prepare(`ATTACH DATABASE ? AS ${SOURCE}`).run(temp);
        let rows: Record<string, number>;
        try {
          rows = db.transaction(() => copyAllRows(db, SOURCE, deps.search))();
        } finally {
          db.prepare(`DETACH DATABASE ${SOURCE}`).run();
        }
        deps.restockBank();
        return { restoredFrom, safetyBackup, rows, recordingsWithoutFile: recordingsWithoutFile() };
      } finally {
        for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(temp + suffix, { force: true });
      }
    },
  };
}

export type RestoreService = ReturnType<typeof createRestoreService>;
