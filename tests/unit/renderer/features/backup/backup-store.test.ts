import { describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '@shared/app-contract';
import { ApiError } from '@renderer/api/api-error';
import { useBackupStore } from '@renderer/features/backup/backup-store';
import { deferred, fail, fakeClient, ok } from '../../helpers/fake-client';
import { backup } from '../../helpers/fixtures';
import { withStores } from '../../helpers/with-stores';

const older = backup({
  fileName: 'debrief-20261125T090000000Z-start.db',
  createdAt: '2026-11-25T09:00:00.000Z',
  reason: 'start',
});
const made = backup({ fileName: 'debrief-20261126T101010101Z-manual.db', createdAt: '2026-11-26T10:10:10.101Z' });

/** A pretend disk: backup:create adds to it, backup:list reads it newest first. */
function diskClient(initial: BackupInfo[]) {
  const disk = [...initial];
  return fakeClient({
    'backup:list': () => ok([...disk].sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
    'backup:create': () => {
      disk.push(made);
      return ok(made);
    },
  });
}

describe('backup store', () => {
  it('loads the list newest first', async () => {
    const fake = diskClient([older]);
    const store = withStores(fake.client).run(() => useBackupStore());
    await store.load();
    expect(store.status).toBe('ready');
    expect(store.backups).toEqual([older]);
    expect(store.latest).toEqual(older);
  });

  it('refreshes the list from the main process after creating a backup', async () => {
    const fake = diskClient([older]);
    const store = withStores(fake.client).run(() => useBackupStore());
    await store.load();
    const result = await store.create();
    expect(result).toEqual(made);
    expect(store.lastCreated).toEqual(made);
    expect(fake.calls).toEqual(['backup:list', 'backup:create', 'backup:list']);
    expect(store.backups.map((b) => b.fileName)).toEqual([made.fileName, older.fileName]);
    expect(store.latest).toEqual(made);
    expect(store.creating).toBe(false);
  });

  it('is busy while the backup runs and ignores a second click meanwhile', async () => {
    const gate = deferred<void>();
    const fake = diskClient([]);
    fake.routes['backup:create'] = async () => {
      await gate.promise;
      return ok(made);
    };
    const store = withStores(fake.client).run(() => useBackupStore());
    const first = store.create();
    expect(store.creating).toBe(true);
    expect(await store.create()).toBeNull();
    gate.resolve();
    await first;
    expect(store.creating).toBe(false);
    expect(fake.calls.filter((c) => c === 'backup:create')).toHaveLength(1);
  });

  it('sets createError from the ApiError and leaves the list as it was', async () => {
    const fake = diskClient([older]);
    fake.routes['backup:create'] = () => fail('STORAGE', 'The disk is full.');
    const store = withStores(fake.client).run(() => useBackupStore());
    await store.load();
    expect(await store.create()).toBeNull();
    expect(store.createError).toBeInstanceOf(ApiError);
    expect(store.createError?.code).toBe('STORAGE');
    expect(store.createError?.message).toBe('The disk is full.');
    expect(store.lastCreated).toBeNull();
    expect(store.backups).toEqual([older]);
    expect(store.status).toBe('ready');
    expect(store.creating).toBe(false);
  });

  it('clears the previous outcome when a new backup starts', async () => {
    const fake = diskClient([]);
    fake.routes['backup:create'] = () => fail('STORAGE', 'The disk is full.');
    const store = withStores(fake.client).run(() => useBackupStore());
    await store.create();
    expect(store.createError).not.toBeNull();
    fake.routes['backup:create'] = () => ok(made);
    await store.create();
    expect(store.createError).toBeNull();
    expect(store.lastCreated).toEqual(made);
  });

  it('keeps the success when the backup was made but the list could not be reloaded', async () => {
    const fake = diskClient([]);
    fake.routes['backup:list'] = () => fail('INTERNAL', 'The list failed.');
    const store = withStores(fake.client).run(() => useBackupStore());
    await store.create();
    expect(store.lastCreated).toEqual(made);
    expect(store.createError).toBeNull();
    expect(store.status).toBe('error');
    expect(store.error?.message).toBe('The list failed.');
  });

  it('asks for the list again after a create even if a list request was already in flight', async () => {
    const gate = deferred<void>();
    const fake = diskClient([older]);
    let listCalls = 0;
    fake.routes['backup:list'] = async () => {
      listCalls++;
      // The first list request was sent before the backup existed and answers with the old list.
      if (listCalls === 1) {
        await gate.promise;
        return ok([older]);
      }
      return ok([made, older]);
    };
    const store = withStores(fake.client).run(() => useBackupStore());
    const loading = store.load();
    const creating = store.create();
    // Let the backup finish while the old list request is still open; only then let that request answer.
    await vi.waitUntil(() => store.lastCreated !== null);
    gate.resolve();
    await Promise.all([loading, creating]);
    expect(store.backups.map((b) => b.fileName)).toEqual([made.fileName, older.fileName]);
  });
});
