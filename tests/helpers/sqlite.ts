import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { Migration } from '../../electron/main/db/migrations';

/** A small schema of our own, so data tests do not depend on which tables the app has today. */
export const notesMigration: Migration = {
  version: 1,
  name: 'notes',
  sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;',
};

/** A second step on top of notesMigration, for "an existing database is migrated" cases. */
export const tagsMigration: Migration = {
  version: 2,
  name: 'tags',
  sql: 'CREATE TABLE tags (note_id INTEGER NOT NULL REFERENCES notes(id), tag TEXT NOT NULL) STRICT;',
};

/** Inserts `count` notes of about 1 KB each, enough to spread the table over many pages. */
export function insertNotes(db: Database.Database, count: number, prefix = 'note'): void {
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`${prefix} ${i} ${'x'.repeat(1000)}`);
  })();
}

/** Every note body in id order, to compare a restored copy with the original. */
export function readNotes(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT body FROM notes ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** Reads a scalar from a database file opened read-only. */
export function queryFile<T>(file: string, sql: string): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).pluck().get() as T;
  } finally {
    db.close();
  }
}

/** Writes random bytes over pages in the middle of a database file (keeps page 1, the header, intact). */
export function corruptMiddlePages(file: string, pageSize = 4096): void {
  const size = fs.statSync(file).size;
  const pages = Math.floor(size / pageSize);
  if (pages < 8) throw new Error(`corruptMiddlePages needs a file of at least 8 pages, got ${pages}`);
  const first = Math.floor(pages / 3);
  const count = Math.floor(pages / 3);
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, crypto.randomBytes(count * pageSize), 0, count * pageSize, first * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}

/** Overwrites the first 100 bytes (the SQLite header), so the file is no longer recognised as a database. */
export function corruptHeader(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Returns a function that registers an open database; each one still open is closed after the test,
 * so a failing assertion never leaves a handle on a temp folder that is about to be removed.
 */
export function useOpenDatabases(): <T extends Database.Database>(db: T) => T {
  const open: Database.Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
  });
  return (db) => {
    open.push(db);
    return db;
  };
}

/** The names of the files in a folder, sorted; [] when the folder does not exist. */
export function filesIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** The quarantined file a startup notice names; fails the test when the notice names none. */
export function quarantinedFile(notice: { quarantinedAs: string | null } | undefined): string {
  if (!notice?.quarantinedAs) throw new Error(`Expected a notice that names a quarantined file, got ${JSON.stringify(notice)}`);
  return notice.quarantinedAs;
}
