// The look before opening works on a private copy, cleans up after itself, and still works when no copy can be made.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectDatabase } from '../../../electron/main/db/inspect-database';
import { openDatabase } from '../../../electron/main/db/open-database';
import { corruptMiddlePages, filesIn, insertNotes, notesMigration } from '../../helpers/sqlite';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('debrief-inspect-test-');
const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

/** A closed WAL-mode database with 30 notes. */
async function database(): Promise<string> {
  const { db, paths } = await openDatabase(tempDir(), { migrations: [notesMigration] });
  insertNotes(db, 30);
  db.close();
  return paths.database;
}

describe('inspectDatabase', () => {
  it('reads the schema version from a copy, and removes the copy afterwards', async () => {
    const file = await database();
    const scratch = tempDir();
    process.env.TMPDIR = scratch;
    expect(inspectDatabase(file, 1)).toEqual({ state: 'ok', schemaVersion: 1 });
    expect(filesIn(scratch)).toEqual([]);
    expect(filesIn(path.dirname(file))).toEqual(['debrief.db']);
  });

  it('still answers when no copy can be made (no usable temporary folder), by looking in place', async () => {
    const file = await database();
    process.env.TMPDIR = path.join(tempDir(), 'does', 'not', 'exist');
    expect(inspectDatabase(file, 1)).toEqual({ state: 'ok', schemaVersion: 1 });
  });

  it('reports corruption that the file itself confirms', async () => {
    const file = await database();
    const { db } = await openDatabase(path.dirname(file), { migrations: [notesMigration] });
    insertNotes(db, 300);
    db.close();
    corruptMiddlePages(file);
    expect(inspectDatabase(file, 1)).toMatchObject({ state: 'corrupt' });
  });

  it('calls a zero-length file empty, and a file without the SQLite header corrupt', async () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty.db');
    fs.writeFileSync(empty, '');
    expect(inspectDatabase(empty, 1)).toEqual({ state: 'empty' });
    const text = path.join(dir, 'text.db');
    fs.writeFileSync(text, 'x'.repeat(4096));
    expect(inspectDatabase(text, 1)).toEqual({ state: 'corrupt', reason: 'the file does not start with an SQLite header' });
  });
});
