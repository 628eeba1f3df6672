import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { backupInfoSchema } from '../../shared/app-contract';
import type { DataPaths } from './data-paths';

/**
 * The names of the app's own temporary files, made here and nowhere else, so the sweep at start can recognise
 * exactly those and nothing a person (or another program) put in the folder.
 */

/** SQLite's side files next to a database; a temporary copy may leave any of them behind when the app is killed. */
export const SIDE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

const SIDE = '(?:-wal|-shm|-journal)?';

/** A backup while it is written and checked; renamed to its final name only once it passed integrity_check. */
export function partialBackupPath(finalPath: string): string {
  return `${finalPath}.partial`;
}
// Only the reasons the app gives backups: a look-alike name with any other word in it is not ours.
const PARTIAL_BACKUP = new RegExp(
  `^debrief-\\d{8}T\\d{9}Z-(?:${backupInfoSchema.shape.reason.options.join('|')})\\.db\\.partial${SIDE}$`,
);

/** The copy of a backup that a restore brings to the current schema before swapping rows, in the data folder. */
export function restoreTempPath(dir: string): string {
  return path.join(dir, `.restore-${crypto.randomBytes(6).toString('hex')}.db`);
}
const RESTORE_TEMP = new RegExp(`^\\.restore-[0-9a-f]{12}\\.db${SIDE}$`);

/** An imported recording staged beside its final name in recordings/, renamed into place when the import commits. */
export function importPartialPath(finalPath: string): string {
  return `${finalPath}.${crypto.randomBytes(4).toString('hex')}.import-partial`;
}
const IMPORT_PARTIAL = /^[A-Za-z0-9][A-Za-z0-9._-]*\.[0-9a-f]{8}\.import-partial$/;

/** Removes the files of one pattern from one folder; only plain files, never folders or links' targets. */
function sweepFolder(dir: string, pattern: RegExp): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    if (!pattern.test(entry.name) || !(entry.isFile() || entry.isSymbolicLink())) continue;
    // rm on a link removes the link itself, never what it points to.
    fs.rmSync(path.join(dir, entry.name), { force: true });
    removed.push(path.join(dir, entry.name));
  }
  return removed;
}

/**
 * Removes what a crash in the middle of a backup, a restore or an import left behind: only names the app itself
 * gives its temporary files. A verified backup, the database and anything else in the folder are never touched.
 * Returns the paths removed.
 */
export function sweepTemporaryFiles(paths: DataPaths): string[] {
  return [
    ...sweepFolder(paths.backups, PARTIAL_BACKUP),
    ...sweepFolder(paths.dir, RESTORE_TEMP),
    ...sweepFolder(paths.recordings, IMPORT_PARTIAL),
  ];
}
