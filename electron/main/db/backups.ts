import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/app-contract';
import { partialBackupPath, SIDE_SUFFIXES } from './temporary-files';

export type BackupReason = BackupInfo['reason'];

/** How many backups of each kind survive rotation; manual ones are the person's, so more are kept. */
export const KEEP_BACKUPS: Record<BackupReason, number> = {
  start: 5,
  interval: 8,
  manual: 20,
  'before-restore': 5,
  'before-migration': 5,
  // The only copy of everything after "Delete all data": kept as long as the person's own backups.
  'before-delete': 20,
};

const NAME = /^debrief-(\d{8}T\d{9}Z)-([a-z-]+)\.db$/;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): string {
  // 20261126T040512123Z -> 2026-11-26T04:05:12.123Z
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

/** Opens a copy read-only and asks SQLite to check every page; true only for a clean copy. */
export function verifyDatabaseFile(file: string): boolean {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
    return rows.length === 1 && rows[0].integrity_check === 'ok';
  } catch {
    return false;
  } finally {
    copy?.close();
  }
}

/** Makes the copy one self-contained file: the live database is in WAL mode, a backup should not need side files. */
function settleCopy(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Reads a backup's facts from its name and size; null for files that are not ours. */
function describe(dir: string, fileName: string): BackupInfo | null {
  const match = NAME.exec(fileName);
  if (!match || !Object.hasOwn(KEEP_BACKUPS, match[2])) return null;
  const stat = fs.statSync(path.join(dir, fileName));
  return { fileName, createdAt: parseStamp(match[1]), sizeBytes: stat.size, reason: match[2] as BackupReason };
}

/** Every backup in the folder, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => describe(dir, name))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Copies the live database with SQLite's online backup, verifies the copy, and only then gives it its name. */
export async function createBackup(
  db: Database.Database,
  dir: string,
  reason: BackupReason,
  now: Date = new Date(),
): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  let fileName = `debrief-${stamp(now)}-${reason}.db`;
  // Two backups in the same millisecond must not overwrite each other.
  for (let n = 1; fs.existsSync(path.join(dir, fileName)); n++) {
    fileName = `debrief-${stamp(new Date(now.getTime() + n))}-${reason}.db`;
  }
  const finalPath = path.join(dir, fileName);
  const tmpPath = partialBackupPath(finalPath);
  try {
    await db.backup(tmpPath);
    settleCopy(tmpPath);
    if (!verifyDatabaseFile(tmpPath)) throw new Error('The backup copy failed its integrity check.');
    fs.renameSync(tmpPath, finalPath);
  } finally {
    for (const suffix of ['', ...SIDE_SUFFIXES]) fs.rmSync(tmpPath + suffix, { force: true });
  }
  rotateBackups(dir, reason);
  const info = describe(dir, fileName);
  if (!info) throw new Error(`Backup ${fileName} vanished after it was written.`);
  return info;
}

/** Keeps the newest few backups of one kind; older ones of that kind are removed. */
export function rotateBackups(dir: string, reason: BackupReason): void {
  const ofKind = listBackups(dir).filter((b) => b.reason === reason);
  for (const old of ofKind.slice(KEEP_BACKUPS[reason])) fs.rmSync(path.join(dir, old.fileName), { force: true });
}

/** The newest backup that still passes its integrity check, for recovery. */
export function newestVerifiedBackup(dir: string): BackupInfo | null {
  for (const b of listBackups(dir)) if (verifyDatabaseFile(path.join(dir, b.fileName))) return b;
  return null;
}
