import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/open-database';
import { latestSchemaVersion, migrations } from '../../../electron/main/db/migrations';
import { filesIn, quarantinedFile } from '../../helpers/sqlite';
import { useDatabaseFolders } from '../support/databases';

const { tempDir, track, open } = useDatabaseFolders('debrief-open-');

describe('openDatabase on an empty folder', () => {
  it('sets WAL, foreign keys, synchronous=FULL and a busy timeout', async () => {
    const { db } = await open(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('keeps WAL mode on the file itself, as a second connection sees it', async () => {
    const dir = tempDir();
    const { paths } = await open(dir);
    const other = track(new Database(paths.database, { readonly: true }));
    expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('applies every app migration, each with its bookkeeping row', async () => {
    const { db, schemaVersion } = await open(tempDir(), { now: () => new Date('2026-03-01T10:00:00.000Z') });
    const rows = db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version, name: m.name, applied_at: '2026-03-01T10:00:00.000Z' })));
    expect(schemaVersion).toBe(latestSchemaVersion);
  });

  it('creates the app_meta table with its created_at fact', async () => {
    const { db } = await open(tempDir());
    const createdAt = db.prepare("SELECT value FROM app_meta WHERE key = 'created_at'").pluck().get() as string;
    expect(new Date(createdAt).toISOString()).toBe(createdAt);
  });

  it('enforces foreign keys on the connection it returns', async () => {
    const { db } = await open(tempDir());
    db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (p INTEGER REFERENCES parent(id))');
    expect(() => db.prepare('INSERT INTO child (p) VALUES (42)').run()).toThrow(/FOREIGN KEY/);
  });

  it('lays out the data folder, creating missing parents, and reports no notices', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const opened = await open(dir);
    expect(opened.paths.database).toBe(path.join(path.resolve(dir), 'debrief.db'));
    expect(fs.existsSync(opened.paths.database)).toBe(true);
    expect(opened.notices).toEqual([]);
  });

  it('makes no backup when there was nothing to back up', async () => {
    const { paths } = await open(tempDir());
    expect(filesIn(paths.backups)).toEqual([]);
    expect(filesIn(paths.quarantine)).toEqual([]);
  });
});

describe('openDatabase on an existing folder', () => {
  it('applies nothing new on reopen, keeps the data and makes no backup', async () => {
    const dir = tempDir();
    const first = await openDatabase(dir, { now: () => new Date('2026-01-01T00:00:00.000Z') });
    first.db.prepare("INSERT INTO app_meta (key, value) VALUES ('probe', 'kept')").run();
    const before = first.db.prepare('SELECT * FROM schema_migrations ORDER BY version').all();
    first.db.close();

    const second = await open(dir, { now: () => new Date('2027-01-01T00:00:00.000Z') });
    expect(second.db.prepare('SELECT * FROM schema_migrations ORDER BY version').all()).toEqual(before);
    expect(second.db.prepare("SELECT value FROM app_meta WHERE key = 'probe'").pluck().get()).toBe('kept');
    expect(second.notices).toEqual([]);
    expect(filesIn(second.paths.backups)).toEqual([]);
  });

  it('sets the pragmas again on every open (they are per connection)', async () => {
    const dir = tempDir();
    (await openDatabase(dir)).db.close();
    const { db } = await open(dir);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('refuses a file that is not a database only after moving it aside, never deleting it', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'debrief.db'), 'this is a text file, not SQLite '.repeat(200));
    const opened = await open(dir, { now: () => new Date('2026-05-05T05:05:05.005Z') });
    expect(opened.notices).toHaveLength(1);
    expect(fs.readFileSync(quarantinedFile(opened.notices[0]), 'utf8')).toContain('this is a text file');
  });
});
