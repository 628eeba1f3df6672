import fs from 'node:fs';
import path from 'node:path';
import type { StartupNotice } from '../../shared/app-contract';
import { newestVerifiedBackup } from './backups';
import type { DataPaths } from './data-paths';

/**
 * Moves a corrupted database (and its WAL and shared-memory files) into quarantine, byte for byte,
 * then puts the newest verified backup in its place. The damaged file is renamed, never deleted or overwritten.
 */
export function recoverDatabase(paths: DataPaths, reason: string, now: Date = new Date()): StartupNotice {
  fs.mkdirSync(paths.quarantine, { recursive: true });
  const quarantinedAs = path.join(paths.quarantine, `debrief-${now.toISOString().replace(/[-:.]/g, '')}-corrupt.db`);
  if (fs.existsSync(quarantinedAs)) throw new Error(`Quarantine file ${quarantinedAs} already exists; not overwriting it.`);
  for (const suffix of ['', '-wal', '-shm']) {
    const from = paths.database + suffix;
    if (fs.existsSync(from)) fs.renameSync(from, quarantinedAs + suffix);
  }

  const backup = newestVerifiedBackup(paths.backups);
  if (backup) {
    // COPYFILE_EXCL: the place is empty after the move; if something appeared there, refuse rather than overwrite.
    fs.copyFileSync(path.join(paths.backups, backup.fileName), paths.database, fs.constants.COPYFILE_EXCL);
    return {
      kind: 'restored-from-backup',
      quarantinedAs,
      message:
        `Your database was damaged (${reason}). Debrief moved it aside to ${quarantinedAs} and restored the backup from ` +
        `${backup.createdAt}. Anything written after that backup is not in the restored copy.`,
    };
  }
  return {
    kind: 'started-empty-after-corruption',
    quarantinedAs,
    message:
      `Your database was damaged (${reason}) and there was no usable backup. Debrief moved it aside to ${quarantinedAs} ` +
      'and started a new, empty one. The damaged file is kept so it can still be rescued.',
  };
}
