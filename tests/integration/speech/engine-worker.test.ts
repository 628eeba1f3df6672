import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTranscript } from '../../../electron/main/speech/transcription-service';
import {
  EngineCancelled,
  createEngineHost,
  type EngineHost,
  type EngineProcess,
} from '../../../electron/main/speech/engine/engine-host';
import { nodeLauncher } from '../../../electron/main/speech/engine/node-launcher';
import { workerEntry } from '../../../electron/main/speech/engine/worker-entry';
import { FILLER_PROMPT } from '../../../electron/main/speech/analysis/filler-prompt';
import { JFK_SPEECH, JFK_WAV, REAL_MODEL, TEST_MODEL, VAD_MODEL, plainWords, warnNoRealModel } from '../support/speech-fixtures';

// The real engine in its own process (a Node fork of electron/main/speech/engine/speech-worker.ts, the module the
// app runs as a utility process), on real speech. whisper.cpp's test model has no weights: it loads and decodes for
// real and recognises nothing, which is what these tests check; a real model adds the words.
const hosts: EngineHost[] = [];
const processes: EngineProcess[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.close();
  processes.length = 0;
});
function startHost() {
  const launch = nodeLauncher(workerEntry());
  const host = createEngineHost(
    () => {
      const p = launch();
      processes.push(p);
      return p;
    },
    { log: () => {} },
  );
  hosts.push(host);
  return host;
}
const job = (jobId: string, modelPath: string | null) => ({
  jobId,
  audioPath: JFK_WAV,
  vadModelPath: VAD_MODEL,
  modelPath,
  language: 'en',
  prompt: FILLER_PROMPT,
  threads: 2,
});

beforeAll(() => warnNoRealModel('engine-worker.test.ts'));

describe('the speech engine in its worker process', () => {
  it('the VAD finds the four stretches of speech in jfk.wav, with three pauses between them', async () => {
    const host = startHost();
    const result = await host.run(job('vad', null));
    expect(result.tokens).toEqual([]);
    expect(result.speech).toHaveLength(4);
    result.speech.forEach((s, i) => {
      expect(s.start).toBeCloseTo(JFK_SPEECH[i].start, 1);
      expect(s.end).toBeCloseTo(JFK_SPEECH[i].end, 1);
    });
    const t = buildTranscript(result, { audioId: 1, recordingId: null, modelId: null, durationSeconds: 11, createdAt: 'now' });
    expect(t.figures.pauses).toHaveLength(3);
    expect(t.figures.speakingSeconds).toBeCloseTo(7.85, 1);
    expect(t.figures.longPauses).toEqual([]);
  }, 60_000);

  it('runs whisper and returns its words (none with the test model); release frees it and ends the process', async () => {
    const host = startHost();
    const progress: string[] = [];
    const result = await host.run(job('words', REAL_MODEL ?? TEST_MODEL), (stage, p) => progress.push(`${stage}:${p}`));
    expect(progress).toContain('vad:100');
    expect(progress).toContain('transcribe:0');
    expect(result.speech).toHaveLength(4);
    const t = buildTranscript(result, {
      audioId: 1,
      recordingId: null,
      modelId: 'tiny.en',
      durationSeconds: 11,
      createdAt: 'now',
    });
    if (REAL_MODEL) {
      expect(plainWords(t.text).join(' ')).toContain('ask not what your country can do for you');
      for (const w of t.words) expect(w.end).toBeGreaterThanOrEqual(w.start);
      expect(t.figures.wordsPerMinute).toBeGreaterThan(100);
    } else {
      expect(result.tokens).toEqual([]);
      expect(t.figures.noWordsRecognised).toBe(true);
    }
    expect(host.isRunning()).toBe(true);
    await host.release();
    expect(host.isRunning()).toBe(false);
  }, 180_000);

  it('cancel while whisper runs stops it at once, and the next job runs in a fresh process', async () => {
    const host = startHost();
    let cancelled = false;
    const run = host.run(job('cancel-me', TEST_MODEL), (stage) => {
      if (stage === 'transcribe' && !cancelled) {
        cancelled = true;
        host.cancel('cancel-me');
      }
    });
    await expect(run).rejects.toBeInstanceOf(EngineCancelled);
    const after = await host.run(job('after', null));
    expect(after.speech).toHaveLength(4);
    expect(processes).toHaveLength(2);
  }, 60_000);

  it('a crash of the engine process mid-job becomes "Transcription failed, try again."', async () => {
    const host = startHost();
    const run = host.run(job('crash', TEST_MODEL), (stage) => {
      if (stage === 'transcribe') processes[0].kill();
    });
    await expect(run).rejects.toMatchObject({ code: 'INTERNAL', message: 'Transcription failed, try again.' });
    const after = await host.run(job('after-crash', null));
    expect(after.speech).toHaveLength(4);
  }, 60_000);
});
