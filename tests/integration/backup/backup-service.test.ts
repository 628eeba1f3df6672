import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupService } from '../../../electron/main/backup/backup-service';
import { openDatabase } from '../../../electron/main/db/open-database';
import { filesIn, insertNotes, notesMigration, useOpenDatabases } from '../../helpers/sqlite';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('debrief-backup-service-');
const track = useOpenDatabases();

/** A clock that moves one minute per call, so each backup gets its own time. */
function steppingClock(start = Date.parse('2026-01-01T00:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 60_000));
}

async function setup() {
  const opened = await openDatabase(tempDir(), { migrations: [notesMigration] });
  track(opened.db);
  return { ...opened, service: createBackupService(opened.db, opened.paths.backups, steppingClock()) };
}

describe('createBackupService', () => {
  it('create makes a backup of the given kind, and list and latest show it', async () => {
    const { service } = await setup();
    expect(service.list()).toEqual([]);
    expect(service.latest()).toBeNull();
    const first = await service.create('manual');
    const second = await service.create('start');
    expect(service.list()).toEqual([second, first]);
    expect(service.latest()).toEqual(second);
  });

  it('createIfChanged backs up the first time, then only after a write', async () => {
    const { db, service, paths } = await setup();
    const first = await service.createIfChanged('interval');
    expect(first?.reason).toBe('interval');
    await expect(service.createIfChanged('interval')).resolves.toBeNull();
    expect(filesIn(paths.backups)).toHaveLength(1);

    insertNotes(db, 1);
    const second = await service.createIfChanged('interval');
    expect(second).not.toBeNull();
    expect(second?.fileName).not.toBe(first?.fileName);
    await expect(service.createIfChanged('interval')).resolves.toBeNull();
    expect(filesIn(paths.backups)).toHaveLength(2);
  });

  it('counts a manual backup as the latest state, so the next interval backup is skipped', async () => {
    const { db, service } = await setup();
    insertNotes(db, 2);
    await service.create('manual');
    await expect(service.createIfChanged('interval')).resolves.toBeNull();
  });

  it('notices an update or delete as a change too', async () => {
    const { db, service } = await setup();
    insertNotes(db, 2);
    await service.create('manual');
    db.prepare("UPDATE notes SET body = 'changed' WHERE id = 1").run();
    await expect(service.createIfChanged('interval')).resolves.not.toBeNull();
    db.prepare('DELETE FROM notes WHERE id = 2').run();
    await expect(service.createIfChanged('interval')).resolves.not.toBeNull();
  });

  it('runs one backup at a time: a second request while one runs gets the same backup', async () => {
    const { service, paths } = await setup();
    const [a, b] = await Promise.all([service.create('manual'), service.create('manual')]);
    expect(a).toEqual(b);
    expect(filesIn(paths.backups)).toHaveLength(1);
    const c = await service.create('manual');
    expect(c.fileName).not.toBe(a.fileName);
  });

  it('a manual request during an automatic backup waits and makes its own manual backup', async () => {
    const { service, paths } = await setup();
    const [auto, manual] = await Promise.all([service.create('interval'), service.create('manual')]);
    expect(auto.reason).toBe('interval');
    expect(manual.reason).toBe('manual');
    expect(manual.fileName).not.toBe(auto.fileName);
    expect(filesIn(paths.backups)).toHaveLength(2);
  });

  it('a failed backup does not count as a backup: the next createIfChanged tries again', async () => {
    const { db } = await setup();
    // A plain file where the backups folder should be makes every backup fail before anything is copied.
    const blocker = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const service = createBackupService(db, blocker, steppingClock());
    await expect(service.create('manual')).rejects.toThrow();
    await expect(service.createIfChanged('interval')).rejects.toThrow();
    expect(fs.readFileSync(blocker, 'utf8')).toBe('');
  });
});
