import { describe, expect, it } from 'vitest';
import type { WorkerMessage } from '../../../../../electron/main/speech/engine/engine-messages';
import { runWorkerLoop, type WorkerPort } from '../../../../../electron/main/speech/engine/worker-loop';

/** A port that records what the worker sends and lets the test speak as the host. */
function fakePort() {
  const sent: WorkerMessage[] = [];
  let listener: (m: unknown) => void = () => {};
  const port: WorkerPort = { send: (m) => sent.push(m), onMessage: (l) => (listener = l) };
  return { port, sent, host: (m: unknown) => listener(m) };
}

/** A promise the test settles by hand, so no step depends on timing. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const job = (over: Record<string, unknown> = {}) => ({
  jobId: 'j1',
  audioPath: '/a.wav',
  vadModelPath: '/vad.bin',
  modelPath: '/tiny.bin',
  language: 'en',
  prompt: 'Um',
  threads: 2,
  ...over,
});
const flush = () => new Promise((r) => setImmediate(r));

function fakeEngine() {
  const vad = deferred<{ start: number; end: number }[]>();
  const words = deferred<{ language: string | null; tokens: { text: string; start: number; end: number }[] }>();
  const calls: string[] = [];
  let progress: ((p: number) => void) | undefined;
  return {
    vad,
    words,
    calls,
    progress: (p: number) => progress?.(p),
    engine: {
      detectSpeech: async (a: string, v: string) => (calls.push(`vad ${a} ${v}`), vad.promise),
      transcribe: async (a: string, m: string, o: { prompt: string; onProgress?: (p: number) => void }) => {
        calls.push(`transcribe ${a} ${m} ${o.prompt}`);
        progress = o.onProgress;
        return { stop: async () => void calls.push('stop'), result: words.promise };
      },
      release: async () => (calls.push('release'), ['/tiny.bin', '/vad.bin']),
    },
  };
}

describe('the engine worker loop', () => {
  it('says ready, then runs VAD and whisper with progress, and sends the result', async () => {
    const { port, sent, host } = fakePort();
    const f = fakeEngine();
    runWorkerLoop(port, f.engine);
    expect(sent).toEqual([{ type: 'ready' }]);
    host({ type: 'start', job: job() });
    await flush();
    f.vad.resolve([{ start: 0.3, end: 2 }]);
    await flush();
    f.progress(50);
    f.words.resolve({ language: 'en', tokens: [{ text: ' Hi', start: 0.3, end: 0.6 }] });
    await flush();
    expect(f.calls).toEqual(['vad /a.wav /vad.bin', 'transcribe /a.wav /tiny.bin Um']);
    expect(sent.slice(1)).toEqual([
      { type: 'progress', jobId: 'j1', stage: 'vad', percent: 0 },
      { type: 'progress', jobId: 'j1', stage: 'vad', percent: 100 },
      { type: 'progress', jobId: 'j1', stage: 'transcribe', percent: 0 },
      { type: 'progress', jobId: 'j1', stage: 'transcribe', percent: 50 },
      {
        type: 'result',
        jobId: 'j1',
        result: { speech: [{ start: 0.3, end: 2 }], tokens: [{ text: ' Hi', start: 0.3, end: 0.6 }], language: 'en' },
      },
    ]);
  });

  it('runs only the VAD without a model, and does not ask whisper about silence', async () => {
    for (const [modelPath, speech] of [
      [null, [{ start: 1, end: 2 }]],
      ['/tiny.bin', []],
    ] as const) {
      const { port, sent, host } = fakePort();
      const f = fakeEngine();
      runWorkerLoop(port, f.engine);
      host({ type: 'start', job: job({ modelPath }) });
      f.vad.resolve([...speech]);
      await flush();
      expect(f.calls).toEqual(['vad /a.wav /vad.bin']);
      expect(sent.at(-1)).toEqual({ type: 'result', jobId: 'j1', result: { speech, tokens: [], language: null } });
    }
  });

  it('cancelled while finding speech, it stops cleanly before whisper', async () => {
    const { port, sent, host } = fakePort();
    const f = fakeEngine();
    runWorkerLoop(port, f.engine);
    host({ type: 'start', job: job() });
    await flush();
    host({ type: 'cancel', jobId: 'j1' });
    f.vad.resolve([{ start: 0, end: 1 }]);
    await flush();
    expect(sent.at(-1)).toEqual({ type: 'cancelled', jobId: 'j1', clean: true });
    expect(f.calls).not.toContain('transcribe /a.wav /tiny.bin Um');
  });

  it('cancelled while whisper runs, it asks whisper to stop and tells the host to end the process', async () => {
    const { port, sent, host } = fakePort();
    const f = fakeEngine();
    runWorkerLoop(port, f.engine);
    host({ type: 'start', job: job() });
    f.vad.resolve([{ start: 0, end: 1 }]);
    await flush();
    host({ type: 'cancel', jobId: 'j1' });
    await flush();
    expect(f.calls).toContain('stop');
    expect(sent.at(-1)).toEqual({ type: 'cancelled', jobId: 'j1', clean: false });
    f.progress(80);
    expect(sent.filter((m) => m.type === 'progress' && m.percent === 80)).toEqual([]);
  });

  it('reports an engine failure as an error for that job, refuses a second job while busy, ignores junk', async () => {
    const { port, sent, host } = fakePort();
    const f = fakeEngine();
    runWorkerLoop(port, f.engine);
    host('junk');
    host({ type: 'start', job: { jobId: 'no paths' } });
    host({ type: 'start', job: job() });
    host({ type: 'start', job: job({ jobId: 'j2' }) });
    f.vad.reject(new Error('Failed to initialize whisper context'));
    await flush();
    expect(sent.slice(1).filter((m) => m.type === 'error')).toEqual([
      { type: 'error', jobId: 'j2', message: 'The speech engine is busy with another recording.' },
      { type: 'error', jobId: 'j1', message: 'Failed to initialize whisper context' },
    ]);
  });

  it('release frees the models and says which', async () => {
    const { port, sent, host } = fakePort();
    const f = fakeEngine();
    runWorkerLoop(port, f.engine);
    host({ type: 'release' });
    await flush();
    expect(sent.at(-1)).toEqual({ type: 'released', freed: ['/tiny.bin', '/vad.bin'] });
  });
});
