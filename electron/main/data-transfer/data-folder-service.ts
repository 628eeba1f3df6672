import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupService } from '../backup/backup-domain';
import type { DataPaths } from '../db/data-paths';
import { deleteAllRows } from './replace-tables';

/** What the data folder's own actions need. */
interface DataFolderDeps {
  db: Database.Database;
  paths: DataPaths;
  backups: BackupService;
  /** Puts the shipped question bank back after everything was deleted, so the app is as on first start. */
  restockBank: () => void;
  /** Opens a folder in the system's file manager (Electron's shell.openPath); absent in the browser host. */
  openPath?: (folder: string) => Promise<void>;
}

/** "Delete all data" and "Open the data folder", the two Settings actions on the folder as a whole. */
export function createDataFolderService(deps: DataFolderDeps) {
  const { db, paths } = deps;

  /** Removes every file in the recordings folder (all of them are Debrief's own); returns how many went. */
  function removeRecordingFiles(): number {
    if (!fs.existsSync(paths.recordings)) return 0;
    let removed = 0;
    for (const entry of fs.readdirSync(paths.recordings, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      fs.rmSync(path.join(paths.recordings, entry.name), { force: true });
      removed++;
    }
    return removed;
  }

  return {
    /** Takes a backup first (kept with the others, so even this can be undone), then deletes every row and recording. */
    async deleteAll() {
      // A reason of its own, so the list says what it is; kept as long as the person's own backups.
      const safetyBackup = await deps.backups.create('before-delete');
      const rowsDeleted = db.transaction(() => deleteAllRows(db))();
      deps.restockBank();
      return { safetyBackup, rowsDeleted, filesDeleted: removeRecordingFiles() };
    },

    async openFolder() {
      if (!deps.openPath) {
        return {
          opened: false,
          path: paths.dir,
          message: 'This window cannot open folders; open the path below in your file manager.',
        };
      }
      try {
        await deps.openPath(paths.dir);
        return { opened: true, path: paths.dir, message: null };
      } catch (err) {
        return {
          opened: false,
          path: paths.dir,
          message: `The folder could not be opened (${(err as Error).message}); open the path below in your file manager.`,
        };
      }
    },
  };
}

export type DataFolderService = ReturnType<typeof createDataFolderService>;
