import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPaths } from '../../../electron/main/db/data-paths';
import { DatabaseTooNewError } from '../../../electron/main/db/migrate';
import { latestSchemaVersion } from '../../../electron/main/db/migrations';
import { openDatabase } from '../../../electron/main/db/open-database';
import { verifyDatabaseFile } from '../../../electron/main/db/backups';
import { filesIn, insertNotes, notesMigration, queryFile, readNotes, tagsMigration } from '../../helpers/sqlite';
import { sha256File } from '../../helpers/temp-dir';
import { folderSnapshot } from '../support/folder-snapshot';
import { useDatabaseFolders } from '../support/databases';

const { tempDir, open } = useDatabaseFolders('debrief-too-new-');

describe('a database newer than the app', () => {
  it('is refused with DatabaseTooNewError and left byte for byte as it was', async () => {
    const dir = tempDir();
    const newer = await openDatabase(dir, { migrations: [notesMigration, tagsMigration] });
    insertNotes(newer.db, 20);
    newer.db.close();
    const before = folderSnapshot(dir);
    expect(Object.keys(before)).toEqual(['debrief.db']);

    const err = await openDatabase(dir, { migrations: [notesMigration] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseTooNewError);
    expect(err).toMatchObject({ found: 2, known: 1 });
    expect((err as Error).message).toMatch(/newer version of Debrief/);
    expect((err as Error).message).toMatch(/Nothing was changed/);
    // The folder is exactly as it was: the same files, the same bytes; no -wal or -shm appears beside the database.
    expect(folderSnapshot(dir)).toEqual(before);
  });

  it('is refused by the app migrations when its schema is ahead of this build', async () => {
    const dir = tempDir();
    const { db, paths } = await openDatabase(dir);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from_the_future', 'x')").run(
      latestSchemaVersion + 5,
    );
    db.close();
    const before = sha256File(paths.database);

    await expect(openDatabase(dir)).rejects.toMatchObject({
      name: 'DatabaseTooNewError',
      found: latestSchemaVersion + 5,
      known: latestSchemaVersion,
    });
    expect(sha256File(paths.database)).toBe(before);
    expect(filesIn(paths.backups)).toEqual([]);
  });

  it('is refused without checkpointing its WAL into the main file (a crash-state copy stays as it was)', async () => {
    // Make a live database whose newest schema row exists only in its WAL, then copy that state as a crash would leave it.
    const live = tempDir();
    const { db, paths } = await open(live, { migrations: [notesMigration] });
    insertNotes(db, 10);
    db.pragma('wal_autocheckpoint = 0');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (2, 'tags', 'x')").run();
    db.exec(tagsMigration.sql);
    expect(fs.statSync(`${paths.database}-wal`).size).toBeGreaterThan(0);

    const crashed = tempDir();
    const copy = dataPaths(crashed);
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(paths.database + suffix, copy.database + suffix);
    // The main file alone still says schema 1; only the WAL knows about schema 2.
    const mainOnly = tempDir();
    fs.copyFileSync(paths.database, dataPaths(mainOnly).database);
    expect(queryFile<number>(dataPaths(mainOnly).database, 'SELECT MAX(version) FROM schema_migrations')).toBe(1);

    const before = folderSnapshot(crashed);
    expect(Object.keys(before).sort()).toEqual(['debrief.db', 'debrief.db-shm', 'debrief.db-wal']);
    await expect(openDatabase(crashed, { migrations: [notesMigration] })).rejects.toMatchObject({
      name: 'DatabaseTooNewError',
      found: 2,
    });
    // Main file, WAL and shared-memory index all keep their bytes; nothing is added.
    expect(folderSnapshot(crashed)).toEqual(before);
    expect(filesIn(copy.backups)).toEqual([]);
    expect(filesIn(copy.quarantine)).toEqual([]);
  });
});

describe('an existing database migrated to a newer schema', () => {
  it('is backed up first; the backup holds the old schema and every row', async () => {
    const dir = tempDir();
    const old = await openDatabase(dir, { migrations: [notesMigration] });
    insertNotes(old.db, 25);
    old.db.close();
    const rowsBefore = readNotes(dataPaths(dir).database);

    const t = new Date('2026-06-01T08:00:00.000Z');
    const upgraded = await open(dir, { migrations: [notesMigration, tagsMigration], now: () => t });
    expect(upgraded.schemaVersion).toBe(2);

    const backups = filesIn(upgraded.paths.backups);
    expect(backups).toEqual(['debrief-20260601T080000000Z-before-migration.db']);
    const backup = path.join(upgraded.paths.backups, backups[0]);
    expect(verifyDatabaseFile(backup)).toBe(true);
    expect(queryFile<number>(backup, 'SELECT MAX(version) FROM schema_migrations')).toBe(1);
    expect(queryFile<number>(backup, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'tags'")).toBe(0);
    expect(readNotes(backup)).toEqual(rowsBefore);
    expect(readNotes(upgraded.paths.database)).toEqual(rowsBefore);
  });

  it('is not backed up when it is already at the newest schema', async () => {
    const dir = tempDir();
    (await openDatabase(dir, { migrations: [notesMigration, tagsMigration] })).db.close();
    const again = await open(dir, { migrations: [notesMigration, tagsMigration] });
    expect(filesIn(again.paths.backups)).toEqual([]);
  });
});
