import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, verifyDatabaseFile } from '../../../electron/main/db/backups';
import { dataPaths } from '../../../electron/main/db/data-paths';
import { openDatabase } from '../../../electron/main/db/open-database';
import { corruptHeader, corruptMiddlePages, filesIn, insertNotes, quarantinedFile } from '../../helpers/sqlite';
import { sha256File } from '../../helpers/temp-dir';
import { notesOptions, useDatabaseFolders } from '../support/databases';

const { tempDir, open, folderWithBackup: backedUpFolder } = useDatabaseFolders('debrief-corrupt-');

const T_BACKUP = new Date('2026-04-01T09:00:00.000Z');
const T_RECOVER = new Date('2026-04-02T10:30:00.000Z');
const options = notesOptions;

/** A data folder with 300 notes, a verified backup of them, then 100 more notes written after the backup. */
const folderWithBackup = () => backedUpFolder(T_BACKUP, 'manual', { count: 300, prefix: 'before', after: 100 });

describe('a corrupted database with a good backup', () => {
  it.each([
    ['garbage over the middle pages', corruptMiddlePages],
    ['an overwritten header', corruptHeader],
  ])('with %s: quarantines the original bytes, restores the newest verified backup, and says so', async (_label, corrupt) => {
    const { dir, paths, backup, backedUp } = await folderWithBackup();
    const backupFile = path.join(paths.backups, backup.fileName);
    const backupHash = sha256File(backupFile);
    corrupt(paths.database);
    const corruptedHash = sha256File(paths.database);

    const opened = await open(dir, options(T_RECOVER));

    expect(opened.notices).toHaveLength(1);
    const notice = opened.notices[0];
    expect(notice.kind).toBe('restored-from-backup');
    expect(path.dirname(quarantinedFile(notice))).toBe(paths.quarantine);
    expect(sha256File(quarantinedFile(notice))).toBe(corruptedHash);
    expect(notice.message).toContain(quarantinedFile(notice));
    expect(notice.message).toContain(backup.createdAt);
    expect(notice.message).toMatch(/not in the restored copy/);

    expect(opened.db.prepare('SELECT body FROM notes ORDER BY id').pluck().all()).toEqual(backedUp);
    expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    // The backup itself is copied from, never moved or changed.
    expect(sha256File(backupFile)).toBe(backupHash);
    // The restored database takes writes.
    insertNotes(opened.db, 1, 'new');
    expect(opened.db.prepare('SELECT COUNT(*) FROM notes').pluck().get()).toBe(301);
  });

  it('skips a truncated newest backup in favour of an older good one', async () => {
    const { dir, paths, backedUp } = await folderWithBackup();
    const later = await openDatabase(dir, options(T_BACKUP));
    const newer = await createBackup(later.db, paths.backups, 'interval', new Date('2026-04-01T12:00:00.000Z'));
    later.db.close();
    fs.truncateSync(path.join(paths.backups, newer.fileName), Math.floor(newer.sizeBytes / 2));
    corruptMiddlePages(paths.database);

    const opened = await open(dir, options(T_RECOVER));
    expect(opened.notices[0]).toMatchObject({ kind: 'restored-from-backup' });
    expect(opened.notices[0].message).toContain(T_BACKUP.toISOString());
    expect(opened.db.prepare('SELECT body FROM notes ORDER BY id').pluck().all()).toEqual(backedUp);
  });

  it('skips a newest backup full of garbage in favour of an older good one', async () => {
    const { dir, paths, backedUp } = await folderWithBackup();
    const garbage = path.join(paths.backups, 'debrief-20260401T120000000Z-interval.db');
    fs.writeFileSync(garbage, crypto.randomBytes(64 * 1024));
    corruptHeader(paths.database);

    const opened = await open(dir, options(T_RECOVER));
    expect(opened.notices[0]).toMatchObject({ kind: 'restored-from-backup' });
    expect(opened.db.prepare('SELECT body FROM notes ORDER BY id').pluck().all()).toEqual(backedUp);
    // A damaged backup is skipped, not deleted: it may still hold something worth rescuing.
    expect(fs.existsSync(garbage)).toBe(true);
  });

  it("moves the database's WAL into quarantine with it, byte for byte", async () => {
    const { dir, paths } = await folderWithBackup();
    // Leave a WAL behind as a crash would: copy a live database's files while its connection is open.
    const live = await open(dir, options(T_BACKUP));
    live.db.pragma('wal_autocheckpoint = 0');
    insertNotes(live.db, 1, 'in-wal');
    const crashed = dataPaths(tempDir());
    for (const suffix of ['', '-wal']) fs.copyFileSync(paths.database + suffix, crashed.database + suffix);
    fs.cpSync(paths.backups, crashed.backups, { recursive: true });
    corruptMiddlePages(crashed.database);
    const mainHash = sha256File(crashed.database);
    const walHash = sha256File(`${crashed.database}-wal`);

    const opened = await open(crashed.dir, options(T_RECOVER));
    const quarantinedAs = quarantinedFile(opened.notices[0]);
    expect(sha256File(quarantinedAs)).toBe(mainHash);
    expect(sha256File(`${quarantinedAs}-wal`)).toBe(walHash);
  });

  it('never overwrites an earlier quarantined file, and then leaves the database where it is', async () => {
    const { dir, paths } = await folderWithBackup();
    corruptMiddlePages(paths.database);
    const first = await openDatabase(dir, options(T_RECOVER));
    const firstQuarantine = sha256File(quarantinedFile(first.notices[0]));
    first.db.close();

    corruptHeader(paths.database);
    const secondDamage = sha256File(paths.database);
    await expect(openDatabase(dir, options(T_RECOVER))).rejects.toThrow(/already exists/);
    expect(sha256File(quarantinedFile(first.notices[0]))).toBe(firstQuarantine);
    expect(sha256File(paths.database)).toBe(secondDamage);
  });
});

describe('a corrupted database with no usable backup', () => {
  it('quarantines the original bytes and starts a fresh, working database', async () => {
    const dir = tempDir();
    const { db, paths } = await openDatabase(dir, options(T_BACKUP));
    insertNotes(db, 300);
    db.close();
    corruptMiddlePages(paths.database);
    const corruptedHash = sha256File(paths.database);

    const opened = await open(dir, options(T_RECOVER));
    expect(opened.notices).toEqual([
      {
        kind: 'started-empty-after-corruption',
        quarantinedAs: path.join(paths.quarantine, 'debrief-20260402T103000000Z-corrupt.db'),
        message: expect.stringMatching(/no usable backup/),
      },
    ]);
    expect(sha256File(quarantinedFile(opened.notices[0]))).toBe(corruptedHash);
    expect(opened.schemaVersion).toBe(1);
    expect(opened.db.prepare('SELECT COUNT(*) FROM notes').pluck().get()).toBe(0);
    insertNotes(opened.db, 3);
    expect(opened.db.prepare('SELECT COUNT(*) FROM notes').pluck().get()).toBe(3);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('treats a folder whose only backups are damaged as having none', async () => {
    const dir = tempDir();
    const { db, paths } = await openDatabase(dir, options(T_BACKUP));
    insertNotes(db, 300);
    const backup = await createBackup(db, paths.backups, 'manual', T_BACKUP);
    db.close();
    corruptMiddlePages(path.join(paths.backups, backup.fileName));
    expect(verifyDatabaseFile(path.join(paths.backups, backup.fileName))).toBe(false);
    corruptHeader(paths.database);

    const opened = await open(dir, options(T_RECOVER));
    expect(opened.notices[0].kind).toBe('started-empty-after-corruption');
    expect(filesIn(paths.quarantine).filter((f) => f.endsWith('.db'))).toEqual(['debrief-20260402T103000000Z-corrupt.db']);
  });
});
