import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_INTERVAL_MS } from '../../electron/main/backup/backup-service';
import { createCore, type Core, type CoreOptions } from '../../electron/main/core';
import { createBackup } from '../../electron/main/db/backups';
import { latestSchemaVersion } from '../../electron/main/db/migrations';
import { openDatabase } from '../../electron/main/db/open-database';
import { routeNames } from '../../electron/shared/contract';
import { corruptMiddlePages, filesIn } from '../helpers/sqlite';
import { useTempDirs } from '../helpers/temp-dir';
import { eventually } from '../helpers/eventually';

const tempDir = useTempDirs('debrief-core-');
const cores: Core[] = [];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const core of cores.splice(0)) if (core.database.db.open) core.close();
});

async function start(options: Partial<CoreOptions> = {}): Promise<Core> {
  const core = await createCore({
    dataDir: tempDir(),
    version: '9.8.7',
    host: 'browser',
    autoBackup: false,
    validateOutput: true,
    ...options,
  });
  cores.push(core);
  return core;
}

describe('createCore', () => {
  it('registers a handler for every contract route', async () => {
    const core = await start();
    expect(() => core.router.assertComplete()).not.toThrow();
    for (const name of routeNames) {
      const reply = await core.router.dispatch(name, 'not an object');
      // Every route is known to the router: a bad input is a validation error, never UNKNOWN_ROUTE.
      expect(reply, name).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('app:info reports the data folder, database, schema version and host', async () => {
    const dataDir = path.join(tempDir(), 'my data');
    const core = await start({ dataDir });
    const reply = await core.router.dispatch('app:info', undefined);
    expect(reply).toEqual({
      ok: true,
      data: {
        name: 'Debrief',
        version: '9.8.7',
        dataDir: path.resolve(dataDir),
        databasePath: path.join(path.resolve(dataDir), 'debrief.db'),
        schemaVersion: latestSchemaVersion,
        lastBackup: null,
        notices: [],
        host: 'browser',
      },
    });
    const applied = core.database.db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get();
    expect(applied).toBe(latestSchemaVersion);
  });

  it('backup:create makes a verified manual backup that backup:list and app:info then show', async () => {
    const core = await start();
    const created = await core.router.dispatch('backup:create', {});
    expect(created).toMatchObject({ ok: true, data: { reason: 'manual' } });
    if (!created.ok) return;
    const list = await core.router.dispatch('backup:list', {});
    expect(list).toEqual({ ok: true, data: [created.data] });
    expect(filesIn(core.database.paths.backups)).toEqual([(created.data as { fileName: string }).fileName]);
    const info = await core.router.dispatch('app:info', {});
    expect(info).toMatchObject({ ok: true, data: { lastBackup: created.data } });
  });

  it('with autoBackup, makes a start backup when it opens', async () => {
    const core = await start({ autoBackup: true });
    const list = await core.router.dispatch('backup:list', {});
    expect(list).toMatchObject({ ok: true, data: [{ reason: 'start' }] });
  });

  it('without autoBackup, makes no backup', async () => {
    const core = await start({ autoBackup: false });
    expect(filesIn(core.database.paths.backups)).toEqual([]);
  });

  it('with autoBackup, backs up every fifteen minutes only when something changed, and stops on close', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const core = await start({ autoBackup: true });
    const kinds = () => core.backups.list().map((b) => b.reason);
    expect(kinds()).toEqual(['start']);

    // Nothing written since the start backup: no interval backup.
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
    await eventually(() => expect(kinds()).toEqual(['start']));

    core.database.db.prepare("INSERT INTO app_meta (key, value) VALUES ('probe', '1')").run();
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
    await eventually(() => expect(kinds().sort()).toEqual(['interval', 'start']));

    core.close();
    await vi.advanceTimersByTimeAsync(3 * BACKUP_INTERVAL_MS);
    expect(errors).not.toHaveBeenCalled();
  });

  it('passes startup notices on to app:info', async () => {
    const dataDir = tempDir();
    const seed = await openDatabase(dataDir);
    seed.db.exec('CREATE TABLE filler (x TEXT)');
    const fill = seed.db.prepare('INSERT INTO filler (x) VALUES (?)');
    for (let i = 0; i < 300; i++) fill.run('y'.repeat(1000));
    await createBackup(seed.db, seed.paths.backups, 'manual');
    seed.db.close();
    corruptMiddlePages(seed.paths.database);

    const core = await start({ dataDir });
    const reply = await core.router.dispatch('app:info', {});
    expect(reply).toMatchObject({ ok: true, data: { notices: [{ kind: 'restored-from-backup' }] } });
    const quarantined = fs.readdirSync(core.database.paths.quarantine).filter((f) => f.endsWith('-corrupt.db'));
    expect(quarantined).toHaveLength(1);
  });

  it('refuses to start on a database newer than the app', async () => {
    const dataDir = tempDir();
    const seed = await openDatabase(dataDir);
    seed.db
      .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'x')")
      .run(latestSchemaVersion + 1);
    seed.db.close();
    await expect(createCore({ dataDir, version: '1', host: 'browser', autoBackup: true })).rejects.toMatchObject({
      name: 'DatabaseTooNewError',
    });
    expect(filesIn(path.join(dataDir, 'backups'))).toEqual([]);
  });
});
