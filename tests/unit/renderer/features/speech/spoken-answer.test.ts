import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@renderer/api/api-error';
import { createTestRouter } from '@renderer/app/create-app-router';
import { SpokenAnswer } from '@renderer/features/speech';
import { figures, silentFigures, transcript } from '../../helpers/speech-fixtures';

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

type Props = InstanceType<typeof SpokenAnswer>['$props'];
const BASE = {
  phase: 'done',
  percent: 0,
  stage: null,
  error: null,
  transcript: transcript(),
  text: 'Um, I brought data to the conversation.',
  saveStatus: 'idle',
  saveFailures: [],
  conflict: null,
  found: ['Brought data'],
  trend: '',
  hasKeyPoints: true,
} satisfies Props;

async function show(props: Partial<Props> = {}) {
  const router = createTestRouter();
  await router.push('/practice');
  wrapper = mount(SpokenAnswer, { props: { ...BASE, ...props }, global: { plugins: [router] }, attachTo: document.body });
  return wrapper;
}

describe('SpokenAnswer', () => {
  it('while it runs: a progress bar, the status words in a polite live region, and Cancel', async () => {
    const w = await show({ phase: 'running', stage: 'transcribe', percent: 40, transcript: null });
    expect(w.get('progress').attributes('value')).toBe('40');
    expect(w.get('[data-testid=transcription-status]').text()).toBe('Turning your words into text… 40% · 0 s');
    expect(w.get('[aria-live=polite]').text()).toBe('Turning your words into text…');
    expect(w.text()).toContain('You can read, check the key points and grade meanwhile.');
    await w.get('[data-testid=transcription-cancel]').trigger('click');
    expect(w.emitted('cancel')).toHaveLength(1);
    expect(w.find('textarea').exists()).toBe(false);
  });

  it('before the engine reports a figure: an indeterminate bar and the seconds spent, moving, never a frozen percentage', async () => {
    vi.useFakeTimers();
    try {
      const w = await show({ phase: 'running', stage: 'transcribe', percent: 0, transcript: null });
      expect(w.get('progress').attributes('value')).toBeUndefined();
      expect(w.get('[data-testid=transcription-status]').text()).toBe('Turning your words into text… 0 s');
      await vi.advanceTimersByTimeAsync(25_000);
      expect(w.get('[data-testid=transcription-status]').text()).toBe('Turning your words into text… 25 s');
      expect(w.get('[data-testid=transcription-status]').text()).not.toContain('%');
      expect(w.get('[aria-live=polite]').text()).toBe('Turning your words into text…');
      await w.setProps({ stage: 'vad' });
      expect(w.get('[data-testid=transcription-status]').text()).toBe('Finding where you spoke… 25 s');
    } finally {
      vi.useRealTimers();
    }
  });

  it('failed: says the answer and recording are kept, why it failed, and offers Try again', async () => {
    const error = new ApiError({ code: 'INTERNAL', message: 'The speech engine stopped unexpectedly.' });
    const w = await show({ phase: 'failed', error, transcript: null });
    const failed = w.get('[data-testid=transcription-failed]');
    expect(failed.text()).toContain('Transcription failed. Your answer and the recording are kept; try again.');
    expect(failed.get('[data-testid=transcription-reason]').text()).toBe('The speech engine stopped unexpectedly.');
    await failed.get('button').trigger('click');
    expect(w.emitted('transcribe')).toHaveLength(1);
  });

  it('cancelled: says so and offers Transcribe', async () => {
    const w = await show({ phase: 'cancelled', transcript: null });
    const stopped = w.get('[data-testid=transcription-stopped]');
    expect(stopped.text()).toContain('Transcription cancelled. Your answer and the recording are kept.');
    await stopped.get('button').trigger('click');
    expect(w.emitted('transcribe')).toHaveLength(1);
  });

  it('with words: the editable text, the points found, the figures from the voice, and the trend', async () => {
    const w = await show({ trend: 'Pace 190 → 150 wpm over two tries.' });
    const box = w.get('textarea');
    expect((box.element as HTMLTextAreaElement).value).toBe('Um, I brought data to the conversation.');
    expect(w.get('label').text()).toBe('Your spoken answer');
    await box.setValue('I brought data.');
    expect(w.emitted('edit')?.[0]).toEqual(['I brought data.']);
    await box.trigger('blur');
    expect(w.emitted('flush')).toHaveLength(1);
    expect(w.get('[data-testid=spoken-found]').text()).toBe('Found in what you said: Brought data. They are ticked above.');
    expect(w.get('[data-testid=spoken-speaking-time]').text()).toBe('24 s of 30 s recorded');
    expect(w.get('[data-testid=spoken-pace]').text()).toContain('150 words a minute, within the usual range (usual 130–170).');
    expect(w.get('[data-testid=spoken-pauses]').text()).toBe('1 long pause (over 2.5 s): at 0:12 for 3 s.');
    const fillers = w.get('[data-testid=spoken-fillers]').text();
    expect(fillers).toContain('At least 2 fillers: “um” 2.');
    expect(fillers).toContain('Heard at 0:01 (“um”), 0:20 (“um”).');
    expect(fillers).toContain('Whisper leaves some fillers out');
    expect(w.get('[data-testid=spoken-trend]').text()).toBe('Pace 190 → 150 wpm over two tries.');
  });

  it('under five seconds of speech: no pace, and it says why', async () => {
    const short = transcript({ figures: figures({ speakingSeconds: 3, wordsPerMinute: null, pace: null, wordCount: 8 }) });
    const w = await show({ transcript: short, found: [] });
    expect(w.get('[data-testid=spoken-pace]').text()).toBe('Under 5 seconds of speech: too little to tell a pace from.');
    expect(w.find('.scale').exists()).toBe(false);
    expect(w.get('[data-testid=spoken-found]').text()).toContain('None of the key points were found in what you said');
  });

  it('no words recognised: a clear state, with speaking time and pauses but no pace or fillers', async () => {
    const none = transcript({
      text: '',
      figures: figures({
        wordCount: 0,
        wordsPerMinute: null,
        pace: null,
        fillers: [],
        fillerCount: 0,
        fillerPositions: [],
        noWordsRecognised: true,
      }),
    });
    const w = await show({ transcript: none, text: '', found: [] });
    expect(w.get('[data-testid=spoken-no-words]').text()).toBe(
      'No words were recognised in this recording. Your typed answer and the grade work as usual; below is what the recording itself shows.',
    );
    expect(w.find('textarea').exists()).toBe(false);
    expect(w.get('[data-testid=spoken-speaking-time]').text()).toContain('24 s');
    expect(w.get('[data-testid=spoken-pauses]').text()).toContain('at 0:12');
    expect(w.find('[data-testid=spoken-pace]').exists()).toBe(false);
    expect(w.find('[data-testid=spoken-fillers]').exists()).toBe(false);
  });

  it('silence only: says no speech was heard and to check the microphone, with no empty transcript to edit', async () => {
    for (const modelId of ['tiny.en', null]) {
      const silent = transcript({
        modelId,
        text: '',
        words: [],
        speech: [],
        figures: silentFigures(),
      });
      const w = await show({ transcript: silent, text: '', found: [] });
      expect(w.get('[data-testid=spoken-no-speech]').text()).toBe(
        'No speech was heard in this recording. If you did speak, check which microphone your system uses. Your typed answer and the grade work as usual.',
      );
      expect(w.find('textarea').exists()).toBe(false);
      expect(w.find('[data-testid=spoken-no-model]').exists()).toBe(false);
      expect(w.get('[data-testid=spoken-speaking-time]').text()).toContain('0 s');
      w.unmount();
    }
  });

  it('only the voice-activity model ran: speaking time and pauses, and the way to Settings -> Speech', async () => {
    const vad = transcript({
      modelId: null,
      text: '',
      figures: figures({ wordCount: 0, wordsPerMinute: null, pace: null, fillers: [], fillerCount: 0, fillerPositions: [] }),
    });
    const w = await show({ transcript: vad, text: '', found: [] });
    const hint = w.get('[data-testid=spoken-no-model]');
    expect(hint.text()).toContain('Install a speech model in Settings → Speech to see your words and pace.');
    expect(hint.get('a').attributes('href')).toBe('/settings#speech');
    expect(w.find('[data-testid=spoken-no-words]').exists()).toBe(false);
    expect(w.get('[data-testid=spoken-speaking-time]').text()).toContain('24 s');
    expect(w.find('[data-testid=spoken-pace]').exists()).toBe(false);
  });
  it('voice activity only with a model installed now: offers to transcribe with it', async () => {
    const vadOnly = transcript({ modelId: null, text: '', figures: figures({ wordCount: 0, wordsPerMinute: null }) });
    const w = await show({ transcript: vadOnly, text: '', modelInstalled: true });
    expect(w.find('[data-testid=spoken-no-model]').exists()).toBe(false);
    const offer = w.get('[data-testid=spoken-add-words]');
    expect(offer.text()).toContain('Only speaking time and pauses were measured: no speech model was installed then.');
    await offer.get('button').trigger('click');
    expect(w.emitted('transcribeWithModel')).toHaveLength(1);
    const without = await show({ transcript: vadOnly, text: '', modelInstalled: false });
    expect(without.find('[data-testid=spoken-add-words]').exists()).toBe(false);
    expect(without.get('[data-testid=spoken-no-model]').text()).toContain('Install a speech model in Settings → Speech');
  });

  it('focus follows the buttons as they replace one another, and lands on the heading when the words arrive', async () => {
    const w = await show({ phase: 'running', stage: 'transcribe', percent: 40, transcript: null });
    (w.get('[data-testid=transcription-cancel]').element as HTMLElement).focus();
    await w.setProps({ phase: 'cancelled' });
    expect(document.activeElement?.textContent?.trim()).toBe('Transcribe');
    await w.setProps({ phase: 'running' });
    expect(document.activeElement).toBe(w.get('[data-testid=transcription-cancel]').element);
    await w.setProps({ phase: 'failed', error: new ApiError({ code: 'INTERNAL', message: 'Stopped.' }) });
    expect(document.activeElement?.textContent?.trim()).toBe('Try again');
    await w.setProps({ phase: 'running', error: null });
    await w.setProps({ phase: 'done', transcript: transcript() });
    expect(document.activeElement).toBe(w.get('#spoken-heading').element);
  });
});
