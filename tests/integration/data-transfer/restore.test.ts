import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../../electron/main/data-transfer/table-specs';
import { openDatabase } from '../../../electron/main/db/open-database';
import { latestSchemaVersion, migrations } from '../../../electron/main/db/migrations';
import { EXPORT_TABLES } from '../../../electron/shared/data-transfer-export-schemas';
import { type Opened, useCores } from '../support/cores';
import { checksum, counts } from '../support/export-dump';
import { call, fail } from '../support/routes';
import { journal, practisedInterview } from '../support/writes';

/** Every exported table's rows in a database file, read-only. */
function rowsOf(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(
      EXPORT_TABLES.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${TABLE_SPECS[t].key.join(', ')}`).all()]),
    );
  } finally {
    db.close();
  }
}

function liveRows(t: Opened): Record<string, unknown[]> {
  return Object.fromEntries(
    EXPORT_TABLES.map((name) => [
      name,
      t.db.prepare(`SELECT * FROM "${name}" ORDER BY ${TABLE_SPECS[name].key.join(', ')}`).all(),
    ]),
  );
}

describe('restoring a backup', () => {
  const open = useCores();

  it('makes the live data equal to the backup, after backing up the current state, in the same database file', async () => {
    const t = await open();
    const acme = await practisedInterview(t.core, { closing: 2, grade: 'hard' });
    await call(t.core, 'plan:addItem', { text: 'Practise the closing' });
    const backup = await call(t.core, 'backup:create', {});
    const backupRows = rowsOf(path.join(t.dir, 'backups', backup.fileName));

    // Life goes on after the backup.
    await journal(t.core, { company: 'Later Ltd', wentBadly: { confidence: 'Shaky voice' } });
    await call(t.core, 'interview:update', { id: acme.id, patch: { company: 'Acme renamed' } });
    await call(t.core, 'plan:saveNote', { body: 'Written after the backup' });
    const afterwards = liveRows(t);
    const file = t.core.database.paths.database;
    const inode = fs.statSync(file).ino;

    const result = await call(t.core, 'data:restoreBackup', { fileName: backup.fileName, confirm: true });
    expect(result.restoredFrom).toEqual(backup);
    expect(result.safetyBackup.reason).toBe('before-restore');
    expect(result.recordingsWithoutFile).toBe(0);
    expect(result.rows.interviews).toBe(backupRows.interviews.length);

    expect(liveRows(t)).toEqual(backupRows);
    expect(fs.statSync(file).ino).toBe(inode);
    expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('.restore-'))).toEqual([]);
    // The search index follows the restored rows.
    expect((await call(t.core, 'interview:list', { filters: { query: 'Shaky' } })).items).toEqual([]);
    expect((await call(t.core, 'interview:list', { filters: { query: 'Acme' } })).items.map((i) => i.company)).toEqual(['Acme']);
    expect((await call(t.core, 'plan:get', {})).note.body).toBe('');

    // The safety backup holds the state from just before, so the restore can itself be undone.
    const listed = await call(t.core, 'backup:list', {});
    expect(listed.map((b) => b.fileName)).toContain(result.safetyBackup.fileName);
    expect(rowsOf(path.join(t.dir, 'backups', result.safetyBackup.fileName))).toEqual(afterwards);
    await call(t.core, 'data:restoreBackup', { fileName: result.safetyBackup.fileName, confirm: true });
    expect(liveRows(t)).toEqual(afterwards);
    expect(fs.statSync(file).ino).toBe(inode);
  });

  it('brings an older backup up to the current schema first', async () => {
    const t = await open();
    await call(t.core, 'plan:addItem', { text: 'Will be replaced' });
    // A backup from before the plan existed: schema 4.
    const oldDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-old-'));
    try {
      const old = await openDatabase(oldDir, { migrations: migrations.slice(0, 4) });
      old.db
        .prepare(
          "INSERT INTO interviews (company, held_at, created_at, updated_at) VALUES ('Old Co', '2025-05-01', '2025-05-01T10:00:00.000Z', '2025-05-01T10:00:00.000Z')",
        )
        .run();
      old.db.pragma('wal_checkpoint(TRUNCATE)');
      old.db.close();
      const name = 'debrief-20250501T100000000Z-manual.db';
      fs.mkdirSync(path.join(t.dir, 'backups'), { recursive: true });
      fs.copyFileSync(old.paths.database, path.join(t.dir, 'backups', name));
    } finally {
      fs.rmSync(oldDir, { recursive: true, force: true });
    }
    await call(t.core, 'data:restoreBackup', { fileName: 'debrief-20250501T100000000Z-manual.db', confirm: true });
    expect((await call(t.core, 'interview:list', {})).items.map((i) => i.company)).toEqual(['Old Co']);
    expect((await call(t.core, 'plan:get', {})).items).toEqual([]);
    expect(t.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(latestSchemaVersion);
    // The backup predates the shipped question bank; it is put back as a start would.
    expect((await call(t.core, 'bank:list', {})).total).toBeGreaterThan(100);
  });

  it('needs confirmation and a backup from the list', async () => {
    const t = await open();
    await journal(t.core, { company: 'Acme' });
    const backup = await call(t.core, 'backup:create', {});
    const before = checksum(t.db, t.dir);
    expect(await fail(t.core, 'data:restoreBackup', { fileName: backup.fileName, confirm: false })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'confirm', message: 'Restoring a backup needs confirmation.' }],
    });
    expect(await fail(t.core, 'data:restoreBackup', { fileName: backup.fileName })).toMatchObject({ code: 'VALIDATION' });
    for (const fileName of ['../debrief.db', 'debrief.db', 'nope.db']) {
      expect(await fail(t.core, 'data:restoreBackup', { fileName, confirm: true })).toMatchObject({
        code: 'NOT_FOUND',
        message: `There is no backup called ${fileName}. Refresh the list of backups.`,
      });
    }
    expect(checksum(t.db, t.dir)).toBe(before);
    expect((await call(t.core, 'backup:list', {})).length).toBe(1);
  });

  it('refuses a backup that fails its integrity check, before touching anything', async () => {
    const t = await open();
    await journal(t.core, { company: 'Acme' });
    const backup = await call(t.core, 'backup:create', {});
    const file = path.join(t.dir, 'backups', backup.fileName);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 0, 100);
    fs.writeFileSync(file, bytes);
    const before = { sum: checksum(t.db, t.dir), counts: counts(t.db) };
    expect(await fail(t.core, 'data:restoreBackup', { fileName: backup.fileName, confirm: true })).toEqual({
      code: 'CONFLICT',
      message: `The backup ${backup.fileName} failed its integrity check, so it was not restored. Choose another backup.`,
    });
    expect({ sum: checksum(t.db, t.dir), counts: counts(t.db) }).toEqual(before);
    expect((await call(t.core, 'backup:list', {})).map((b) => b.reason)).toEqual(['manual']);
  });
});
