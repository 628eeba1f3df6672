import { describe, expect, it } from 'vitest';
import { ApiError } from '@renderer/api/api-error';
import { useAppStore } from '@renderer/features/settings/app-store';
import { deferred, fail, fakeClient, ok } from '../../helpers/fake-client';
import { appInfo } from '../../helpers/fixtures';
import { withStores } from '../../helpers/with-stores';

const restored = {
  kind: 'restored-from-backup' as const,
  message: 'Your database was damaged and was restored.',
  quarantinedAs: '/data/quarantine/a.db',
};
const startedEmpty = {
  kind: 'started-empty-after-corruption' as const,
  message: 'Your database was damaged; Debrief started a new one.',
  quarantinedAs: '/data/quarantine/b.db',
};

/** The store says its load failed, keeping the ApiError with this code and message. */
function expectFailed(store: ReturnType<typeof useAppStore>, code: string, message: string): void {
  expect(store.status).toBe('error');
  expect(store.error).toBeInstanceOf(ApiError);
  expect(store.error?.code).toBe(code);
  expect(store.error?.message).toBe(message);
}

describe('app store', () => {
  it('starts idle and loads app:info into ready', async () => {
    const fake = fakeClient({ 'app:info': () => ok(appInfo({ schemaVersion: 3 })) });
    const store = withStores(fake.client).run(() => useAppStore());
    expect(store.status).toBe('idle');
    const loading = store.load();
    expect(store.status).toBe('loading');
    await loading;
    expect(store.status).toBe('ready');
    expect(store.info?.schemaVersion).toBe(3);
    expect(store.error).toBeNull();
  });

  it('keeps the ApiError (code and message) when app:info fails, and a retry clears it', async () => {
    const fake = fakeClient({ 'app:info': () => fail('STORAGE', 'The data folder is not readable.') });
    const store = withStores(fake.client).run(() => useAppStore());
    await store.load();
    expectFailed(store, 'STORAGE', 'The data folder is not readable.');
    expect(store.info).toBeNull();

    fake.routes['app:info'] = () => ok(appInfo());
    await store.load();
    expect(store.status).toBe('ready');
    expect(store.error).toBeNull();
  });

  it('turns a transport that throws into an ApiError instead of an unhandled rejection', async () => {
    const fake = fakeClient({
      'app:info': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const store = withStores(fake.client).run(() => useAppStore());
    await store.load();
    expectFailed(store, 'NETWORK', 'Failed to fetch');
  });

  it('shares one request between callers that load at the same time', async () => {
    const gate = deferred<void>();
    const fake = fakeClient({
      'app:info': async () => {
        await gate.promise;
        return ok(appInfo());
      },
    });
    const store = withStores(fake.client).run(() => useAppStore());
    const both = Promise.all([store.load(), store.load()]);
    gate.resolve();
    await both;
    expect(fake.calls).toEqual(['app:info']);
  });

  it('hides a dismissed notice and keeps the others', async () => {
    const fake = fakeClient({ 'app:info': () => ok(appInfo({ notices: [restored, startedEmpty] })) });
    const store = withStores(fake.client).run(() => useAppStore());
    await store.load();
    expect(store.notices.map((n) => n.notice.kind)).toEqual(['restored-from-backup', 'started-empty-after-corruption']);
    store.dismissNotice(0);
    expect(store.notices).toEqual([{ index: 1, notice: startedEmpty }]);
    // A reload does not bring a dismissed notice back within the session.
    await store.load();
    expect(store.notices.map((n) => n.index)).toEqual([1]);
  });
});
