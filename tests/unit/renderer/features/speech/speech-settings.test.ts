import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiClientKey } from '@renderer/api/inject-api';
import { SpeechSettings } from '@renderer/features/speech';
import { DOWNLOAD_POLL_MS } from '@renderer/features/speech/speech-models-store';
import { deferred, fail, fakeClient, ok, type FakeClient } from '../../helpers/fake-client';
import { fakeSpeechHost, speechModel, speechModels, TINY_BYTES } from './speech-model-fixtures';

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

  it('does not start polling when the Download answer arrives after the section is gone', async () => {
    vi.useFakeTimers();
    const host = fakeSpeechHost(1);
    const fake = fakeClient(host.routes);
    const held = deferred<void>();
    const real = host.routes['speech:download']!;
    fake.routes['speech:download'] = async (input) => {
      await held.promise;
      return real(input);
    };
    const w = await mountSection(fake);
    await button(w, 'Download')!.trigger('click');
    w.unmount();
    wrapper = undefined;
    held.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.inputs.at(-1)).toEqual({ route: 'speech:download', input: { modelId: 'tiny.en', action: 'start' } });
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 6);
    expect(fake.calls.filter((c) => c === 'speech:downloadStatus')).toHaveLength(0);
  });

  it('keeps focus in the row: Download hands it to Pause, Pause to Resume, Cancel to the model name', async () => {
    const host = fakeSpeechHost(1);
    const fake = fakeClient(host.routes);
    const held = deferred<void>();
    const real = host.routes['speech:download']!;
    fake.routes['speech:download'] = async (input) => {
      if (input!.action === 'start') await held.promise;
      return real(input);
    };
    const w = await mountSection(fake);
    const row = w.get('li[data-model-id="tiny.en"]');
    const download = button(w, 'Download')!;
    (download.element as HTMLElement).focus();
    await download.trigger('click');
    // Waiting for the answer: the button stays (marked unavailable) and keeps focus; a second click does nothing.
    expect(download.attributes('aria-disabled')).toBe('true');
    expect(download.attributes('disabled')).toBeUndefined();
    expect(document.activeElement).toBe(download.element);
    await download.trigger('click');
    held.resolve();
    await flushPromises();
    expect(host.inputs.filter((i) => i.route === 'speech:download')).toHaveLength(1);
    expect(document.activeElement?.textContent).toContain('Pause');
    await (document.activeElement as HTMLElement).click();
    await flushPromises();
    expect(row.get('[data-testid=download-figures]').text()).toContain('Paused at');
    expect(document.activeElement?.textContent).toContain('Resume');
    (button(w, 'Cancel')!.element as HTMLElement).focus();
    await button(w, 'Cancel')!.trigger('click');
    await flushPromises();
    expect(row.find('[data-testid=download-progress]').exists()).toBe(false);
    expect(document.activeElement).toBe(row.get('h3').element);
  });

  it('after "Yes, delete it" focus lands on the model name, and a new download does not ask about deleting again', async () => {
    const host = fakeSpeechHost(TINY_BYTES);
    host.rows[0].installed = true;
    host.rows[0].active = true;
    const w = await mountSection(fakeClient(host.routes));
    const row = w.get('li[data-model-id="tiny.en"]');
    await button(w, 'Delete')!.trigger('click');
    const yes = button(w, 'Yes, delete it')!;
    (yes.element as HTMLElement).focus();
    await yes.trigger('click');
    await flushPromises();
    expect(row.get('[data-testid=model-state]').text()).toBe('Not installed');
    expect(document.activeElement).toBe(row.get('h3').element);
    expect(document.activeElement?.textContent).toBe('Tiny (English)');

    // Downloaded again: the row offers Delete, not the old question.
    vi.useFakeTimers();
    await button(w, 'Download')!.trigger('click');
    await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS);
    await flushPromises();
    expect(row.get('[data-testid=model-state]').text()).toBe('Installed');
    expect(row.text()).not.toContain('Yes, delete it');
    expect(button(w, 'Delete')).toBeDefined();
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
