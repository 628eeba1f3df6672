import { afterEach, describe, expect, it } from 'vitest';
import { EngineCancelled, createEngineHost, type EngineProcess } from '../../../../../electron/main/speech/engine/engine-host';
import type { HostMessage } from '../../../../../electron/main/speech/engine/engine-messages';

/** An engine process the test drives: it records what the host sends and speaks, exits or crashes on cue. */
class FakeProcess implements EngineProcess {
  static made: FakeProcess[] = [];
  sent: HostMessage[] = [];
  killed = false;
  busy: boolean[] = [];
  private message: (m: unknown) => void = () => {};
  private exit: (code: number | null) => void = () => {};
  constructor() {
    FakeProcess.made.push(this);
  }
  send(m: HostMessage) {
    this.sent.push(m);
  }
  onMessage(l: (m: unknown) => void) {
    this.message = l;
  }
  onExit(l: (code: number | null) => void) {
    this.exit = l;
  }
  kill() {
    this.killed = true;
    this.exit(null);
  }
  setBusy(b: boolean) {
    this.busy.push(b);
  }
  recentOutput() {
    return 'segfault at 0x0';
  }
  say(m: unknown) {
    this.message(m);
  }
  crash(code = 139) {
    this.exit(code);
  }
}

const job = (jobId: string) => ({
  jobId,
  audioPath: '/a.wav',
  vadModelPath: '/vad.bin',
  modelPath: '/tiny.bin',
  language: 'en',
  prompt: '',
  threads: 2,
});
const result = { speech: [{ start: 0, end: 1 }], tokens: [], language: 'en' };
const logs: string[] = [];
const host = (options = {}) => createEngineHost(() => new FakeProcess(), { log: (m) => logs.push(m), ...options });

afterEach(() => {
  FakeProcess.made = [];
  logs.length = 0;
});

describe('the engine host', () => {
  it('starts the process only for the first job, forwards progress and resolves with the result', async () => {
    const h = host();
    expect(FakeProcess.made).toHaveLength(0);
    const progress: string[] = [];
    const run = h.run(job('a'), (stage, p) => progress.push(`${stage} ${p}`));
    const proc = FakeProcess.made[0];
    expect(proc.sent).toEqual([{ type: 'start', job: job('a') }]);
    proc.say({ type: 'ready' });
    proc.say({ type: 'progress', jobId: 'a', stage: 'vad', percent: 100 });
    proc.say({ type: 'progress', jobId: 'other', stage: 'vad', percent: 5 });
    proc.say({ type: 'result', jobId: 'a', result });
    await expect(run).resolves.toEqual(result);
    expect(progress).toEqual(['vad 100']);
    // Idle: the host's own process may exit while the engine waits.
    expect(proc.busy).toEqual([true, false]);
    h.close();
  });

  it('runs jobs one at a time in order, in the same process', async () => {
    const h = host();
    const a = h.run(job('a'));
    const b = h.run(job('b'));
    const proc = FakeProcess.made[0];
    expect(proc.sent.map((m) => (m.type === 'start' ? m.job.jobId : m.type))).toEqual(['a']);
    proc.say({ type: 'result', jobId: 'a', result });
    await a;
    expect(proc.sent.map((m) => (m.type === 'start' ? m.job.jobId : m.type))).toEqual(['a', 'b']);
    proc.say({ type: 'result', jobId: 'b', result });
    await b;
    expect(FakeProcess.made).toHaveLength(1);
    h.close();
  });

  it('a crash mid-job is the typed "Transcription failed, try again." error, and the next job gets a new process', async () => {
    const h = host();
    const a = h.run(job('a'));
    FakeProcess.made[0].crash(139);
    await expect(a).rejects.toMatchObject({ code: 'INTERNAL', message: 'Transcription failed, try again.' });
    expect(logs[0]).toMatch(/exit code 139.*segfault/s);
    const b = h.run(job('b'));
    expect(FakeProcess.made).toHaveLength(2);
    FakeProcess.made[1].say({ type: 'result', jobId: 'b', result });
    await expect(b).resolves.toEqual(result);
    h.close();
  });

  it('an engine error is the same typed error; its detail goes to the log, not to the person', async () => {
    const h = host();
    const a = h.run(job('a'));
    FakeProcess.made[0].say({ type: 'error', jobId: 'a', message: 'Failed to initialize whisper context' });
    await expect(a).rejects.toMatchObject({ code: 'INTERNAL', message: 'Transcription failed, try again.' });
    expect(logs.join()).toMatch(/Failed to initialize whisper context/);
    h.close();
  });

  it('a message that breaks the protocol ends the process, which fails the job', async () => {
    const h = host();
    const a = h.run(job('a'));
    FakeProcess.made[0].say({ type: 'result', jobId: 'a', result: { speech: 'lots' } });
    await expect(a).rejects.toMatchObject({ message: 'Transcription failed, try again.' });
    expect(FakeProcess.made[0].killed).toBe(true);
    h.close();
  });

  it('cancel: a queued job is dropped; a running one rejects at once and its process ends if whisper cannot stop', async () => {
    const h = host();
    const a = h.run(job('a'));
    const b = h.run(job('b'));
    h.cancel('b');
    await expect(b).rejects.toBeInstanceOf(EngineCancelled);
    h.cancel('a');
    await expect(a).rejects.toBeInstanceOf(EngineCancelled);
    const proc = FakeProcess.made[0];
    expect(proc.sent.at(-1)).toEqual({ type: 'cancel', jobId: 'a' });
    proc.say({ type: 'cancelled', jobId: 'a', clean: false });
    expect(proc.killed).toBe(true);
    // The job was never started in the engine.
    expect(proc.sent.filter((m) => m.type === 'start').map((m) => m.type === 'start' && m.job.jobId)).toEqual(['a']);
    h.close();
  });

  it('a clean cancel keeps the process, and a late result of a cancelled job is ignored', async () => {
    const h = host();
    const a = h.run(job('a'));
    h.cancel('a');
    await expect(a).rejects.toBeInstanceOf(EngineCancelled);
    const proc = FakeProcess.made[0];
    proc.say({ type: 'cancelled', jobId: 'a', clean: true });
    expect(proc.killed).toBe(false);
    const b = h.run(job('b'));
    proc.say({ type: 'result', jobId: 'a', result });
    proc.say({ type: 'result', jobId: 'b', result });
    await expect(b).resolves.toEqual(result);
    h.close();
  });

  it('a cancelled job whose process never answers is ended after the grace period', async () => {
    const h = host({ cancelGraceMs: 1 });
    const a = h.run(job('a'));
    h.cancel('a');
    await expect(a).rejects.toBeInstanceOf(EngineCancelled);
    await expect.poll(() => FakeProcess.made[0].killed).toBe(true);
    h.close();
  });

  it('release asks the engine to free its models, then ends the process', async () => {
    const h = host();
    const a = h.run(job('a'));
    const proc = FakeProcess.made[0];
    proc.say({ type: 'result', jobId: 'a', result });
    await a;
    const released = h.release();
    expect(proc.sent.at(-1)).toEqual({ type: 'release' });
    proc.say({ type: 'released', freed: ['/tiny.bin'] });
    await released;
    expect(proc.killed).toBe(true);
    expect(h.isRunning()).toBe(false);
    await h.release(); // nothing running: nothing to do
    h.close();
  });

  it('an idle engine is released by itself after idleMs', async () => {
    const h = host({ idleMs: 1 });
    const a = h.run(job('a'));
    const proc = FakeProcess.made[0];
    proc.say({ type: 'result', jobId: 'a', result });
    await a;
    await expect.poll(() => proc.sent.at(-1)).toEqual({ type: 'release' });
    proc.say({ type: 'released', freed: [] });
    await expect.poll(() => h.isRunning()).toBe(false);
  });

  it('close cancels everything and refuses new jobs', async () => {
    const h = host();
    const a = h.run(job('a'));
    const b = h.run(job('b'));
    h.close();
    await expect(a).rejects.toBeInstanceOf(EngineCancelled);
    await expect(b).rejects.toBeInstanceOf(EngineCancelled);
    expect(FakeProcess.made[0].killed).toBe(true);
    await expect(h.run(job('c'))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
