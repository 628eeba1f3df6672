import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { MAX_SPEECH_SECONDS, type SpeechJob, type Transcript } from '@shared/speech-schemas';
import { DICTATION_LIMIT_SECONDS, DICTATION_MESSAGES, useDictation, type DictationDeps } from '@renderer/features/speech';
import { deferred, fail, fakeClient, ok, type FakeRoutes } from '../../helpers/fake-client';
import { FakeRecorder } from '../../helpers/fake-microphone';
import { silentFigures } from '../../helpers/speech-fixtures';
import { eventually } from '../../../../helpers/eventually';

// The microphone is a stand-in (happy-dom has none); the client is a fake of the speech routes, the real ones are
// tested in tests/integration/speech.

function transcript(text: string, audioId = 7): Transcript {
  return {
    audioId,
    recordingId: null,
    modelId: 'tiny.en',
    language: 'en',
    text,
    editedText: null,
    revision: 1,
    words: [],
    speech: [{ start: 0, end: 1 }],
    figures: silentFigures({
      durationSeconds: 1,
      speakingSeconds: 1,
      wordCount: text ? text.split(' ').length : 0,
      noWordsRecognised: text === '',
    }),
    createdAt: '2026-03-10T12:00:00.000Z',
  };
}

const job = (state: SpeechJob['state'], extra: Partial<SpeechJob> = {}): SpeechJob => ({
  jobId: '00000000-0000-4000-8000-000000000001',
  audioId: 7,
  modelId: 'tiny.en',
  state,
  stage: state === 'running' ? 'transcribe' : null,
  percent: state === 'done' ? 100 : 40,
  error: null,
  transcript: null,
  ...extra,
});

let tracksStopped = 0;
const stream = { getTracks: () => [{ stop: () => tracksStopped++ }] } as unknown as MediaStream;
const scopes: ReturnType<typeof effectScope>[] = [];
afterEach(() => {
  scopes.splice(0).forEach((s) => s.stop());
  tracksStopped = 0;
  FakeRecorder.made = 0;
  vi.useRealTimers();
});

/** A dictation over fake speech routes; `routes` overrides any of them. */
function setup(routes: FakeRoutes = {}, deps: Partial<DictationDeps> = {}) {
  let now = 0;
  const words: string[] = [];
  const decoded: Blob[] = [];
  const deleted: number[] = [];
  const fake = fakeClient({
    'speech:audioStart': () => ok({ audioId: 7 }),
    'speech:audioAppend': () => ok({ seconds: 1 }),
    'speech:audioFinish': () => ok({ audioId: 7, recordingId: null, seconds: 1, sizeBytes: 32_044, complete: true }),
    'speech:transcribe': () => ok(job('running')),
    'speech:job': () => ok(job('done', { transcript: transcript('I stayed calm and asked what they meant.') })),
    'speech:cancel': () => ok(job('cancelled')),
    'speech:deleteAudio': (input) => {
      deleted.push(input!.audioId);
      return ok({ ok: true as const });
    },
    ...routes,
  });
  const scope = effectScope();
  scopes.push(scope);
  const dictation = scope.run(() =>
    useDictation((w) => words.push(w), fake.client, {
      getUserMedia: async () => stream,
      MediaRecorder: FakeRecorder as unknown as typeof MediaRecorder,
      now: () => now,
      tickMs: 5,
      pollMs: 1,
      decode: async (blob) => {
        decoded.push(blob);
        return new Float32Array(16_000);
      },
      ...deps,
    }),
  )!;
  return { dictation, fake, words, decoded, deleted, scope, advance: (ms: number) => (now += ms) };
}

describe('use-dictation', () => {
  it('listens with the elapsed time, then on Stop transcribes what was heard, hands over the words and deletes the audio', async () => {
    const { dictation, fake, words, decoded, deleted, advance } = setup();
    expect(await dictation.start()).toBe(true);
    expect(dictation.status.value).toBe('listening');
    expect(dictation.listening.value).toBe(true);
    expect(dictation.message.value).toBe('Listening…');
    expect(dictation.detail.value).toBe('0:00');
    advance(7_400);
    await eventually(() => expect(dictation.detail.value).toBe('0:07'));
    // The announced line stays put while the clock moves.
    expect(dictation.message.value).toBe('Listening…');
    FakeRecorder.last!.chunk('first second');

    const stopping = dictation.stop();
    expect(dictation.transcribing.value).toBe(true);
    await stopping;
    // Every piece the recorder gave, in order, as one audio blob; the microphone is let go.
    expect(decoded).toHaveLength(1);
    expect(await decoded[0].text()).toBe('first secondlast');
    expect(decoded[0].type).toBe('audio/webm;codecs=opus');
    expect(tracksStopped).toBe(1);
    expect(words).toEqual(['I stayed calm and asked what they meant.']);
    expect(dictation.status.value).toBe('added');
    expect(dictation.message.value).toBe(DICTATION_MESSAGES.added);
    // A dictation: no recording id, and its audio deleted once the words were handed over.
    expect(fake.calls).toEqual([
      'speech:audioStart',
      'speech:audioAppend',
      'speech:audioFinish',
      'speech:transcribe',
      'speech:job',
      'speech:deleteAudio',
    ]);
    expect(deleted).toEqual([7]);
  });

  it('sends the audio as a dictation (recordingId null) and shows the engine progress in words', async () => {
    const gate = deferred<void>();
    const starts: unknown[] = [];
    const { dictation } = setup({
      'speech:audioStart': (input) => {
        starts.push(input);
        return ok({ audioId: 7 });
      },
      'speech:job': async () => {
        await gate.promise;
        return ok(job('done', { transcript: transcript('Fine.') }));
      },
    });
    await dictation.start();
    const stopping = dictation.stop();
    await eventually(() => expect(dictation.message.value).toBe('Turning your words into text…'));
    expect(dictation.detail.value).toBe('40%');
    expect(starts).toEqual([{ recordingId: null }]);
    gate.resolve();
    await stopping;
    expect(dictation.status.value).toBe('added');
  });

  it('adds nothing when no words were recognised, says so, and still deletes the audio', async () => {
    const { dictation, words, deleted } = setup({ 'speech:job': () => ok(job('done', { transcript: transcript('') })) });
    await dictation.start();
    await dictation.stop();
    expect(words).toEqual([]);
    expect(dictation.status.value).toBe('empty');
    expect(dictation.message.value).toBe('No words were recognised; nothing was added.');
    expect(deleted).toEqual([7]);
  });

  it('Cancel while transcribing stops the job, adds nothing even if it then finishes, and deletes the audio', async () => {
    const gate = deferred<void>();
    const { dictation, fake, words, deleted } = setup({
      'speech:job': async () => {
        await gate.promise;
        return ok(job('done', { transcript: transcript('Too late.') }));
      },
    });
    await dictation.start();
    const stopping = dictation.stop();
    await eventually(() => expect(fake.calls).toContain('speech:job'));
    const cancelling = dictation.cancel();
    expect(dictation.status.value).toBe('cancelled');
    gate.resolve();
    await Promise.all([stopping, cancelling]);
    expect(fake.calls).toContain('speech:cancel');
    expect(words).toEqual([]);
    expect(dictation.status.value).toBe('cancelled');
    expect(dictation.message.value).toBe('Dictation cancelled; nothing was added.');
    expect(deleted).toEqual([7]);
  });

  it('Cancel while the audio is still being started waits for it, then deletes it', async () => {
    const gate = deferred<void>();
    const { dictation, fake, deleted } = setup({
      'speech:audioStart': async () => {
        await gate.promise;
        return ok({ audioId: 9 });
      },
    });
    await dictation.start();
    const stopping = dictation.stop();
    await eventually(() => expect(fake.calls).toContain('speech:audioStart'));
    const cancelling = dictation.cancel();
    gate.resolve();
    await Promise.all([stopping, cancelling]);
    expect(deleted).toEqual([9]);
    expect(fake.calls).not.toContain('speech:transcribe');
  });

  it('a failure says why and keeps the audio for Try again, which does not send it twice; Dismiss deletes it', async () => {
    const { dictation, fake, words, deleted } = setup({
      'speech:transcribe': () => fail('INTERNAL', 'The speech engine stopped unexpectedly.'),
    });
    await dictation.start();
    await dictation.stop();
    expect(dictation.status.value).toBe('failed');
    expect(dictation.message.value).toBe(
      'Dictation failed: The speech engine stopped unexpectedly. Nothing was added; typing works as usual.',
    );
    expect(deleted).toEqual([]);

    fake.routes['speech:transcribe'] = () => ok(job('running'));
    await dictation.retry();
    expect(words).toEqual(['I stayed calm and asked what they meant.']);
    expect(fake.calls.filter((c) => c === 'speech:audioStart')).toHaveLength(1);
    expect(deleted).toEqual([7]);

    // Failing again, then let go: its audio is deleted and the status clears.
    fake.routes['speech:transcribe'] = () => fail('INTERNAL', 'Again.');
    await dictation.start();
    await dictation.stop();
    expect(dictation.status.value).toBe('failed');
    await dictation.dismiss();
    expect(dictation.status.value).toBe('idle');
    expect(dictation.message.value).toBe('');
    expect(deleted).toEqual([7, 7]);
  });

  it('says clearly when the microphone is not allowed, missing, or breaks; nothing is sent', async () => {
    const denied = setup({}, { getUserMedia: () => Promise.reject(new DOMException('no', 'NotAllowedError')) });
    expect(await denied.dictation.start()).toBe(false);
    expect(denied.dictation.status.value).toBe('denied');
    expect(denied.dictation.message.value).toMatch(/microphone was not allowed.*Typing works as usual/);

    const missing = setup({}, { MediaRecorder: undefined });
    expect(await missing.dictation.start()).toBe(false);
    expect(missing.dictation.message.value).toBe(DICTATION_MESSAGES.unavailable);

    const noDevice = setup({}, { getUserMedia: () => Promise.reject(new DOMException('no', 'NotFoundError')) });
    await noDevice.dictation.start();
    expect(noDevice.dictation.status.value).toBe('unavailable');

    const broken = setup();
    await broken.dictation.start();
    FakeRecorder.last!.dispatchEvent(new Event('error'));
    expect(broken.dictation.status.value).toBe('mic-failed');
    expect(broken.dictation.message.value).toMatch(/nothing was added/);
    expect(tracksStopped).toBe(1);
    for (const s of [denied, missing, noDevice, broken]) expect(s.fake.calls).toEqual([]);
  });

  it('leaving mid-dictation lets go of the microphone and sends nothing; mid-transcription it cancels and deletes', async () => {
    const listening = setup();
    await listening.dictation.start();
    listening.scope.stop();
    await flushPromises();
    expect(tracksStopped).toBe(1);
    expect(listening.fake.calls).toEqual([]);

    const gate = deferred<void>();
    const busy = setup({
      'speech:job': async () => {
        await gate.promise;
        return ok(job('running'));
      },
    });
    await busy.dictation.start();
    void busy.dictation.stop();
    await eventually(() => expect(busy.fake.calls).toContain('speech:job'));
    busy.scope.stop();
    gate.resolve();
    await eventually(() => expect(busy.deleted).toEqual([7]));
    expect(busy.fake.calls).toContain('speech:cancel');
    expect(busy.words).toEqual([]);
  });

  it('leaving while the microphone is being asked for lets go of it when it comes: nothing records or is added', async () => {
    const mic = deferred<MediaStream>();
    const { dictation, scope, fake, words } = setup({}, { getUserMedia: () => mic.promise });
    const starting = dictation.start();
    expect(dictation.status.value).toBe('starting');
    scope.stop();
    mic.resolve(stream);
    expect(await starting).toBe(false);
    await flushPromises();
    expect(tracksStopped).toBe(1);
    expect(FakeRecorder.made).toBe(0);
    expect(dictation.status.value).not.toBe('listening');
    expect(fake.calls).toEqual([]);
    expect(words).toEqual([]);
  });

  it('one dictation at a time: starting another stops the one listening, whose words still go to its own field', async () => {
    const first = setup();
    const second = setup();
    await first.dictation.start();
    const firstRecorder = FakeRecorder.last!;
    expect(await second.dictation.start()).toBe(true);
    expect(firstRecorder.state).toBe('inactive');
    await eventually(() => expect(first.dictation.status.value).toBe('added'));
    expect(first.words).toEqual(['I stayed calm and asked what they meant.']);
    expect(second.dictation.status.value).toBe('listening');
    expect(FakeRecorder.last).not.toBe(firstRecorder);
    expect(tracksStopped).toBe(1);
    await second.dictation.stop();
    expect(second.words).toEqual(['I stayed calm and asked what they meant.']);
    expect(tracksStopped).toBe(2);
  });

  it('one dictation at a time: a start still asking for the microphone gives way, and lets go of it when it comes', async () => {
    const mic = deferred<MediaStream>();
    const first = setup({}, { getUserMedia: () => mic.promise });
    const second = setup();
    const starting = first.dictation.start();
    await second.dictation.start();
    expect(first.dictation.status.value).toBe('idle');
    mic.resolve(stream);
    expect(await starting).toBe(false);
    expect(tracksStopped).toBe(1);
    expect(FakeRecorder.made).toBe(1);
    expect(second.dictation.status.value).toBe('listening');
    expect(first.fake.calls).toEqual([]);
  });

  it(`stops by itself at ${DICTATION_LIMIT_SECONDS} s, under what can be transcribed, and adds the words`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    let recordedMs = 0;
    const { dictation, words, deleted } = setup(
      {},
      {
        now: () => Date.now(),
        tickMs: 250,
        // As the real decoder does: a clip over the limit cannot be transcribed.
        decode: async () => {
          recordedMs = FakeRecorder.last!.stoppedAt - FakeRecorder.last!.startedAt;
          if (recordedMs > MAX_SPEECH_SECONDS * 1000) throw new Error('Too long to transcribe.');
          return new Float32Array(16_000);
        },
      },
    );
    await dictation.start();
    await vi.advanceTimersByTimeAsync((DICTATION_LIMIT_SECONDS - 1) * 1000);
    expect(dictation.status.value).toBe('listening');
    expect(dictation.detail.value).toBe('29:49');
    await vi.advanceTimersByTimeAsync(2_000);
    for (let i = 0; i < 50 && dictation.status.value === 'transcribing'; i++) await vi.advanceTimersByTimeAsync(10);
    expect(dictation.status.value).toBe('added');
    expect(recordedMs).toBeLessThanOrEqual(MAX_SPEECH_SECONDS * 1000);
    expect(recordedMs).toBeGreaterThanOrEqual(DICTATION_LIMIT_SECONDS * 1000);
    expect(words).toEqual(['I stayed calm and asked what they meant.']);
    expect(dictation.message.value).toBe(`${DICTATION_MESSAGES.added} ${DICTATION_MESSAGES.limit}`);
    expect(dictation.message.value).toMatch(/stops by itself at 29:50/);
    expect(deleted).toEqual([7]);
  });

  it('Try again after sending failed part-way sends a new audio, and every audio it started is deleted', async () => {
    let nextId = 7;
    let appends = 0;
    const { dictation, words, deleted } = setup({
      'speech:audioStart': () => ok({ audioId: nextId++ }),
      'speech:audioAppend': () => (appends++ === 0 ? fail('INTERNAL', 'The disk is full.') : ok({ seconds: 1 })),
      'speech:audioFinish': (input) =>
        ok({ audioId: input!.audioId, recordingId: null, seconds: 1, sizeBytes: 32_044, complete: true }),
    });
    await dictation.start();
    await dictation.stop();
    expect(dictation.status.value).toBe('failed');
    await dictation.retry();
    expect(words).toEqual(['I stayed calm and asked what they meant.']);
    expect(deleted.sort()).toEqual([7, 8]);
  });
});
