import { type BackupReason, createBackup } from '../../../electron/main/db/backups';
import { openDatabase, type OpenOptions } from '../../../electron/main/db/open-database';
import { insertNotes, notesMigration, readNotes, useOpenDatabases } from '../../helpers/sqlite';
import { useTempDirs } from '../../helpers/temp-dir';

/**
 * Temp data folders, and a way to open a database in one that closes it after the test whatever the test did (before
 * its folder is removed): for the database layer's own tests, below the core.
 */
export function useDatabaseFolders(prefix: string) {
  const tempDir = useTempDirs(prefix);
  const track = useOpenDatabases();
  return {
    tempDir,
    track,
    /**
     * A new data folder whose notes database holds `notes.count` notes and a verified backup of them (a `kind`
     * backup made at `at`), then `notes.after` more written after the backup; closed. `backedUp` is what the database held when it was backed up.
     */
    async folderWithBackup(at: Date, kind: BackupReason, notes: { count: number; prefix: string; after?: number }) {
      const dir = tempDir();
      const { db, paths } = await openDatabase(dir, notesOptions(at));
      insertNotes(db, notes.count, notes.prefix);
      const backup = await createBackup(db, paths.backups, kind, at);
      // Read from the live database, not from the backup: a recovery is checked against what was there, so an empty
      // or cut-short backup fails.
      const backedUp = readNotes(paths.database);
      if (notes.after) insertNotes(db, notes.after, 'after');
      db.close();
      return { dir, paths, backup, backedUp };
    },
    /** openDatabase, with the connection closed after the test. */
    async open(dir: string, options?: OpenOptions) {
      const opened = await openDatabase(dir, options);
      track(opened.db);
      return opened;
    },
  };
}

/** Open options for the database layer's tests: the one-table notes schema, and a clock standing at `now`. */
export const notesOptions = (now: Date): OpenOptions => ({ migrations: [notesMigration], now: () => now });
