// An empty or header-less database beside good backups is damage, not a new journal; a missing one is a loss.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/open-database';
import { filesIn, insertNotes, quarantinedFile } from '../../helpers/sqlite';
import { sha256File } from '../../helpers/temp-dir';
import { notesOptions, useDatabaseFolders } from '../support/databases';

const { tempDir, open, folderWithBackup: backedUpFolder } = useDatabaseFolders('debrief-empty-');

const T_BACKUP = new Date('2026-04-01T09:00:00.000Z');
const T_OPEN = new Date('2026-04-02T10:30:00.000Z');
const options = notesOptions;

/** A folder with 50 notes and a verified backup of them, closed. */
const folderWithBackup = () => backedUpFolder(T_BACKUP, 'start', { count: 50, prefix: 'kept' });

/** Overwrites the 100-byte SQLite header with zeros, as a bad sector or a botched copy might. */
function zeroHeader(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(100, 0), 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
}

const notesIn = (db: { prepare(sql: string): { pluck(): { all(): unknown[] } } }) =>
  db.prepare('SELECT body FROM notes ORDER BY id').pluck().all();

describe('an empty database file', () => {
  it('beside a verified backup: moved aside, the backup restored, and the person told', async () => {
    const { dir, paths, backup, backedUp } = await folderWithBackup();
    fs.truncateSync(paths.database, 0);
    const backupHash = sha256File(path.join(paths.backups, backup.fileName));

    const opened = await open(dir, options(T_OPEN));
    expect(opened.notices).toEqual([
      {
        kind: 'restored-from-backup',
        quarantinedAs: path.join(paths.quarantine, 'debrief-20260402T103000000Z-empty.db'),
        message: expect.stringContaining('Your database file was empty (0 bytes)'),
      },
    ]);
    const [notice] = opened.notices;
    expect(notice.message).toContain(quarantinedFile(notice));
    expect(notice.message).toContain(`restored the backup from ${backup.createdAt}`);
    expect(notice.message).toContain('Anything written after that backup is not in the restored copy.');
    // The empty file is kept (as it was, zero bytes), the backup is copied from, never moved or changed.
    expect(fs.statSync(quarantinedFile(notice)).size).toBe(0);
    expect(sha256File(path.join(paths.backups, backup.fileName))).toBe(backupHash);
    expect(notesIn(opened.db)).toEqual(backedUp);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('with its WAL still beside it: the WAL goes to quarantine with it, byte for byte (SQLite would delete it)', async () => {
    const { dir, paths, backedUp } = await folderWithBackup();
    // What a crash of a live database leaves, with its main file then cut to nothing.
    const live = await openDatabase(dir, options(T_BACKUP));
    live.db.pragma('wal_autocheckpoint = 0');
    insertNotes(live.db, 3, 'only-in-wal');
    const crashed = tempDir();
    fs.copyFileSync(`${paths.database}-wal`, path.join(crashed, 'debrief.db-wal'));
    live.db.close();
    fs.writeFileSync(path.join(crashed, 'debrief.db'), '');
    fs.cpSync(paths.backups, path.join(crashed, 'backups'), { recursive: true });
    const walHash = sha256File(path.join(crashed, 'debrief.db-wal'));

    const opened = await open(crashed, options(T_OPEN));
    const quarantined = quarantinedFile(opened.notices[0]);
    expect(opened.notices[0].kind).toBe('restored-from-backup');
    expect(sha256File(`${quarantined}-wal`)).toBe(walHash);
    expect(notesIn(opened.db)).toEqual(backedUp);
  });

  it('with no backup: starts a new, empty journal with a notice that says the file was empty', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'debrief.db'), '');

    const opened = await open(dir, options(T_OPEN));
    expect(opened.notices).toEqual([
      {
        kind: 'started-empty-after-corruption',
        quarantinedAs: path.join(opened.paths.quarantine, 'debrief-20260402T103000000Z-empty.db'),
        message:
          'Your database file was empty (0 bytes), as a full disk, an interrupted copy or a sync tool can leave it. There ' +
          'was no backup to restore, so Debrief started a new, empty journal and moved the empty file aside to ' +
          `${path.join(opened.paths.quarantine, 'debrief-20260402T103000000Z-empty.db')}.`,
      },
    ]);
    expect(notesIn(opened.db)).toEqual([]);
    insertNotes(opened.db, 2);
    expect(notesIn(opened.db)).toHaveLength(2);
  });
});

describe('a header-less database file', () => {
  it.each([
    ['a zeroed header', (file: string) => zeroHeader(file)],
    ['a file of zeros', (file: string) => fs.writeFileSync(file, Buffer.alloc(fs.statSync(file).size, 0))],
    ['a few stray bytes', (file: string) => fs.writeFileSync(file, 'SQLite')],
  ])('with %s beside a verified backup: quarantined as it was and the backup restored', async (_label, damage) => {
    const { dir, paths, backup, backedUp } = await folderWithBackup();
    damage(paths.database);
    const damagedHash = sha256File(paths.database);

    const opened = await open(dir, options(T_OPEN));
    expect(opened.notices).toHaveLength(1);
    const [notice] = opened.notices;
    expect(notice.kind).toBe('restored-from-backup');
    expect(notice.message).toMatch(/^Your database was damaged \(.+\)\. Debrief moved it aside to /);
    expect(notice.message).toContain(backup.createdAt);
    expect(sha256File(quarantinedFile(notice))).toBe(damagedHash);
    expect(notesIn(opened.db)).toEqual(backedUp);
  });
});

describe('a missing database file', () => {
  it('beside verified backups: the newest is restored, and the person told', async () => {
    const { dir, paths, backedUp } = await folderWithBackup();
    fs.rmSync(paths.database);

    const opened = await open(dir, options(T_OPEN));
    expect(opened.notices).toEqual([
      {
        kind: 'restored-from-backup',
        quarantinedAs: null,
        message:
          'There was no database file (debrief.db) in your data folder, so Debrief restored the newest backup, from ' +
          `${T_BACKUP.toISOString()}. Anything written after that backup is not in the restored copy.`,
      },
    ]);
    expect(notesIn(opened.db)).toEqual(backedUp);
  });

  it('beside only damaged backups: starts empty, says so, and leaves the backups where they are', async () => {
    const { dir, paths, backup } = await folderWithBackup();
    fs.rmSync(paths.database);
    const backupFile = path.join(paths.backups, backup.fileName);
    fs.writeFileSync(backupFile, 'not a database any more');

    const opened = await open(dir, options(T_OPEN));
    expect(opened.notices).toEqual([
      {
        kind: 'started-empty-after-corruption',
        quarantinedAs: null,
        message:
          'There was no database file (debrief.db) in your data folder, and its only backup did not pass its check, so ' +
          `Debrief started a new, empty journal. The backups were left in ${paths.backups}.`,
      },
    ]);
    expect(fs.readFileSync(backupFile, 'utf8')).toBe('not a database any more');
  });

  it('with only a leftover WAL: the WAL is kept in quarantine, not deleted by SQLite', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'debrief.db-wal'), 'frames of a database that is gone');

    const opened = await open(dir, options(T_OPEN));
    const kept = path.join(opened.paths.quarantine, 'debrief-20260402T103000000Z-orphan.db-wal');
    expect(opened.notices).toEqual([
      {
        kind: 'started-empty-after-corruption',
        quarantinedAs: kept,
        message:
          'There was no database file (debrief.db) in your data folder and no backup, so Debrief started a new, empty ' +
          `journal. The files it left behind were moved aside to ${kept}.`,
      },
    ]);
    expect(fs.readFileSync(kept, 'utf8')).toBe('frames of a database that is gone');
  });

  it('with no backups either (a first start): starts empty without a word', async () => {
    const opened = await open(tempDir(), options(T_OPEN));
    expect(opened.notices).toEqual([]);
    expect(filesIn(opened.paths.quarantine)).toEqual([]);
  });
});
