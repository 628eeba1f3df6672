import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  createBackup,
  KEEP_BACKUPS,
  listBackups,
  newestVerifiedBackup,
  rotateBackups,
  verifyDatabaseFile,
} from '../../../electron/main/db/backups';
import { corruptMiddlePages, filesIn, insertNotes, notesMigration, queryFile, readNotes } from '../../helpers/sqlite';
import { useDatabaseFolders } from '../support/databases';

const { tempDir, track, open } = useDatabaseFolders('debrief-backups-');

async function liveDatabase(rows = 50) {
  const opened = await open(tempDir(), { migrations: [notesMigration] });
  insertNotes(opened.db, rows);
  return opened;
}

const at = (iso: string) => new Date(iso);

describe('createBackup', () => {
  it('writes a verified, self-contained copy with the same rows, including rows still in the WAL', async () => {
    const { db, paths } = await liveDatabase(50);
    expect(fs.statSync(`${paths.database}-wal`).size).toBeGreaterThan(0);
    const info = await createBackup(db, paths.backups, 'manual', at('2026-02-03T04:05:06.789Z'));

    expect(info).toEqual({
      fileName: 'debrief-20260203T040506789Z-manual.db',
      createdAt: '2026-02-03T04:05:06.789Z',
      sizeBytes: fs.statSync(path.join(paths.backups, info.fileName)).size,
      reason: 'manual',
    });
    const file = path.join(paths.backups, info.fileName);
    expect(verifyDatabaseFile(file)).toBe(true);
    expect(readNotes(file)).toEqual(readNotes(paths.database));
    expect(readNotes(file)).toHaveLength(50);
    expect(queryFile<string>(file, 'PRAGMA journal_mode')).toBe('delete');
  });

  it('leaves no .partial, -wal, -shm or -journal files next to the backup', async () => {
    const { db, paths } = await liveDatabase();
    const info = await createBackup(db, paths.backups, 'start');
    expect(filesIn(paths.backups)).toEqual([info.fileName]);
  });

  it('does not change the live database', async () => {
    const { db, paths } = await liveDatabase(30);
    await createBackup(db, paths.backups, 'manual');
    insertNotes(db, 1, 'after');
    expect(readNotes(paths.database)).toHaveLength(31);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('gives two backups made in the same millisecond different names', async () => {
    const { db, paths } = await liveDatabase();
    const t = at('2026-01-01T00:00:00.000Z');
    const a = await createBackup(db, paths.backups, 'manual', t);
    const b = await createBackup(db, paths.backups, 'manual', t);
    expect(a.fileName).not.toBe(b.fileName);
    expect(filesIn(paths.backups)).toHaveLength(2);
    for (const f of filesIn(paths.backups)) expect(verifyDatabaseFile(path.join(paths.backups, f))).toBe(true);
  });

  it('leaves no file at all when the copy fails its integrity check', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'damaged.db');
    const seed = new Database(file);
    seed.exec(notesMigration.sql);
    insertNotes(seed, 300);
    seed.close();
    corruptMiddlePages(file);
    // The damaged pages are copied as they are by SQLite's backup, so the copy fails its check.
    const damaged = track(new Database(file));
    const backups = path.join(dir, 'backups');
    await expect(createBackup(damaged, backups, 'manual')).rejects.toThrow(/integrity check/);
    expect(filesIn(backups)).toEqual([]);
  });
});

describe('listBackups', () => {
  it('lists newest first whatever order they were made in', async () => {
    const { db, paths } = await liveDatabase();
    await createBackup(db, paths.backups, 'manual', at('2026-01-02T00:00:00.000Z'));
    await createBackup(db, paths.backups, 'start', at('2026-01-03T00:00:00.000Z'));
    await createBackup(db, paths.backups, 'interval', at('2026-01-01T00:00:00.000Z'));
    expect(listBackups(paths.backups).map((b) => [b.createdAt, b.reason])).toEqual([
      ['2026-01-03T00:00:00.000Z', 'start'],
      ['2026-01-02T00:00:00.000Z', 'manual'],
      ['2026-01-01T00:00:00.000Z', 'interval'],
    ]);
  });

  it('returns nothing for a missing folder', () => {
    expect(listBackups(path.join(tempDir(), 'nope'))).toEqual([]);
  });

  it('ignores files that are not backups, including names with unknown reasons', async () => {
    const { db, paths } = await liveDatabase();
    const info = await createBackup(db, paths.backups, 'manual');
    for (const name of [
      'notes.txt',
      'debrief.db',
      `${info.fileName}.partial`,
      'debrief-20260101T000000000Z-weekly.db',
      'debrief-20260101T000000000Z-constructor.db',
      'debrief-2026-manual.db',
    ]) {
      fs.writeFileSync(path.join(paths.backups, name), 'x');
    }
    expect(listBackups(paths.backups).map((b) => b.fileName)).toEqual([info.fileName]);
  });
});

describe('rotation', () => {
  it(`keeps the newest ${KEEP_BACKUPS.start} start backups and leaves other kinds alone`, async () => {
    const { db, paths } = await liveDatabase(5);
    const manual = await createBackup(db, paths.backups, 'manual', at('2025-12-31T00:00:00.000Z'));
    const made = [];
    for (let day = 1; day <= KEEP_BACKUPS.start + 3; day++) {
      made.push(await createBackup(db, paths.backups, 'start', at(`2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`)));
    }
    const left = listBackups(paths.backups);
    const starts = left.filter((b) => b.reason === 'start').map((b) => b.fileName);
    expect(starts).toEqual(
      made
        .slice(-KEEP_BACKUPS.start)
        .map((b) => b.fileName)
        .reverse(),
    );
    expect(left.map((b) => b.fileName)).toContain(manual.fileName);
  });

  it('rotates each kind by its own limit', async () => {
    const { db, paths } = await liveDatabase(5);
    for (let i = 0; i < KEEP_BACKUPS.interval + 2; i++)
      await createBackup(db, paths.backups, 'interval', at(`2026-01-01T00:${String(i).padStart(2, '0')}:00.000Z`));
    for (let i = 0; i < KEEP_BACKUPS['before-migration'] + 1; i++) {
      await createBackup(db, paths.backups, 'before-migration', at(`2026-02-01T00:${String(i).padStart(2, '0')}:00.000Z`));
    }
    const left = listBackups(paths.backups);
    expect(left.filter((b) => b.reason === 'interval')).toHaveLength(KEEP_BACKUPS.interval);
    expect(left.filter((b) => b.reason === 'before-migration')).toHaveLength(KEEP_BACKUPS['before-migration']);
  });

  it('keeps at least one backup of every kind', () => {
    for (const n of Object.values(KEEP_BACKUPS)) expect(n).toBeGreaterThanOrEqual(1);
  });

  it('rotateBackups on a folder within the limit removes nothing', async () => {
    const { db, paths } = await liveDatabase(5);
    await createBackup(db, paths.backups, 'manual');
    const before = filesIn(paths.backups);
    rotateBackups(paths.backups, 'manual');
    expect(filesIn(paths.backups)).toEqual(before);
  });
});

describe('newestVerifiedBackup', () => {
  it('skips a damaged newer backup in favour of an older good one', async () => {
    const { db, paths } = await liveDatabase(200);
    const good = await createBackup(db, paths.backups, 'manual', at('2026-01-01T00:00:00.000Z'));
    const bad = await createBackup(db, paths.backups, 'manual', at('2026-01-02T00:00:00.000Z'));
    fs.truncateSync(path.join(paths.backups, bad.fileName), Math.floor(bad.sizeBytes / 2));
    expect(newestVerifiedBackup(paths.backups)).toEqual(good);
  });

  it('returns null when no backup passes', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'debrief-20260101T000000000Z-manual.db'), 'not a database at all');
    expect(newestVerifiedBackup(dir)).toBeNull();
    expect(newestVerifiedBackup(path.join(dir, 'missing'))).toBeNull();
  });
});
