// An earlier attempt's "Listen": transcribing a recording that has no transcript, or giving words to one made with
// voice activity only, through the one read-back path; focus and what the live region says along the way.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiClientKey } from '@renderer/api/inject-api';
import AttemptPlayback from '@renderer/features/practice/components/AttemptPlayback.vue';
import { fail, fakeClient, ok, type FakeRoutes } from '../../helpers/fake-client';
import { FakeOfflineAudioContext, job, speechRoutes } from '../../helpers/speech-fixtures';
import { transcript } from '../speech/speech-fixtures';
import { speechModel, speechModels } from '../speech/speech-model-fixtures';
import { attempt } from './practice-fixtures';
import { eventually } from '../../../../helpers/eventually';

const RECORDING = { id: 9, mimeType: 'audio/webm;codecs=opus', durationMs: 10_000, sizeBytes: 4, sha256: null, complete: true };
const WITH_WORDS = transcript({ audioId: 40 });

let wrapper: VueWrapper | undefined;
beforeEach(() => vi.stubGlobal('OfflineAudioContext', FakeOfflineAudioContext));
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
});

function setUp(options: { saved?: ReturnType<typeof transcript> | null; installed?: boolean; routes?: FakeRoutes } = {}) {
  const speech = speechRoutes(WITH_WORDS);
  const fake = fakeClient({
    'recording:get': () => ok({ info: RECORDING, data: btoa('webm') }),
    'speech:attempt': () => ok(options.saved ?? null),
    'speech:models': () => ok(speechModels([speechModel({ installed: !!options.installed, active: !!options.installed })])),
    ...speech.routes,
    ...options.routes,
  });
  wrapper = mount(AttemptPlayback, {
    props: { attempt: attempt(0, { recording: RECORDING }) },
    attachTo: document.body,
    global: { plugins: [createPinia()], provide: { [apiClientKey as symbol]: fake.client } },
  });
  return { fake, w: wrapper };
}

const count = (calls: string[], name: string) => calls.filter((c) => c === name).length;
const player = (w: VueWrapper) => w.find('[role="group"][tabindex="0"]');

/** Starts transcribing, waits until the job is under way (40%), then presses Stop with the keyboard's focus on it. */
async function stopWhileRunning(w: VueWrapper) {
  await flushPromises();
  await w.get('[data-testid=transcribe-start]').trigger('click');
  await eventually(() => expect(w.get('[data-testid=transcribe-status]').text()).toContain('40%'));
  const stop = w.get('[data-testid=transcribe-stop]');
  (stop.element as HTMLElement).focus();
  await stop.trigger('click');
  await flushPromises();
}

describe('TranscribeRecording on an earlier attempt', () => {
  it('reads the recording back, transcribes it, shows the words and moves focus to the player', async () => {
    const { fake, w } = setUp();
    await flushPromises();
    const start = w.get('[data-testid=transcribe-start]');
    expect(start.text()).toBe('Transcribe this recording');
    (start.element as HTMLElement).focus();
    await start.trigger('click');
    // The button stays where it was, marked unavailable, and keeps focus; a second click starts nothing.
    expect(start.attributes('aria-disabled')).toBe('true');
    expect(start.attributes('disabled')).toBeUndefined();
    expect(document.activeElement).toBe(start.element);
    await start.trigger('click');
    await eventually(() => expect(player(w).exists()).toBe(true));
    expect(count(fake.calls, 'recording:get')).toBe(2); // the player's copy, and the one read back to transcribe
    expect(count(fake.calls, 'speech:audioStart')).toBe(1);
    expect(w.findAll('[data-testid="transcript-words"] button').map((b) => b.text())[0]).toBe('And');
    expect(w.find('[data-testid=transcribe-start]').exists()).toBe(false);
    expect(document.activeElement).toBe(player(w).element);
  });

  it('the live region says each step without the percentage; the percentage is on screen only', async () => {
    let hold = true;
    const speech = speechRoutes(WITH_WORDS, { hold: () => hold });
    const { w } = setUp({ routes: speech.routes });
    await flushPromises();
    await w.get('[data-testid=transcribe-start]').trigger('click');
    await eventually(() =>
      expect(w.get('[data-testid=transcribe-status]').text()).toMatch(/^Turning your words into text… 40% · \d+ s$/),
    );
    const live = w.get('[role=status]');
    expect(live.attributes('aria-live')).toBe('polite');
    expect(live.text()).toBe('Turning your words into text…');
    expect(w.get('[data-testid=transcribe-status]').attributes('role')).toBeUndefined();
    expect(w.get('[data-testid=transcribe-status]').attributes('aria-live')).toBeUndefined();
    hold = false;
    await eventually(() => expect(player(w).exists()).toBe(true));
  });

  it('after a failure, "Try transcribing again" reuses the audio already sent instead of sending it again', async () => {
    let broken = true;
    const { fake, w } = setUp({
      routes: {
        'speech:transcribe': () => (broken ? fail('INTERNAL', 'The speech engine stopped unexpectedly.') : ok(job('queued'))),
      },
    });
    await flushPromises();
    await w.get('[data-testid=transcribe-start]').trigger('click');
    await eventually(() => expect(w.get('[role=alert]').text()).toBe('The speech engine stopped unexpectedly.'));
    const again = w.get('[data-testid=transcribe-start]');
    expect(again.text()).toBe('Try transcribing again');
    broken = false;
    await again.trigger('click');
    await eventually(() => expect(player(w).exists()).toBe(true));
    expect(count(fake.calls, 'speech:audioStart')).toBe(1);
    expect(count(fake.calls, 'recording:get')).toBe(2);
    expect(count(fake.calls, 'speech:transcribe')).toBe(2);
  });

  it('a recording that cannot be read back says so, and "Try transcribing again" reads it again', async () => {
    let reads = 0;
    const { fake, w } = setUp({
      routes: {
        'recording:get': () =>
          ++reads === 2 ? fail('NOT_FOUND', 'The recording file is missing.') : ok({ info: RECORDING, data: btoa('webm') }),
      },
    });
    await flushPromises();
    await w.get('[data-testid=transcribe-start]').trigger('click');
    await flushPromises();
    expect(w.get('[role=alert]').text()).toBe('The recording could not be read. The recording file is missing.');
    await w.get('[data-testid=transcribe-start]').trigger('click');
    await eventually(() => expect(player(w).exists()).toBe(true));
    expect(count(fake.calls, 'recording:get')).toBe(3);
  });

  it('Stop hands focus back to the button; a Stop that arrives after the job finished still shows the words', async () => {
    const speech = speechRoutes(WITH_WORDS, { hold: () => true });
    const { w } = setUp({ routes: { ...speech.routes, 'speech:cancel': () => ok(job('done', { transcript: WITH_WORDS })) } });
    await stopWhileRunning(w);
    expect(player(w).exists()).toBe(true);
    expect(w.findAll('[data-testid="transcript-words"] button')).toHaveLength(8);
    expect(document.activeElement).toBe(player(w).element);
  });

  it('a real Stop keeps focus on "Try transcribing again"', async () => {
    const speech = speechRoutes(WITH_WORDS, { hold: () => true });
    const { w } = setUp({ routes: speech.routes });
    await stopWhileRunning(w);
    expect(w.find('[data-testid=transcribe-stop]').exists()).toBe(false);
    expect(document.activeElement).toBe(w.get('[data-testid=transcribe-start]').element);
    expect(document.activeElement?.textContent?.trim()).toBe('Try transcribing again');
  });
});

describe('an earlier attempt measured with voice activity only', () => {
  const VAD_ONLY = transcript({ audioId: 40, modelId: null, words: [], text: '' });

  it('with a model installed now: says so and transcribes the saved audio with it, without reading or sending again', async () => {
    const transcribed: unknown[] = [];
    const speech = speechRoutes(WITH_WORDS);
    const { fake, w } = setUp({
      saved: VAD_ONLY,
      installed: true,
      routes: {
        'speech:transcribe': (input) => {
          transcribed.push(input);
          return speech.routes['speech:transcribe']!(input);
        },
      },
    });
    await flushPromises();
    expect(w.get('[data-testid=no-words]').text()).toBe(
      'Only speaking time and pauses were measured: no speech model was installed then. Transcribe it with the speech model to see the words.',
    );
    const start = w.get('[data-testid=transcribe-start]');
    expect(start.text()).toBe('Transcribe with the speech model');
    (start.element as HTMLElement).focus();
    await start.trigger('click');
    await eventually(() => expect(w.findAll('[data-testid="transcript-words"] button')).toHaveLength(8));
    expect(transcribed).toEqual([{ audioId: 40 }]);
    expect(count(fake.calls, 'recording:get')).toBe(1); // the player's copy only
    expect(count(fake.calls, 'speech:audioStart')).toBe(0);
    expect(w.find('[data-testid=transcribe-start]').exists()).toBe(false);
    expect(document.activeElement).toBe(player(w).element);
  });

  it('with no model installed: points to Settings and offers nothing to run', async () => {
    const { w } = setUp({ saved: VAD_ONLY, installed: false });
    await flushPromises();
    expect(w.get('[data-testid=no-words]').text()).toBe('Install a speech model in Settings → Speech to see the words.');
    expect(w.find('[data-testid=transcribe-start]').exists()).toBe(false);
  });
});
