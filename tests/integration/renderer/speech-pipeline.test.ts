import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, watch } from 'vue';
import { createApiClient } from '@renderer/api/client';
import { PCM_CHUNK_SAMPLES } from '@renderer/features/speech/send-pcm';
import { useTranscription } from '@renderer/features/speech/use-transcription';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { jfkFloats, stubCatalogWith } from '../support/speech';
import { useTempDirs } from '../../helpers/temp-dir';
import { JFK_SPEECH, TEST_MODEL } from '../support/speech-fixtures';

// The renderer's transcription pipeline (send the 16 kHz samples in chunks, start the job, poll it, cancel it)
// against the real router, database and engine process. Only decoding is stood in for: it needs Web Audio, which
// Node has not; the e2e tests decode real WebM in Chromium.
const open = useCores();
const tempDir = useTempDirs('debrief-speech-pipeline-');
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  vi.unstubAllEnvs();
});

/** A client over the real router that also records the route names it sent, in order. */
function clientOf(core: Core, calls: string[] = []) {
  return createApiClient((name, input) => {
    calls.push(name);
    return core.router.dispatch(name, input) as never;
  });
}

/** A core whose catalog's tiny.en is whisper.cpp's test model, installed, so a job runs the word engine too. */
async function openWithTestModel() {
  stubCatalogWith(fs.readFileSync(TEST_MODEL), tempDir());
  const opened = await open();
  await call(opened.core, 'speech:importModel', { path: TEST_MODEL });
  return opened;
}

function inScope<T>(make: () => T): T {
  const scope = effectScope();
  cleanups.push(() => scope.stop());
  return scope.run(make)!;
}

describe('the renderer transcription pipeline', () => {
  it('sends a recording in five-second chunks and, with no model, measures speaking time and pauses', async () => {
    const { core } = await open();
    cleanups.push(() => call(core, 'speech:release', {}));
    const samples = jfkFloats();
    const calls: string[] = [];
    const t = inScope(() => useTranscription(clientOf(core, calls), { decode: async () => samples, pollMs: 50 }));
    const phases: string[] = [];
    const sent: number[] = [];
    inScope(() =>
      watch(
        [t.phase, t.percent],
        ([phase, percent]) => {
          if (phases.at(-1) !== phase) phases.push(phase);
          if (phase === 'sending') sent.push(percent);
        },
        { flush: 'sync' },
      ),
    );

    const transcript = await t.fromBlob(new Blob(), null);

    expect(t.phase.value).toBe('done');
    expect(t.error.value).toBeNull();
    expect(transcript).not.toBeNull();
    expect(transcript!.modelId).toBeNull();
    expect(transcript!.words).toEqual([]);
    expect(transcript!.speech).toHaveLength(JFK_SPEECH.length);
    transcript!.speech.forEach((s, i) => {
      expect(s.start).toBeCloseTo(JFK_SPEECH[i].start, 0);
      expect(s.end).toBeCloseTo(JFK_SPEECH[i].end, 0);
    });
    expect(transcript!.figures.pauses).toHaveLength(3);
    expect(transcript!.figures.speakingSeconds).toBeGreaterThan(7);
    expect(transcript!.figures.speakingSeconds).toBeLessThan(10);
    // The audio is whole on the other side: 11 s of samples, in ceil(11 / 5) chunks.
    const audio = (await call(core, 'speech:transcript', { audioId: transcript!.audioId }))!;
    expect(audio.figures.durationSeconds).toBeCloseTo(samples.length / 16_000, 1);
    const appends = calls.filter((c) => c === 'speech:audioAppend').length;
    expect(appends).toBe(Math.ceil(samples.length / PCM_CHUNK_SAMPLES));
    expect(appends).toBe(3);
    expect(calls.slice(0, 1).concat(calls.slice(4, 6))).toEqual(['speech:audioStart', 'speech:audioFinish', 'speech:transcribe']);
    // The person saw each step in order, and sending counted up to 100%.
    expect(phases.slice(0, 3)).toEqual(['decoding', 'sending', expect.stringMatching(/queued|running/)]);
    expect(phases.at(-1)).toBe('done');
    expect(sent.filter((p) => p > 0)).toEqual([45, 91, 100]);
  }, 120_000);

  it('a job cancelled while the engine runs ends cancelled in the main process too, and can be run again', async () => {
    const { core } = await openWithTestModel();
    cleanups.push(() => call(core, 'speech:release', {}));
    const t = inScope(() => useTranscription(clientOf(core), { decode: async () => jfkFloats(), pollMs: 20 }));

    const running = t.fromBlob(new Blob(), null);
    await expect.poll(() => t.phase.value, { timeout: 60_000, interval: 5 }).toMatch(/queued|running/);
    await t.cancel();
    expect(await running).toBeNull();
    expect(t.phase.value).toBe('cancelled');
    expect(t.busy.value).toBe(false);

    // Retry reuses the audio already sent: no second copy is written.
    const again = await t.retry();
    expect(t.phase.value).toBe('done');
    expect(again!.modelId).toBe('tiny.en');
    const audioCount = core.database.db.prepare('SELECT count(*) AS n FROM speech_audio').get() as { n: number };
    expect(audioCount.n).toBe(1);
  }, 170_000);

  it('a refused step is a failure with the main process message, and nothing is written', async () => {
    const { core } = await open();
    const t = inScope(() => useTranscription(clientOf(core), { decode: async () => jfkFloats(), pollMs: 20 }));

    expect(await t.fromBlob(new Blob(), 999)).toBeNull();

    expect(t.phase.value).toBe('failed');
    expect(t.error.value?.code).toBe('NOT_FOUND');
    expect(t.error.value?.message).toMatch(/no recording with id 999/);
    const audioCount = core.database.db.prepare('SELECT count(*) AS n FROM speech_audio').get() as { n: number };
    expect(audioCount.n).toBe(0);
  });
});
