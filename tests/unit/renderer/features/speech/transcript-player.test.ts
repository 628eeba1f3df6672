import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { TranscriptPlayer } from '@renderer/features/speech';
import { apiClientKey } from '@renderer/api/inject-api';
import RecordingPlayer from '@renderer/features/practice/components/RecordingPlayer.vue';
import QuestionAttempts from '@renderer/features/practice/components/QuestionAttempts.vue';
import { fakeClient, ok } from '../../helpers/fake-client';
import { attempt } from '../practice/practice-fixtures';
import { transcript, WORDS } from './speech-fixtures';
import { speechModels } from './speech-model-fixtures';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function mountPlayer(t = transcript()) {
  wrapper = mount(TranscriptPlayer, {
    attachTo: document.body,
    props: { src: 'blob:recording', transcript: t, durationSeconds: 10 },
  });
  const audio = wrapper.get('[data-testid="recording-audio"]').element as HTMLAudioElement;
  return { wrapper, audio };
}

const words = (w: VueWrapper) => w.findAll('[data-testid="transcript-words"] button');
const currentWord = (w: VueWrapper) => w.find('[aria-current="time"]');

describe('TranscriptPlayer', () => {
  it('shows every word under the audio, none highlighted before playing, one tab stop', () => {
    const { wrapper: w, audio } = mountPlayer();
    expect(audio.getAttribute('src')).toBe('blob:recording');
    expect(words(w).map((b) => b.text())).toEqual(['And', 'so,', 'um,', 'my', 'fellow', 'Americans,', 'ask', 'not']);
    expect(currentWord(w).exists()).toBe(false);
    expect(words(w).filter((b) => b.attributes('tabindex') === '0')).toHaveLength(1);
  });

  it('clicking a word jumps there, plays, and highlights it', async () => {
    const { wrapper: w, audio } = mountPlayer();
    await words(w)[4].trigger('click');
    expect(audio.currentTime).toBe(WORDS[4].start);
    expect(audio.paused).toBe(false);
    expect(currentWord(w).text()).toBe('fellow');
    expect(words(w)[4].attributes('tabindex')).toBe('0');
  });

  it('follows the audio as it moves (timeupdate)', async () => {
    const { wrapper: w, audio } = mountPlayer();
    audio.currentTime = 6.3;
    audio.dispatchEvent(new Event('timeupdate'));
    await flushPromises();
    expect(currentWord(w).text()).toBe('not');
    audio.currentTime = 4.5;
    audio.dispatchEvent(new Event('timeupdate'));
    await flushPromises();
    expect(currentWord(w).exists()).toBe(false);
  });

  it('Space plays and pauses, also on a focused word; Left and Right skip 5 s', async () => {
    const { wrapper: w, audio } = mountPlayer();
    const region = w.get('[role="group"]');
    await region.trigger('keydown', { key: ' ' });
    expect(audio.paused).toBe(false);
    const onWord = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    words(w)[0].element.dispatchEvent(onWord);
    expect(audio.paused).toBe(true);
    expect(onWord.defaultPrevented).toBe(true);

    await region.trigger('keydown', { key: 'ArrowRight' });
    expect(audio.currentTime).toBe(5);
    await region.trigger('keydown', { key: 'ArrowRight' });
    expect(audio.currentTime).toBe(10);
    await region.trigger('keydown', { key: 'ArrowRight' });
    expect(audio.currentTime).toBe(10);
    await region.trigger('keydown', { key: 'ArrowLeft' });
    await region.trigger('keydown', { key: 'ArrowLeft' });
    await region.trigger('keydown', { key: 'ArrowLeft' });
    expect(audio.currentTime).toBe(0);
    expect(audio.paused).toBe(true);
  });

  it('a skip from a focused word moves focus to the word now being said', async () => {
    const { wrapper: w } = mountPlayer();
    (words(w)[0].element as HTMLElement).focus();
    words(w)[0].element.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
    await flushPromises();
    expect(document.activeElement?.textContent?.trim()).toBe('ask');
  });

  it('leaves keys it does not use, and keys on the audio controls, to others', async () => {
    const { wrapper: w, audio } = mountPlayer();
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    w.get('[role="group"]').element.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    const onAudio = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    audio.dispatchEvent(onAudio);
    expect(onAudio.defaultPrevented).toBe(false);
    expect(audio.paused).toBe(true);
  });

  it('clicking the bar seeks to that point of the recording', async () => {
    const { wrapper: w, audio } = mountPlayer();
    const bar = w.get('[data-testid="speech-timeline"]');
    // happy-dom lays nothing out, so the bar is given the size a browser would.
    (bar.element as HTMLElement).getBoundingClientRect = () => ({ left: 100, width: 400, top: 0, height: 20 }) as DOMRect;
    await bar.trigger('click', { clientX: 200 });
    expect(audio.currentTime).toBe(2.5);
    expect(currentWord(w).text()).toBe('Americans,');
  });

  it('lists the long pause and the filler in words beside the bar', () => {
    const { wrapper: w } = mountPlayer();
    expect(w.get('[data-testid="timeline-summary"]').text()).toBe(
      'Speaking for 4 s of 10 s. 1 long pause: at 0:03 (2.8 s). 1 filler: “um” at 0:01.',
    );
    expect(w.findAll('.bar .pause')).toHaveLength(1);
    expect(w.findAll('.bar .filler')).toHaveLength(1);
    expect(w.findAll('.bar .speech')).toHaveLength(2);
  });

  it('without a speech model: the bar still shows speech and pauses, and one sentence says why there are no words', () => {
    const { wrapper: w } = mountPlayer(transcript({ words: [], modelId: null, figures: { fillerPositions: [] } }));
    expect(w.find('[data-testid="transcript-words"]').exists()).toBe(false);
    expect(w.get('[data-testid="no-words"]').text()).toBe('Install a speech model in Settings → Speech to see the words.');
    expect(w.findAll('.bar .speech')).toHaveLength(2);
    expect(w.get('[data-testid="timeline-summary"]').text()).toContain('1 long pause: at 0:03 (2.8 s).');
  });

  it('when the model heard nothing, says so', () => {
    const { wrapper: w } = mountPlayer(transcript({ words: [], figures: { noWordsRecognised: true, fillerPositions: [] } }));
    expect(w.get('[data-testid="no-words"]').text()).toBe('No words were recognised in this recording.');
  });
});

const recording = { id: 9, mimeType: 'audio/webm;codecs=opus', durationMs: 10_000, sizeBytes: 4, sha256: null, complete: true };

describe('where the player is used', () => {
  it('RecordingPlayer shows the transcript when given one, and keeps the delete button', async () => {
    const fake = fakeClient({ 'recording:get': () => ok({ info: recording, data: 'AAAA' }) });
    wrapper = mount(RecordingPlayer, {
      props: { recording, deleteError: null, transcript: transcript() },
      global: { provide: { [apiClientKey as symbol]: fake.client } },
    });
    await flushPromises();
    expect(wrapper.get('[data-testid="recording-audio"]').attributes('src')).toMatch(/^blob:/);
    expect(wrapper.findAll('[data-testid="transcript-words"] button')).toHaveLength(WORDS.length);
    expect(wrapper.findAll('button.btn').map((b) => b.text())).toContain('Delete recording');
    // The stored length, not the <audio> element's (a MediaRecorder file has none): 10 s.
    expect(wrapper.get('[data-testid="recording-time"]').text()).toBe('0:00 / 0:10');
  });

  it('RecordingPlayer without a transcript is the plain audio', async () => {
    const fake = fakeClient({ 'recording:get': () => ok({ info: recording, data: 'AAAA' }) });
    wrapper = mount(RecordingPlayer, {
      props: { recording, deleteError: null },
      global: { provide: { [apiClientKey as symbol]: fake.client } },
    });
    await flushPromises();
    expect(wrapper.find('[data-testid="recording-audio"]').exists()).toBe(true);
    expect(wrapper.find('[aria-label="Your recording and what you said"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="recording-time"]').text()).toBe('0:00 / 0:10');
  });

  it('an earlier attempt with a recording has Listen, which loads the recording and its transcript', async () => {
    const asked: number[] = [];
    const fake = fakeClient({
      'recording:get': () => ok({ info: recording, data: 'AAAA' }),
      'speech:attempt': (input) => {
        asked.push(input!.attemptId);
        return ok(input!.attemptId === 500 ? transcript() : null);
      },
      'speech:models': () => ok(speechModels([])),
    });
    const history = {
      status: 'ready' as const,
      error: null,
      attempts: [
        attempt(0, { recording }),
        attempt(1, { id: 501, recording: { ...recording, id: 10 } }),
        attempt(2, { id: 502 }),
      ],
    };
    wrapper = mount(QuestionAttempts, {
      props: { history, currentId: null },
      global: { plugins: [createPinia()], provide: { [apiClientKey as symbol]: fake.client } },
    });
    const listen = wrapper.findAll('button.listen');
    expect(listen).toHaveLength(2);
    expect(fake.calls).toEqual([]);

    await listen[0].trigger('click');
    await flushPromises();
    expect(asked).toEqual([500]);
    expect(listen[0].attributes('aria-expanded')).toBe('true');
    expect(listen[0].text()).toBe('Hide the recording');
    const first = wrapper.findAll('[data-testid="attempt-playback"]');
    expect(first).toHaveLength(1);
    expect(first[0].findAll('[data-testid="transcript-words"] button')).toHaveLength(WORDS.length);

    await listen[1].trigger('click');
    await flushPromises();
    const second = wrapper.findAll('[data-testid="attempt-playback"]')[1];
    expect(second.find('[aria-label="Your recording and what you said"]').exists()).toBe(false);
    expect(second.get('[data-testid="recording-audio"]').attributes('src')).toMatch(/^blob:/);

    await listen[0].trigger('click');
    expect(wrapper.findAll('[data-testid="attempt-playback"]')).toHaveLength(1);
  });
});
