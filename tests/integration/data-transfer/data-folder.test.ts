import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../electron/main/db/migrations';
import { useCores } from '../support/cores';
import { checksum, counts } from '../support/export-dump';
import { call, fail } from '../support/routes';
import { journal, practisedInterview } from '../support/writes';

describe('delete all data', () => {
  const open = useCores();

  it('needs DELETE typed exactly, and changes nothing otherwise', async () => {
    const t = await open();
    await journal(t.core, { company: 'Acme' });
    const before = checksum(t.db, t.dir);
    for (const confirm of ['delete', 'DELETE ', ' DELETE', 'DEL', '', true]) {
      expect(await fail(t.core, 'data:deleteAll', { confirm })).toEqual({
        code: 'VALIDATION',
        message: 'Some of the values are not valid.',
        details: [{ path: 'confirm', message: 'Type DELETE to confirm.' }],
      });
    }
    expect((await fail(t.core, 'data:deleteAll', {})).code).toBe('VALIDATION');
    expect(checksum(t.db, t.dir)).toBe(before);
    expect(await call(t.core, 'backup:list', {})).toEqual([]);
  });

  it('backs up first, then deletes every row and recording, keeping the schema, the backups and the shipped bank', async () => {
    const t = await open();
    await practisedInterview(t.core, { question: 'A question only I typed', keyPoint: 'Point' });
    await call(t.core, 'plan:addItem', { text: 'Mine' });
    await call(t.core, 'settings:update', { yourName: 'Sam' });
    const earlier = await call(t.core, 'backup:create', {});
    const bank = (await call(t.core, 'bank:list', {})).total;
    expect(fs.readdirSync(path.join(t.dir, 'recordings'))).toHaveLength(1);

    const result = await call(t.core, 'data:deleteAll', { confirm: 'DELETE' });
    expect(result.filesDeleted).toBe(1);
    expect(result.rowsDeleted).toBeGreaterThan(20);
    const left = counts(t.db);
    expect(Object.entries(left).filter(([table, n]) => table !== 'questions' && n > 0)).toEqual([]);
    // The shipped questions come back as on a first start; the one the person typed is gone.
    expect(left.questions).toBe(bank - 1);
    expect(t.db.prepare("SELECT count(*) FROM questions WHERE source = 'custom'").pluck().get()).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM interview_search').pluck().get()).toBe(0);
    expect(fs.readdirSync(path.join(t.dir, 'recordings'))).toEqual([]);
    expect(t.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(latestSchemaVersion);

    // Filed under a reason of its own, so the list of backups says what it is.
    expect(result.safetyBackup).toMatchObject({
      reason: 'before-delete',
      fileName: expect.stringMatching(/-before-delete\.db$/),
    });
    // Both backups are kept; the new one holds everything that was just deleted.
    const backups = await call(t.core, 'backup:list', {});
    expect(backups.map((b) => b.fileName).sort()).toEqual([earlier.fileName, result.safetyBackup.fileName].sort());
    const copy = new Database(path.join(t.dir, 'backups', result.safetyBackup.fileName), { readonly: true });
    try {
      expect(copy.prepare('SELECT count(*) FROM interviews').pluck().get()).toBe(2);
      expect(copy.prepare('SELECT count(*) FROM plan_items').pluck().get()).toBe(1);
    } finally {
      copy.close();
    }

    // The app carries on as new.
    await journal(t.core, { company: 'Fresh start' });
    expect((await call(t.core, 'interview:list', {})).items.map((i) => i.company)).toEqual(['Fresh start']);
    expect((await call(t.core, 'plan:get', {})).items).toEqual([]);
  });
});

describe('open the data folder', () => {
  const open = useCores();

  it('asks the desktop shell to open the folder', async () => {
    const opened: string[] = [];
    const t = await open({ openPath: async (p) => void opened.push(p) });
    expect(await call(t.core, 'data:openFolder', {})).toEqual({ opened: true, path: t.core.database.paths.dir, message: null });
    expect(opened).toEqual([t.core.database.paths.dir]);
  });

  it('answers with the path where no shell can open it (the browser host)', async () => {
    const t = await open();
    expect(await call(t.core, 'data:openFolder', undefined)).toEqual({
      opened: false,
      path: t.core.database.paths.dir,
      message: 'This window cannot open folders; open the path below in your file manager.',
    });
  });

  it('reports a shell that fails, with the path to use instead', async () => {
    const t = await open({
      openPath: async () => {
        throw new Error('No application is associated');
      },
    });
    expect(await call(t.core, 'data:openFolder', {})).toEqual({
      opened: false,
      path: t.core.database.paths.dir,
      message: 'The folder could not be opened (No application is associated); open the path below in your file manager.',
    });
  });
});
