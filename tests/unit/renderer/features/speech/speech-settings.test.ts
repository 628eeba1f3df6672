import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiClientKey } from '@renderer/api/inject-api';
import { SpeechSettings } from '@renderer/features/speech';
import { DOWNLOAD_POLL_MS } from '@renderer/features/speech/speech-models-store';
import { fail, fakeClient, ok, type FakeClient } from '../../helpers/fake-client';
import { fakeSpeechHost, speechModel, speechModels } from './speech-model-fixtures';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.useRealTimers();
});

async function mountSection(fake: FakeClient, desktop = false): Promise<VueWrapper> {
  wrapper = mount(SpeechSettings, {
    props: { desktop },
    attachTo: document.body,
    global: { plugins: [createPinia()], provide: { [apiClientKey as symbol]: fake.client } },
  });
  await flushPromises();
  return wrapper;
}

const button = (w: VueWrapper, text: string) => w.findAll('button').find((b) => b.text().startsWith(text));

describe('Settings -> Speech', () => {
  it('says what stays on this computer and lists each model with its size and state', async () => {
    const w = await mountSection(fakeClient(fakeSpeechHost().routes));
    expect(w.text()).toContain('Downloading a speech model is the one time Debrief goes online');
    expect(w.get('[data-testid=vad-note]').text()).toContain('(Silero voice activity v6.2.0, 864 KB)');
    const rows = w.findAll('li[data-model-id]');
    expect(rows.map((r) => r.get('[data-testid=model-size]').text())).toEqual(['74 MB', '141 MB']);
    expect(rows.map((r) => r.get('[data-testid=model-state]').text())).toEqual(['Not installed', 'Not installed']);
    expect(rows[0].text()).toContain('Recommended');
    expect(rows[1].text()).toContain('Many languages');
  });

  it('asks before deleting, saying what is freed and that transcripts stay', async () => {
    const host = fakeSpeechHost();
    host.rows[0].installed = true;
    host.rows[0].active = true;
    const w = await mountSection(fakeClient(host.routes));
    const row = w.get('li[data-model-id="tiny.en"]');
    expect(row.get('[data-testid=model-in-use]').text()).toBe('In use');
    await button(w, 'Delete')!.trigger('click');
    expect(row.text()).toContain('Delete Tiny (English)? This frees 74 MB. Transcripts already made stay as they are.');
    expect(host.inputs.some((i) => i.route === 'speech:deleteModel')).toBe(false);
    await button(w, 'Yes, delete it')!.trigger('click');
    await flushPromises();
    expect(host.inputs.find((i) => i.route === 'speech:deleteModel')?.input).toEqual({ modelId: 'tiny.en' });
    expect(row.get('[data-testid=model-state]').text()).toBe('Not installed');
  });

  it('offers "Choose file…" in the desktop app and a path field in the browser host', async () => {
    const desktop = await mountSection(fakeClient(fakeSpeechHost().routes), true);
    expect(button(desktop, 'Choose file…')).toBeDefined();
    expect(desktop.find('#speech-import-path').exists()).toBe(false);
    desktop.unmount();
    const browser = await mountSection(fakeClient(fakeSpeechHost().routes), false);
    expect(button(browser, 'Choose file…')).toBeUndefined();
    expect(browser.find('#speech-import-path').exists()).toBe(true);
  });

  it('stops asking for progress once the section is gone', async () => {
    vi.useFakeTimers();
    const host = fakeSpeechHost(1);
    const fake = fakeClient(host.routes);
    const w = await mountSection(fake);
    await button(w, 'Download')!.trigger('click');
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 2);
    const polled = fake.calls.filter((c) => c === 'speech:downloadStatus').length;
    expect(polled).toBe(2);
    expect(w.find('progress').exists()).toBe(true);
    w.unmount();
    wrapper = undefined;
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 6);
    expect(fake.calls.filter((c) => c === 'speech:downloadStatus').length).toBe(polled);
  });

  it('shows an error with "Try again" when the models cannot be listed', async () => {
    const fake = fakeClient({ 'speech:models': () => fail('INTERNAL', 'The catalog could not be read.') });
    const w = await mountSection(fake);
    expect(w.text()).toContain('The speech models could not be listed.');
    expect(w.text()).toContain('The catalog could not be read.');
    fake.routes['speech:models'] = () => ok(speechModels([speechModel()]));
    await button(w, 'Try again')!.trigger('click');
    await flushPromises();
    expect(w.findAll('li[data-model-id]')).toHaveLength(1);
  });
});
