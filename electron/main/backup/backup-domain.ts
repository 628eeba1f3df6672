import type Database from 'better-sqlite3';
import { backupRoutes } from './backup-routes';
import { createBackupService } from './backup-service';

// What other domains may use: the app's facts and the data transfers read and make backups through the service.
export { startBackupTimer, type BackupService } from './backup-service';

/** Builds the verified backups of the database in the data folder's backups directory, and their routes. */
export function createBackupDomain(db: Database.Database, dir: string, now: () => Date) {
  const backups = createBackupService(db, dir, now);
  return { backups, routes: backupRoutes(backups) };
}
