import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/app-contract';
import { createBackup, listBackups, type BackupReason } from '../db/backups';

/** Backups of the live database: on demand, and on a timer while the app is used. */
export interface BackupService {
  create(reason: BackupReason): Promise<BackupInfo>;
  list(): BackupInfo[];
  latest(): BackupInfo | null;
  /** Backs up only if something was written since the last backup; returns null when nothing changed. */
  createIfChanged(reason: BackupReason): Promise<BackupInfo | null>;
}

/** Builds the service over one open database and its backups folder. */
export function createBackupService(db: Database.Database, dir: string, now: () => Date = () => new Date()): BackupService {
  const changes = db.prepare<[], number>('SELECT total_changes() AS n').pluck();
  let changesAtLastBackup = -1;
  let running: Promise<BackupInfo> | null = null;
  let runningReason: BackupReason | null = null;

  async function create(reason: BackupReason): Promise<BackupInfo> {
    // One backup at a time. A second request of the same kind (a double click) shares the running copy;
    // one of another kind waits, then makes its own, so "Back up now" never returns an automatic backup.
    if (running && runningReason === reason) return running;
    while (running) await running.catch(() => undefined);
    const seen = changes.get() ?? 0;
    runningReason = reason;
    running = createBackup(db, dir, reason, now());
    try {
      const info = await running;
      changesAtLastBackup = seen;
      return info;
    } finally {
      running = null;
    }
  }

  return {
    create,
    list: () => listBackups(dir),
    latest: () => listBackups(dir)[0] ?? null,
    async createIfChanged(reason) {
      if ((changes.get() ?? 0) === changesAtLastBackup) return null;
      return create(reason);
    },
  };
}

/** Fifteen minutes of use between automatic backups (the foundation issue's figure). */
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

/** Runs interval backups until stopped; failures are reported, never thrown into the timer. */
export function startBackupTimer(
  service: BackupService,
  onError: (err: unknown) => void,
  intervalMs = BACKUP_INTERVAL_MS,
): () => void {
  const timer = setInterval(() => {
    service.createIfChanged('interval').catch(onError);
  }, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
