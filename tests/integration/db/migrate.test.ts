import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import type { Migration } from '../../../electron/main/db/migrations';
import { openDatabase } from '../../../electron/main/db/open-database';
import { dataPaths } from '../../../electron/main/db/data-paths';
import { notesMigration, queryFile, tagsMigration } from '../../helpers/sqlite';
import { useDatabaseFolders } from '../support/databases';

const { tempDir, track, open } = useDatabaseFolders('debrief-migrate-');

/** The first column of every row `sql` reads from a database file, opened read-only for the one query. */
function column<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().all() as T[];
  } finally {
    db.close();
  }
}

const tables = (file: string) => column<string>(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
const versions = (file: string) => column<number>(file, 'SELECT version FROM schema_migrations ORDER BY version');

const brokenInTheMiddle: Migration = {
  version: 2,
  name: 'broken',
  sql: `CREATE TABLE half_done (x INTEGER) STRICT;
        INSERT INTO half_done (x) VALUES (1);
        INSERT INTO notes (body) VALUES ('written by the broken migration');
        INSERT INTO no_such_table (x) VALUES (1);`,
};

describe('migrations that fail', () => {
  it('roll back their own changes and leave earlier migrations applied; the error names the migration', async () => {
    const dir = tempDir();
    const { database } = dataPaths(dir);
    await expect(openDatabase(dir, { migrations: [notesMigration, brokenInTheMiddle] })).rejects.toThrow(
      /Migration 2 \(broken\) failed and was rolled back: .*no_such_table/,
    );
    expect(versions(database)).toEqual([1]);
    expect(tables(database)).toContain('notes');
    expect(tables(database)).not.toContain('half_done');
    expect(queryFile<number>(database, 'SELECT COUNT(*) FROM notes')).toBe(0);
  });

  it('roll back their changes when their bookkeeping row cannot be written', async () => {
    const dir = tempDir();
    const { database } = dataPaths(dir);
    // The migration's own SQL succeeds, but claims its version itself, so recording it hits the primary key.
    const claimsItsRow: Migration = {
      version: 2,
      name: 'claims_row',
      sql: "CREATE TABLE sneaky (x INTEGER) STRICT; INSERT INTO schema_migrations (version, name, applied_at) VALUES (2, 'x', 'y');",
    };
    await expect(openDatabase(dir, { migrations: [notesMigration, claimsItsRow] })).rejects.toThrow(
      /Migration 2 \(claims_row\) failed/,
    );
    expect(versions(database)).toEqual([1]);
    expect(tables(database)).not.toContain('sneaky');
  });

  it('keep the original error as the cause', async () => {
    const err = await openDatabase(tempDir(), { migrations: [notesMigration, brokenInTheMiddle] }).catch((e: unknown) => e);
    expect((err as Error).cause).toMatchObject({ code: 'SQLITE_ERROR' });
  });

  it('stop the run: later migrations are not attempted', async () => {
    const dir = tempDir();
    const third: Migration = { version: 3, name: 'third', sql: 'CREATE TABLE third (x INTEGER) STRICT;' };
    await expect(openDatabase(dir, { migrations: [notesMigration, brokenInTheMiddle, third] })).rejects.toThrow(/Migration 2/);
    expect(tables(dataPaths(dir).database)).not.toContain('third');
  });

  it('close the connection they opened (no WAL file is left behind)', async () => {
    const dir = tempDir();
    await expect(openDatabase(dir, { migrations: [notesMigration, brokenInTheMiddle] })).rejects.toThrow();
    const { database } = dataPaths(dir);
    expect(fs.existsSync(`${database}-wal`)).toBe(false);
  });

  it('can be fixed and rerun: the fixed migration then applies once', async () => {
    const dir = tempDir();
    await expect(openDatabase(dir, { migrations: [notesMigration, brokenInTheMiddle] })).rejects.toThrow();
    const fixed: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER) STRICT;' };
    const { db } = await open(dir, { migrations: [notesMigration, fixed] });
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2]);
  });
});

describe('migrate', () => {
  it('applies only pending migrations and reports which', () => {
    const dir = tempDir();
    const db = track(new Database(dataPaths(dir).database));
    expect(migrate(db, [notesMigration])).toEqual([1]);
    expect(migrate(db, [notesMigration])).toEqual([]);
    expect(migrate(db, [notesMigration, tagsMigration])).toEqual([2]);
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2]);
  });
});
