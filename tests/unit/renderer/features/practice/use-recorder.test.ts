import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { effectScope } from 'vue';
import { RECORDER_MESSAGES, useRecorder, type RecorderDeps } from '@renderer/features/practice/use-recorder';
import { deferred, fakeClient, ok } from '../../helpers/fake-client';
import { FakeRecorder } from '../../helpers/fake-microphone';

const stopped: string[] = [];
const stream = { getTracks: () => [{ stop: () => stopped.push('track') }] } as unknown as MediaStream;

function setup(deps: Partial<RecorderDeps> = {}) {
  let now = 0;
  const appended: string[] = [];
  const fake = fakeClient({
    'recording:start': () => ok({ id: 12 }),
    'recording:append': (input) => {
      appended.push(atob(input!.chunk));
      return ok({ sizeBytes: appended.join('').length });
    },
    'recording:finish': (input) =>
      ok({
        id: input!.id,
        mimeType: 'audio/webm;codecs=opus',
        durationMs: input!.durationMs,
        sizeBytes: 10,
        sha256: 'x',
        complete: true,
      }),
    'recording:delete': () => ok({ ok: true as const }),
  });
  const scope = effectScope();
  const recorder = scope.run(() =>
    useRecorder(fake.client, {
      getUserMedia: async () => stream,
      MediaRecorder: FakeRecorder as unknown as typeof MediaRecorder,
      now: () => now,
      ...deps,
    }),
  )!;
  return { recorder, fake, appended, scope, advance: (ms: number) => (now += ms) };
}

describe('use-recorder', () => {
  it('records opus in one-second chunks, sends each as it arrives, and finishes with the time recorded', async () => {
    const { recorder, fake, appended, advance } = setup();
    expect(await recorder.start()).toBe(true);
    expect(recorder.status.value).toBe('recording');
    expect(recorder.recordingId.value).toBe(12);
    expect(FakeRecorder.last?.options).toEqual({ mimeType: 'audio/webm;codecs=opus' });
    expect(FakeRecorder.last?.timeslice).toBe(1000);
    FakeRecorder.last!.chunk('one');
    FakeRecorder.last!.chunk('two');
    await flushPromises();
    expect(appended).toEqual(['one', 'two']);
    advance(3000);
    recorder.pause();
    advance(10_000);
    recorder.resume();
    advance(1000);
    const finished = await recorder.stop();
    expect(appended).toEqual(['one', 'two', 'last']);
    expect(finished?.info).toMatchObject({ id: 12, durationMs: 4000, complete: true });
    // The same audio is at hand in memory, in order and with its type, for the transcription that follows.
    expect(await finished?.blob.text()).toBe('onetwolast');
    expect(finished?.blob.type).toBe('audio/webm;codecs=opus');
    expect(fake.calls.at(-1)).toBe('recording:finish');
    expect(recorder.status.value).toBe('idle');
    expect(stopped.length).toBeGreaterThan(0);
  });

  it('starts each recording with no chunks of the one before', async () => {
    const { recorder } = setup();
    await recorder.start();
    FakeRecorder.last!.chunk('first answer');
    expect(await (await recorder.stop())?.blob.text()).toBe('first answerlast');
    await recorder.start();
    FakeRecorder.last!.chunk('second');
    expect(await (await recorder.stop())?.blob.text()).toBe('secondlast');
  });

  it('says kindly when the microphone is refused, and nothing is sent', async () => {
    const { recorder, fake } = setup({ getUserMedia: async () => Promise.reject(new DOMException('no', 'NotAllowedError')) });
    expect(await recorder.start()).toBe(false);
    expect(recorder.status.value).toBe('denied');
    expect(recorder.message.value).toBe(RECORDER_MESSAGES.denied);
    expect(fake.calls).toEqual([]);
  });

  it('says so when there is no microphone or no recorder at all', async () => {
    const absent = setup({ getUserMedia: async () => Promise.reject(new DOMException('none', 'NotFoundError')) });
    expect(await absent.recorder.start()).toBe(false);
    expect(absent.recorder.status.value).toBe('unavailable');
    const none = setup({ MediaRecorder: undefined });
    expect(await none.recorder.start()).toBe(false);
    expect(none.recorder.message.value).toBe(RECORDER_MESSAGES.unavailable);
  });

  it('discarding stops and deletes the recording in progress', async () => {
    const { recorder, fake } = setup();
    await recorder.start();
    await recorder.discard();
    expect(fake.calls).toContain('recording:delete');
    expect(recorder.recordingId.value).toBeNull();
    expect(recorder.status.value).toBe('idle');
  });

  it('leaving while the microphone is being asked for lets go of it when it comes; nothing records', async () => {
    const mic = deferred<MediaStream>();
    FakeRecorder.last = null;
    stopped.length = 0;
    const { recorder, fake, scope } = setup({ getUserMedia: () => mic.promise });
    const starting = recorder.start();
    expect(recorder.status.value).toBe('starting');
    scope.stop();
    mic.resolve(stream);
    expect(await starting).toBe(false);
    expect(stopped).toEqual(['track']);
    expect(FakeRecorder.last).toBeNull();
    expect(recorder.status.value).toBe('idle');
    expect(fake.calls).toEqual([]);
  });

  it('leaving while the recording is being made stops the microphone and deletes the empty recording', async () => {
    const made = deferred<void>();
    stopped.length = 0;
    const { recorder, fake, scope } = setup();
    fake.routes['recording:start'] = async () => {
      await made.promise;
      return ok({ id: 12 });
    };
    const starting = recorder.start();
    await flushPromises();
    scope.stop();
    made.resolve();
    expect(await starting).toBe(false);
    expect(stopped).toEqual(['track']);
    expect(FakeRecorder.last!.state).toBe('inactive');
    expect(fake.calls).toEqual(['recording:start', 'recording:delete']);
    expect(recorder.recordingId.value).toBeNull();
  });
});
