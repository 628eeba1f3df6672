import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { assertNotTooNew } from './migrate';

/** What a look at an existing file found, without changing anything in its folder. */
export type Health =
  | { state: 'ok'; schemaVersion: number }
  | { state: 'corrupt'; reason: string }
  /** Zero bytes: what a full disk, a cut-off copy or a sync tool leaves; damage, not a new journal. */
  | { state: 'empty' };

// Extended codes too (SQLITE_CORRUPT_INDEX, ...): the connection reports extended result codes.
const CORRUPTION_CODE = /^SQLITE_(CORRUPT|NOTADB)/;
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** True when the file starts with SQLite's 100-byte header and its magic string. */
function hasHeader(file: string): boolean {
  const head = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(fd, head, 0, HEADER_BYTES, 0);
    return read === HEADER_BYTES && head.subarray(0, MAGIC.length).equals(MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

/** Runs quick_check and reads the schema version of one file; real corruption is a result, anything else throws. */
function checkFile(file: string, knownVersion: number, readonly: boolean): Health {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0].quick_check !== 'ok') {
      return {
        state: 'corrupt',
        reason: rows
          .map((r) => r.quick_check)
          .slice(0, 3)
          .join('; '),
      };
    }
    return { state: 'ok', schemaVersion: assertNotTooNew(db, knownVersion) };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && CORRUPTION_CODE.test(code)) return { state: 'corrupt', reason: code };
    throw err;
  } finally {
    db?.close();
  }
}

/**
 * Checks a private copy of the database and the side files that hold its newest state, in a temporary folder.
 * SQLite opens even a read-only WAL database by creating -wal and -shm beside it; the copy keeps the person's folder
 * exactly as it was, which matters most when the file is refused (newer than the app) and must be left untouched.
 * Returns null when no copy could be made (a full temporary disk, say), so the caller can look in place instead.
 */
function checkCopy(file: string, knownVersion: number): Health | null {
  let dir: string;
  try {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-inspect-'));
  } catch {
    return null;
  }
  const copy = path.join(dir, path.basename(file));
  try {
    try {
      fs.copyFileSync(file, copy);
      // A -shm is only an index SQLite rebuilds from the WAL; the WAL and a hot journal hold data and come along.
      for (const suffix of ['-wal', '-journal']) {
        if (sizeOf(file + suffix) > 0) fs.copyFileSync(file + suffix, copy + suffix);
      }
    } catch {
      return null;
    }
    // Read-write on the copy, so SQLite replays the WAL or rolls back a hot journal exactly as the real open will.
    return checkFile(copy, knownVersion, false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Looks at an existing database without changing its folder: empty, header-less, corrupt, or fine with its schema
 * version. A file newer than the app throws DatabaseTooNewError; a locked or unreadable file throws, so it is never
 * quarantined by mistake.
 */
export function inspectDatabase(file: string, knownVersion: number): Health {
  // Empty even with a WAL beside it: SQLite deletes the WAL of a zero-length database when it opens it, so what the
  // WAL holds survives only by being moved to quarantine with the file.
  if (sizeOf(file) === 0) return { state: 'empty' };
  // With a WAL beside it, the newest page 1 may be in the WAL; SQLite decides, not the bytes of the main file.
  if (sizeOf(`${file}-wal`) === 0 && !hasHeader(file)) {
    return { state: 'corrupt', reason: 'the file does not start with an SQLite header' };
  }
  const fromCopy = checkCopy(file, knownVersion);
  if (fromCopy && fromCopy.state !== 'corrupt') return fromCopy;
  // Corruption is confirmed on the file itself before anything is moved: a copy taken while another program was
  // writing could look torn. Looking in place may leave -wal/-shm, which are moved to quarantine with the file.
  return checkFile(file, knownVersion, true);
}
