import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOWNLOAD_POLL_MS, useSpeechModelsStore } from '@renderer/features/speech/speech-models-store';
import { fail, fakeClient, ok } from '../../helpers/fake-client';
import { withStores } from '../../helpers/with-stores';
import { downloadStatus, fakeSpeechHost, speechModel, speechModels, TINY_BYTES } from './speech-model-fixtures';

function setUp(step?: number) {
  const host = fakeSpeechHost(step);
  const fake = fakeClient(host.routes);
  const stores = withStores(fake.client);
  const store = stores.run(() => useSpeechModelsStore());
  // Dictation reads the same store (useSpeechInstalled): one fact, no copy to push across.
  const dictation = stores.run(() => useSpeechModelsStore());
  const statusCalls = () => fake.calls.filter((c) => c === 'speech:downloadStatus').length;
  return { host, fake, store, dictation, statusCalls };
}

describe('speech models store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads the models and does not poll while nothing downloads', async () => {
    const t = setUp();
    await t.store.load();
    expect(t.store.status).toBe('ready');
    expect(t.store.models.map((m) => [m.id, m.installed])).toEqual([
      ['tiny.en', false],
      ['base', false],
    ]);
    expect(t.store.isPolling()).toBe(false);
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 4);
    expect(t.fake.calls).toEqual(['speech:models']);
  });

  it('a model installed here is known to dictation at once, without waiting for the window to come back', async () => {
    const t = setUp(TINY_BYTES);
    await t.store.load();
    expect(t.dictation.installed).toBe(false);
    await t.store.download('tiny.en', 'start');
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.store.models[0].installed).toBe(true);
    expect(t.dictation.installed).toBe(true);
    await t.store.remove('tiny.en');
    expect(t.dictation.installed).toBe(false);
  });

  it('dictation asks once, shares the answer, and offers nothing when the ask fails', async () => {
    const t = setUp();
    t.host.rows[0].installed = true;
    t.host.rows[0].active = true;
    await Promise.all([t.dictation.ensureLoaded(), t.dictation.ensureLoaded()]);
    expect(t.fake.calls).toEqual(['speech:models']);
    expect(t.dictation.installed).toBe(true);
    await t.dictation.ensureLoaded();
    expect(t.fake.calls).toEqual(['speech:models']);
    t.fake.routes['speech:models'] = () => fail('INTERNAL', 'The list could not be read.');
    await t.dictation.refresh();
    expect(t.dictation.installed).toBe(false);
    expect(t.store.isPolling()).toBe(false);
  });

  it('downloads on request: polls every half second while it runs, then refreshes the list and stops', async () => {
    const t = setUp(TINY_BYTES / 2);
    await t.store.load();
    expect(await t.store.download('tiny.en', 'start')).toBe(true);
    expect(t.host.inputs.at(-1)).toEqual({ route: 'speech:download', input: { modelId: 'tiny.en', action: 'start' } });
    expect(t.store.downloads['tiny.en'].state).toBe('downloading');
    expect(t.store.isPolling()).toBe(true);

    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS - 1);
    expect(t.statusCalls()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.statusCalls()).toBe(1);
    expect(t.host.inputs.at(-1)).toEqual({ route: 'speech:downloadStatus', input: { modelId: 'tiny.en' } });
    expect(t.store.downloads['tiny.en']).toMatchObject({ receivedBytes: TINY_BYTES / 2, etaSeconds: 39 });

    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS);
    expect(t.statusCalls()).toBe(2);
    // Done: the list is asked for again, and shows the model installed and in use.
    expect(t.fake.calls.at(-1)).toBe('speech:models');
    expect(t.store.models[0]).toMatchObject({ installed: true, active: true });
    expect(t.store.justInstalled['tiny.en']).toBe(true);
    expect(t.store.isPolling()).toBe(false);
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 4);
    expect(t.statusCalls()).toBe(2);
  });

  it('pause stops the polling and resume starts it again; cancel forgets the download', async () => {
    const t = setUp(TINY_BYTES / 4);
    await t.store.load();
    await t.store.download('tiny.en', 'start');
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS);
    await t.store.download('tiny.en', 'pause');
    expect(t.host.inputs.at(-1)).toEqual({ route: 'speech:download', input: { modelId: 'tiny.en', action: 'pause' } });
    expect(t.store.downloads['tiny.en']).toMatchObject({ state: 'paused', receivedBytes: TINY_BYTES / 4 });
    const before = t.statusCalls();
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 4);
    expect(t.statusCalls()).toBe(before);

    await t.store.download('tiny.en', 'resume');
    expect(t.store.isPolling()).toBe(true);
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS);
    expect(t.statusCalls()).toBe(before + 1);

    await t.store.download('tiny.en', 'cancel');
    expect(t.host.inputs.at(-1)?.input).toEqual({ modelId: 'tiny.en', action: 'cancel' });
    expect(t.store.downloads['tiny.en']).toBeUndefined();
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 4);
    expect(t.statusCalls()).toBe(before + 1);
  });

  it('stops polling when the section goes away, and picks a running download up again on the next load', async () => {
    const t = setUp(TINY_BYTES / 10);
    await t.store.load();
    await t.store.download('tiny.en', 'start');
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS);
    expect(t.statusCalls()).toBe(1);
    t.store.stopPolling();
    expect(t.store.isPolling()).toBe(false);
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 6);
    expect(t.statusCalls()).toBe(1);

    // Back on the screen: the list carries the running download, so polling resumes by itself.
    await t.store.load();
    expect(t.store.isPolling()).toBe(true);
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS);
    expect(t.statusCalls()).toBe(2);
    t.store.stopPolling();
  });

  it('keeps a failed download\'s reason on its status, and "try again" starts it again', async () => {
    const t = setUp();
    t.fake.routes['speech:downloadStatus'] = () =>
      ok(
        downloadStatus({
          state: 'failed',
          error: { code: 'OFFLINE', message: 'Debrief could not reach the download server.' },
        }),
      );
    await t.store.load();
    await t.store.download('tiny.en', 'start');
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS);
    expect(t.store.downloads['tiny.en']).toMatchObject({ state: 'failed', error: { code: 'OFFLINE' } });
    expect(t.store.isPolling()).toBe(false);
    await t.store.download('tiny.en', 'start');
    expect(t.store.downloads['tiny.en'].state).toBe('downloading');
    t.store.stopPolling();
  });

  it('puts a refused action next to its row, and clears it when the row is tried again', async () => {
    const t = setUp();
    await t.store.load();
    const real = t.host.routes['speech:download'];
    t.fake.routes['speech:download'] = () => fail('STORAGE', 'There is not enough free disk space for this model.');
    expect(await t.store.download('tiny.en', 'start')).toBe(false);
    expect(t.store.rowErrors['tiny.en']?.message).toBe('There is not enough free disk space for this model.');
    expect(t.store.rowErrors['base']).toBeUndefined();
    expect(t.store.busy['tiny.en']).toBeUndefined();
    t.fake.routes['speech:download'] = real;
    expect(await t.store.download('tiny.en', 'start')).toBe(true);
    expect(t.store.rowErrors['tiny.en']).toBeUndefined();
    t.store.stopPolling();
  });

  it('deletes a model and shows the list from disk; uses another model', async () => {
    const t = setUp();
    t.host.rows[0].installed = true;
    t.host.rows[1].installed = true;
    t.host.rows[0].active = true;
    await t.store.load();
    expect(await t.store.use('base')).toBe(true);
    expect(t.host.inputs.at(-1)).toEqual({ route: 'speech:useModel', input: { modelId: 'base' } });
    expect(t.store.models.map((m) => m.active)).toEqual([false, true]);
    expect(await t.store.remove('base')).toBe(true);
    expect(t.host.inputs.slice(-2).map((i) => i.route)).toEqual(['speech:deleteModel', 'speech:models']);
    expect(t.host.inputs.at(-2)?.input).toEqual({ modelId: 'base' });
    expect(t.store.models[1]).toMatchObject({ installed: false, active: false });
  });

  it('imports a typed path, and keeps the reason when the file is not a known model', async () => {
    const t = setUp();
    const paths: string[] = [];
    t.fake.routes['speech:importModel'] = (input) => {
      paths.push(input!.path);
      return input!.path.endsWith('good.bin')
        ? ok(speechModel({ installed: true, active: true }))
        : fail('VALIDATION', 'That file is not one of the speech models Debrief knows (its size matches none of them).', [
            { path: 'path', message: 'x' },
          ]);
    };
    await t.store.load();
    expect(await t.store.importPath('/home/sam/notes.txt')).toBe(false);
    expect(t.store.importError?.message).toMatch(/not one of the speech models/);
    expect(t.store.imported).toBeNull();
    expect(await t.store.importPath('/home/sam/good.bin')).toBe(true);
    expect(t.store.importError).toBeNull();
    expect(t.store.imported?.id).toBe('tiny.en');
    expect(paths).toEqual(['/home/sam/notes.txt', '/home/sam/good.bin']);
    expect(t.fake.calls.at(-1)).toBe('speech:models');
  });

  it('"Choose file…" imports the chosen path, does nothing on cancel, and falls back to the path field when unavailable', async () => {
    const t = setUp();
    const answers = [
      { outcome: 'cancelled' as const },
      { outcome: 'chosen' as const, path: '/home/sam/Downloads/ggml-tiny.en.bin' },
      { outcome: 'unavailable' as const },
    ];
    t.fake.routes['speech:chooseModelFile'] = () => ok(answers.shift()!);
    t.fake.routes['speech:importModel'] = (input) => ok(speechModel({ path: input!.path, installed: true }));
    await t.store.load();
    expect(await t.store.chooseFile()).toBe(false);
    expect(t.fake.calls).not.toContain('speech:importModel');
    expect(await t.store.chooseFile()).toBe(true);
    expect(t.store.imported?.path).toBe('/home/sam/Downloads/ggml-tiny.en.bin');
    expect(t.store.dialogUnavailable).toBe(false);
    expect(await t.store.chooseFile()).toBe(false);
    expect(t.store.dialogUnavailable).toBe(true);
  });

  it('shows an error state when the list cannot load, and recovers on retry', async () => {
    const t = setUp();
    t.fake.routes['speech:models'] = () => fail('INTERNAL', 'The catalog could not be read.');
    await t.store.load();
    expect(t.store.status).toBe('error');
    expect(t.store.error?.message).toBe('The catalog could not be read.');
    t.fake.routes['speech:models'] = () => ok(speechModels([speechModel()]));
    await t.store.load();
    expect(t.store.status).toBe('ready');
    expect(t.store.models).toHaveLength(1);
  });
});
