import fs from 'node:fs';
import path from 'node:path';
import type { StartupNotice } from '../../shared/app-contract';
import { listBackups, newestVerifiedBackup } from './backups';
import type { DataPaths } from './data-paths';

/** What was wrong with the database file found at start. */
export type Damage = { kind: 'corrupt'; reason: string } | { kind: 'empty' };

const stampOf = (now: Date) => now.toISOString().replace(/[-:.]/g, '');

/**
 * Moves the database and whichever of its WAL and shared-memory files exist into quarantine under one name,
 * byte for byte: renamed, never deleted or overwritten. Returns the quarantined database's path.
 */
function quarantine(paths: DataPaths, label: string, now: Date): string {
  fs.mkdirSync(paths.quarantine, { recursive: true });
  const quarantinedAs = path.join(paths.quarantine, `debrief-${stampOf(now)}-${label}.db`);
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(quarantinedAs + suffix)) {
      throw new Error(`Quarantine file ${quarantinedAs + suffix} already exists; not overwriting it.`);
    }
  }
  for (const suffix of ['', '-wal', '-shm']) {
    const from = paths.database + suffix;
    if (fs.existsSync(from)) fs.renameSync(from, quarantinedAs + suffix);
  }
  return quarantinedAs;
}

/** Copies a verified backup into the database's place; COPYFILE_EXCL refuses rather than overwrites a file there. */
function putBackInPlace(paths: DataPaths, backup: { fileName: string }): void {
  fs.copyFileSync(path.join(paths.backups, backup.fileName), paths.database, fs.constants.COPYFILE_EXCL);
}

const sinceBackup = 'Anything written after that backup is not in the restored copy.';

/**
 * Moves a damaged or empty database (and its WAL and shared-memory files) into quarantine, then puts the newest
 * verified backup in its place. An empty file is damage too: a new journal beside good backups would hide them.
 */
export function recoverDatabase(paths: DataPaths, damage: Damage, now: Date = new Date()): StartupNotice {
  const quarantinedAs = quarantine(paths, damage.kind === 'empty' ? 'empty' : 'corrupt', now);
  const backup = newestVerifiedBackup(paths.backups);
  if (backup) putBackInPlace(paths, backup);

  if (damage.kind === 'empty') {
    const what = 'Your database file was empty (0 bytes), as a full disk, an interrupted copy or a sync tool can leave it.';
    return backup
      ? {
          kind: 'restored-from-backup',
          quarantinedAs,
          message: `${what} Debrief moved it aside to ${quarantinedAs} and restored the backup from ${backup.createdAt}. ${sinceBackup}`,
        }
      : {
          kind: 'started-empty-after-corruption',
          quarantinedAs,
          message: `${what} There was no backup to restore, so Debrief started a new, empty journal and moved the empty file aside to ${quarantinedAs}.`,
        };
  }
  return backup
    ? {
        kind: 'restored-from-backup',
        quarantinedAs,
        message:
          `Your database was damaged (${damage.reason}). Debrief moved it aside to ${quarantinedAs} and restored the backup from ` +
          `${backup.createdAt}. ${sinceBackup}`,
      }
    : {
        kind: 'started-empty-after-corruption',
        quarantinedAs,
        message:
          `Your database was damaged (${damage.reason}) and there was no usable backup. Debrief moved it aside to ${quarantinedAs} ` +
          'and started a new, empty one. The damaged file is kept so it can still be rescued.',
      };
}

/**
 * A folder with backups but no database file: the database was lost (deleted, or not copied along), the backups
 * were not. The newest verified one is put in its place rather than starting an empty journal beside them. A WAL
 * left without its database is moved to quarantine first: SQLite would delete it when it creates the new file.
 * Returns null for a folder with no database and no backups, the only one that starts empty without a word.
 */
export function restoreMissingDatabase(paths: DataPaths, now: Date = new Date()): StartupNotice | null {
  const orphans = ['-wal', '-shm'].filter((suffix) => fs.existsSync(paths.database + suffix));
  // The notice names the WAL when there is one: it is the side file that may hold data.
  const quarantinedAs = orphans.length ? quarantine(paths, 'orphan', now) + orphans[0] : null;
  const backups = listBackups(paths.backups);
  if (!backups.length && !quarantinedAs) return null;
  const backup = newestVerifiedBackup(paths.backups);
  const missing = `There was no database file (${path.basename(paths.database)}) in your data folder`;
  const aside = quarantinedAs ? ` The files it left behind were moved aside to ${quarantinedAs}.` : '';
  if (backup) {
    putBackInPlace(paths, backup);
    return {
      kind: 'restored-from-backup',
      quarantinedAs,
      message: `${missing}, so Debrief restored the newest backup, from ${backup.createdAt}. ${sinceBackup}${aside}`,
    };
  }
  const why =
    backups.length === 0
      ? ' and no backup'
      : backups.length === 1
        ? ', and its only backup did not pass its check'
        : `, and none of its ${backups.length} backups passed their check`;
  return {
    kind: 'started-empty-after-corruption',
    quarantinedAs,
    message: `${missing}${why}, so Debrief started a new, empty journal.${backups.length ? ` The backups were left in ${paths.backups}.` : ''}${aside}`,
  };
}
