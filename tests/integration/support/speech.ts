import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, vi } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { readWavInfo } from '../../../electron/main/speech/audio/wav';
import { record } from './recordings';
import { call } from './routes';
import { JFK_WAV } from './speech-fixtures';

/** jfk.wav's samples: 16 kHz mono Int16 LE, as the renderer sends them. */
export function jfkSamples(): Buffer {
  const info = readWavInfo(JFK_WAV)!;
  return fs.readFileSync(JFK_WAV).subarray(info.dataOffset, info.dataOffset + info.dataBytes);
}

/** jfk.wav's samples as the floats decodeAudioData would give. */
export function jfkFloats(): Float32Array {
  const pcm = jfkSamples();
  const out = new Float32Array(pcm.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = pcm.readInt16LE(i * 2) / 32768;
  return out;
}

/** Sends jfk.wav's samples as the renderer does (base64, a few seconds a chunk) and finishes the audio. */
export async function sendJfk(core: Core, recordingId: number | null = null) {
  const samples = jfkSamples();
  const { audioId } = await call(core, 'speech:audioStart', { recordingId });
  for (let at = 0; at < samples.length; at += 64_000) {
    await call(core, 'speech:audioAppend', { audioId, chunk: samples.subarray(at, at + 64_000).toString('base64') });
  }
  return { audioId, finished: await call(core, 'speech:audioFinish', { audioId }) };
}

/** Waits for a job to end (done, failed or cancelled); returns it and every state it was seen in. */
export async function untilDone(core: Core, jobId: string) {
  const seen = new Set<string>();
  await expect
    .poll(
      async () => {
        const job = await call(core, 'speech:job', { jobId });
        seen.add(job.state);
        return job.state;
      },
      { timeout: 170_000, interval: 100 },
    )
    .toMatch(/done|failed|cancelled/);
  return { job: await call(core, 'speech:job', { jobId }), seen };
}

/** Transcribes sent audio with the model in use (none: voice activity only) and waits until the job is done. */
export async function transcribed(core: Core, audioId: number): Promise<void> {
  const { jobId } = await call(core, 'speech:transcribe', { audioId, modelId: null });
  await expect.poll(async () => (await call(core, 'speech:job', { jobId })).state, { timeout: 60_000 }).toBe('done');
}

/** A recording with its 16 kHz copy of jfk.wav and a transcript, made through the routes; the engine is let go after. */
export async function spokenRecording(core: Core) {
  const recordingId = await record(core);
  const { audioId } = await sendJfk(core, recordingId);
  await transcribed(core, audioId);
  await call(core, 'speech:release', {});
  return { recordingId, audioId, transcript: (await call(core, 'speech:transcript', { audioId }))! };
}

/**
 * Points the next cores at a copy of the shipped catalog whose tiny.en is the given model (its size and SHA-1), written
 * into `folder`. The caller unstubs the environment after each test (vi.unstubAllEnvs).
 */
export function stubCatalogWith(modelBytes: Buffer, folder: string): string {
  const catalogFile = path.join(folder, 'models.json');
  const shipped = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../resources/speech/models.json'), 'utf8'));
  shipped.models[0] = {
    ...shipped.models[0],
    sizeBytes: modelBytes.length,
    sha1: crypto.createHash('sha1').update(modelBytes).digest('hex'),
  };
  fs.writeFileSync(catalogFile, JSON.stringify(shipped));
  vi.stubEnv('DEBRIEF_SPEECH_CATALOG', catalogFile);
  return catalogFile;
}
