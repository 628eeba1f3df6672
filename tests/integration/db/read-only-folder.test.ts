// A data folder Debrief cannot write gets a message that names it and says what to do, and is left as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/main/core';
import { DataFolderNotAFolderError, DataFolderNotWritableError } from '../../../electron/main/db/data-folder-errors';
import { openDatabase } from '../../../electron/main/db/open-database';
import { withWritesRefused } from '../../helpers/read-only';
import { corruptHeader, insertNotes, notesMigration } from '../../helpers/sqlite';
import { useTempDirs } from '../../helpers/temp-dir';
import { folderSnapshot } from '../support/folder-snapshot';

const tempDir = useTempDirs('debrief-read-only-');
const options = { migrations: [notesMigration] };

/** A data folder holding a closed, healthy database with a few notes. */
async function folderWithDatabase(): Promise<string> {
  const dir = tempDir();
  const { db } = await openDatabase(dir, options);
  insertNotes(db, 5);
  db.close();
  return dir;
}

/** The person-facing message: the folder, what happened, what to do; never SQLite's own words. */
function expectPlainMessage(err: unknown, folder: string) {
  expect(err).toBeInstanceOf(DataFolderNotWritableError);
  const { message } = err as Error;
  expect(message).toContain(`Debrief cannot write to its data folder, ${folder} (`);
  expect(message).toContain('Nothing was changed.');
  expect(message).toContain('point DEBRIEF_DATA_DIR at a folder you can write to');
  expect(message).not.toMatch(/readonly database|SQLITE_|unable to open/);
}

describe('a data folder that cannot be written', () => {
  it('holding a database: refused in plain words, and every file left as it was', async () => {
    const dir = await folderWithDatabase();
    const before = folderSnapshot(dir);
    const { result: err, how } = await withWritesRefused([dir], () => openDatabase(dir, options).catch((e: unknown) => e));
    expectPlainMessage(err, dir);
    expect(how).toEqual(process.getuid?.() === 0 ? expect.stringMatching(/^(chattr \+i|seteuid nobody)$/) : 'chmod');
    expect(folderSnapshot(dir)).toEqual(before);
  });

  it('empty: refused in plain words, and still empty', async () => {
    const dir = tempDir();
    const { result: err } = await withWritesRefused([dir], () => openDatabase(dir, options).catch((e: unknown) => e));
    expectPlainMessage(err, dir);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('holding a damaged database: refused before anything is moved to quarantine', async () => {
    const dir = await folderWithDatabase();
    corruptHeader(path.join(dir, 'debrief.db'));
    const before = folderSnapshot(dir);
    const { result: err } = await withWritesRefused([dir], () => openDatabase(dir, options).catch((e: unknown) => e));
    expectPlainMessage(err, dir);
    expect(folderSnapshot(dir)).toEqual(before);
  });

  it('whose database file alone cannot be written: refused, and no -wal or -shm appears', async () => {
    const dir = await folderWithDatabase();
    const before = folderSnapshot(dir);
    const file = path.join(dir, 'debrief.db');
    const { result: err } = await withWritesRefused([file], () => openDatabase(dir, options).catch((e: unknown) => e));
    expectPlainMessage(err, dir);
    expect(folderSnapshot(dir)).toEqual(before);
  });

  it('that does not exist yet, under a parent that cannot be written: refused and named', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'Debrief');
    const { result: err } = await withWritesRefused([parent], () => openDatabase(dir, options).catch((e: unknown) => e));
    expectPlainMessage(err, dir);
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('refuses the start of the whole app with the same message (what the error dialog and the browser host show)', async () => {
    const dir = await folderWithDatabase();
    const { result: err } = await withWritesRefused([dir], () =>
      createCore({ dataDir: dir, version: 'test', host: 'browser', autoBackup: true }).catch((e: unknown) => e),
    );
    expectPlainMessage(err, dir);
  });
});

describe('a data folder path that cannot be a folder', () => {
  it.each([
    ['is a file', (file: string) => file],
    ['goes through a file', (file: string) => path.join(file, 'Debrief')],
  ])('that %s: refused in plain words, the file untouched', async (_label, pathOf) => {
    const file = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(file, 'my notes');
    const dir = pathOf(file);
    const err = await openDatabase(dir, options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataFolderNotAFolderError);
    expect((err as Error).message).toBe(
      `Debrief's data folder, ${dir}, is not a folder it can use: something in that path is a file. Nothing was changed. ` +
        'Move that file away, or point DEBRIEF_DATA_DIR at another folder.',
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('my notes');
  });
});
