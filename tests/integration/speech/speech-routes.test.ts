import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readWavInfo } from '../../../electron/main/speech/audio/wav';
import { MAX_SPEECH_SECONDS } from '../../../electron/shared/speech-schemas';
import { sessionOn } from '../support/writes';
import { useTempDirs } from '../../helpers/temp-dir';
import { useCores } from '../support/cores';
import { recordingFiles } from '../support/recordings';
import { call, fail } from '../support/routes';
import { sendJfk, stubCatalogWith, untilDone } from '../support/speech';
import { startModelServer } from './model-server';
import { JFK_WAV, REAL_MODEL, TEST_MODEL, warnNoRealModel } from '../support/speech-fixtures';

// Everything the renderer will call, through the same router the IPC bridge and the browser host use, with the
// real engine in its own process. The catalog is a test one whose tiny.en is whisper.cpp's test model (or a real
// tiny.en when DEBRIEF_TEST_WHISPER_MODEL names one), served by a loopback server.
const open = useCores();
const tempDir = useTempDirs('debrief-speech-routes-');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  vi.unstubAllEnvs();
});
beforeAll(() => warnNoRealModel('speech-routes.test.ts'));

const modelFile = REAL_MODEL ?? TEST_MODEL;
const modelBytes = fs.readFileSync(modelFile);

async function openWithCatalog() {
  const server = await startModelServer({ 'ggml-tiny.en.bin': modelBytes });
  cleanups.push(() => server.close());
  stubCatalogWith(modelBytes, tempDir());
  vi.stubEnv('DEBRIEF_SPEECH_DOWNLOAD_BASE', server.base);
  const opened = await open();
  cleanups.push(() => void call(opened.core, 'speech:release', {}));
  return { ...opened, server };
}

describe('speech routes', () => {
  it('lists the models, downloads one from the loopback server with progress, uses it and deletes it', async () => {
    const { core, dir, server } = await openWithCatalog();
    const before = await call(core, 'speech:models', undefined);
    expect(before.folder).toBe(path.join(dir, 'models'));
    expect(before.activeModelId).toBeNull();
    expect(before.vad).toEqual({ name: expect.stringContaining('Silero'), sizeBytes: 885_098, available: true });
    expect(before.models.map((m) => [m.id, m.installed, m.active])).toEqual([
      ['tiny.en', false, false],
      ['base.en', false, false],
      ['small.en', false, false],
      ['tiny', false, false],
      ['base', false, false],
    ]);
    expect(before.models[0]).toMatchObject({ default: true, path: path.join(dir, 'models', 'ggml-tiny.en.bin'), download: null });

    expect(await call(core, 'speech:download', { modelId: 'tiny.en', action: 'start' })).toMatchObject({ state: 'downloading' });
    await expect.poll(async () => (await call(core, 'speech:downloadStatus', { modelId: 'tiny.en' }))?.state).toBe('done');
    expect(server.requests).toHaveLength(1);
    const after = await call(core, 'speech:models', undefined);
    expect(after.activeModelId).toBe('tiny.en');
    expect(after.models[0]).toMatchObject({
      installed: true,
      active: true,
      download: { state: 'done', receivedBytes: modelBytes.length },
    });
    expect((await fail(core, 'speech:useModel', { modelId: 'base' })).message).toMatch(/not installed yet/);
    expect((await call(core, 'speech:useModel', { modelId: 'tiny.en' })).activeModelId).toBe('tiny.en');

    expect(await call(core, 'speech:deleteModel', { modelId: 'tiny.en' })).toEqual({ ok: true });
    expect((await call(core, 'speech:models', undefined)).models[0].installed).toBe(false);
    expect(fs.existsSync(path.join(dir, 'models', 'ggml-tiny.en.bin'))).toBe(false);
  });

  it('imports a model file from a path, and refuses paths that are not a known model', async () => {
    const { core } = await openWithCatalog();
    // The browser host has no open dialog: "Choose file…" is unavailable there and the path field is used instead.
    expect(await call(core, 'speech:chooseModelFile', undefined)).toEqual({ outcome: 'unavailable' });
    expect((await fail(core, 'speech:chooseModelFile', { path: '/etc/passwd' })).code).toBe('VALIDATION');
    const copy = path.join(tempDir(), 'downloaded elsewhere.bin');
    fs.copyFileSync(modelFile, copy);
    expect(await call(core, 'speech:importModel', { path: copy })).toMatchObject({
      id: 'tiny.en',
      installed: true,
      active: true,
    });
    const err = await fail(core, 'speech:importModel', { path: JFK_WAV });
    expect(err).toMatchObject({ code: 'VALIDATION', details: [{ path: 'path' }] });
    expect((await fail(core, 'speech:importModel', { path: 'relative.bin' })).message).toMatch(/full path/);
    expect((await fail(core, 'speech:importModel', { path: '/etc/passwd\0.bin' })).code).toBe('VALIDATION');
    expect((await fail(core, 'speech:importModel', { path: '/dev/zero' })).message).toMatch(/not a file/);
  });

  it('stores the 16 kHz audio as a WAV beside the recording, leaving the WebM and its checksum alone', async () => {
    const { core, dir, db } = await openWithCatalog();
    const { id: recordingId } = await call(core, 'recording:start', { mimeType: 'audio/webm;codecs=opus' });
    await call(core, 'recording:append', { id: recordingId, chunk: Buffer.from('webm bytes').toString('base64') });
    const recording = await call(core, 'recording:finish', { id: recordingId, durationMs: 11_000 });
    const { audioId, finished } = await sendJfk(core, recordingId);
    expect(finished).toEqual({ audioId, recordingId, seconds: 11, sizeBytes: 44 + 352_000, complete: true });
    const names = recordingFiles(dir).map((f) => f.name);
    const webm = db.prepare('SELECT file_name FROM recordings WHERE id = ?').pluck().get(recordingId) as string;
    expect(names).toEqual([webm.replace('.webm', '.16k.wav'), webm].sort());
    const wav = readWavInfo(path.join(dir, 'recordings', webm.replace('.webm', '.16k.wav')))!;
    expect(wav).toMatchObject({ format: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16, dataBytes: 352_000 });
    expect((await call(core, 'recording:get', { id: recordingId })).info).toEqual(recording);
    // Sending the audio again replaces the earlier copy rather than adding a second.
    await sendJfk(core, recordingId);
    expect(recordingFiles(dir)).toHaveLength(2);
    expect(db.prepare('SELECT count(*) FROM speech_audio').pluck().get()).toBe(1);
  });

  it('refuses odd chunks, unknown recordings, more after finishing, and over 30 minutes', async () => {
    const { core } = await openWithCatalog();
    expect((await fail(core, 'speech:audioStart', { recordingId: 999 })).code).toBe('NOT_FOUND');
    const { audioId } = await call(core, 'speech:audioStart', {});
    expect(
      (await fail(core, 'speech:audioAppend', { audioId, chunk: Buffer.from([1, 2, 3]).toString('base64') })).message,
    ).toMatch(/must be even/);
    expect((await fail(core, 'speech:audioAppend', { audioId, chunk: 'not base64!' })).code).toBe('VALIDATION');
    expect((await fail(core, 'speech:transcribe', { audioId })).message).toMatch(/still being received/);
    // 30 minutes is 57.6 MB of samples: sent a megabyte at a time, the chunk that would pass it is refused.
    const megabyte = Buffer.alloc(1024 * 1024).toString('base64');
    let refused = '';
    for (let i = 0; i < 60 && !refused; i++) {
      const reply = await core.router.dispatch('speech:audioAppend', { audioId, chunk: megabyte });
      if (!reply.ok) refused = reply.error.message;
      else expect((reply.data as { seconds: number }).seconds).toBeLessThanOrEqual(MAX_SPEECH_SECONDS);
    }
    expect(refused).toMatch(/longer than 30 minutes cannot be transcribed; this one was stopped at 30 minutes/);
    const done = await call(core, 'speech:audioFinish', { audioId });
    expect(done.seconds).toBeLessThanOrEqual(MAX_SPEECH_SECONDS);
    expect((await fail(core, 'speech:audioAppend', { audioId, chunk: megabyte })).code).toBe('CONFLICT');
    const empty = await call(core, 'speech:audioStart', {});
    await call(core, 'speech:audioFinish', { audioId: empty.audioId });
    expect((await fail(core, 'speech:transcribe', { audioId: empty.audioId })).message).toMatch(/empty/);
  });

  it('with no model installed, a job measures speaking time and pauses from the VAD and saves them', async () => {
    const { core } = await openWithCatalog();
    const { audioId } = await sendJfk(core);
    const started = await call(core, 'speech:transcribe', { audioId });
    expect(started).toMatchObject({ audioId, modelId: null, state: 'queued', percent: 0, transcript: null });
    const { job } = await untilDone(core, started.jobId);
    expect(job).toMatchObject({ state: 'done', percent: 100, error: null });
    expect(job.transcript).toMatchObject({ audioId, modelId: null, words: [], text: '' });
    expect(job.transcript!.speech).toHaveLength(4);
    expect(job.transcript!.figures).toMatchObject({ wordsPerMinute: null, noWordsRecognised: false, fillerCount: 0 });
    expect(job.transcript!.figures.pauses).toHaveLength(3);
    expect(job.transcript!.figures.speakingSeconds).toBeCloseTo(7.85, 1);
    expect(await call(core, 'speech:transcript', { audioId })).toEqual(job.transcript);
  });

  it('with the model, words (none from the test model) are saved with the attempt; a typed answer stays as typed', async () => {
    const { core, db } = await openWithCatalog();
    const copy = path.join(tempDir(), 'model.bin');
    fs.copyFileSync(modelFile, copy);
    await call(core, 'speech:importModel', { path: copy });
    const questionId = db.prepare('SELECT id FROM questions ORDER BY id LIMIT 1').pluck().get() as number;
    const session = await sessionOn(core, questionId);
    const { id: recordingId } = await call(core, 'recording:start', { mimeType: 'audio/webm' });
    await call(core, 'recording:append', { id: recordingId, chunk: Buffer.from('x').toString('base64') });
    await call(core, 'recording:finish', { id: recordingId, durationMs: 11_000 });
    const attempt = await call(core, 'practice:saveAttempt', {
      sessionId: session.id,
      position: 0,
      answerText: 'I typed this, um, answer.',
      durationMs: 11_000,
      recordingId,
    });
    expect(await call(core, 'speech:attempt', { attemptId: attempt.id })).toBeNull();
    const { audioId } = await sendJfk(core, recordingId);
    const started = await call(core, 'speech:transcribe', { audioId });
    expect(started.modelId).toBe('tiny.en');
    const { job, seen } = await untilDone(core, started.jobId);
    expect(seen.has('running')).toBe(true);
    expect(job.state).toBe('done');
    const saved = await call(core, 'speech:attempt', { attemptId: attempt.id });
    expect(saved).toEqual(job.transcript);
    expect(saved).toMatchObject({ audioId, recordingId, modelId: 'tiny.en' });
    if (REAL_MODEL) expect(saved!.text.toLowerCase()).toContain('ask not what your country can do for you');
    else expect(saved!.figures).toMatchObject({ noWordsRecognised: true, wordCount: 0, wordsPerMinute: null });
    const typed = await call(core, 'practice:sessionAttempts', { id: session.id });
    expect(typed[0]).toMatchObject({ answerText: 'I typed this, um, answer.', fillerCount: 1 });
    const trend = await call(core, 'speech:trend', { questionId });
    expect(trend.tries).toBe(1);
    expect(trend.attempts[0]).toMatchObject({ attemptId: attempt.id, longPauseCount: 0 });
    // Deleting the attempt deletes its recording, and with it the speech audio and its transcript.
    await call(core, 'practice:deleteAttempt', { id: attempt.id });
    expect(db.prepare('SELECT count(*) FROM speech_transcripts').pluck().get()).toBe(0);
    expect((await fail(core, 'speech:transcript', { audioId })).code).toBe('NOT_FOUND');
  }, 200_000);

  it('a job can be cancelled; unknown jobs, audio and models are clear errors', async () => {
    const { core } = await openWithCatalog();
    const { audioId } = await sendJfk(core);
    const started = await call(core, 'speech:transcribe', { audioId, modelId: null });
    expect(await call(core, 'speech:cancel', { jobId: started.jobId })).toMatchObject({ state: 'cancelled' });
    expect((await call(core, 'speech:job', { jobId: started.jobId })).state).toBe('cancelled');
    expect(await call(core, 'speech:transcript', { audioId })).toBeNull();
    expect((await fail(core, 'speech:job', { jobId: crypto.randomUUID() })).code).toBe('NOT_FOUND');
    expect((await fail(core, 'speech:job', { jobId: 'x' })).code).toBe('VALIDATION');
    expect((await fail(core, 'speech:transcribe', { audioId, modelId: 'tiny.en' })).message).toMatch(
      /not installed; download it in Settings/,
    );
    expect((await fail(core, 'speech:transcribe', { audioId, modelId: 'large' })).code).toBe('NOT_FOUND');
    expect((await fail(core, 'speech:transcribe', { audioId: 12345 })).code).toBe('NOT_FOUND');
    expect((await fail(core, 'speech:download', { modelId: 'tiny.en', action: 'explode' })).code).toBe('VALIDATION');
    expect((await fail(core, 'speech:attempt', { attemptId: 777 })).code).toBe('NOT_FOUND');
    expect((await fail(core, 'speech:trend', { questionId: 777 })).code).toBe('NOT_FOUND');
  });

  it('leftover speech audio no row names is tidied away when the app opens', async () => {
    const { dir } = await openWithCatalog();
    const stray = path.join(dir, 'recordings', 'recording-old.16k.wav');
    const kept = path.join(dir, 'recordings', 'recording-old.webm');
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'x');
    fs.writeFileSync(kept, 'x');
    await open({ dir });
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.existsSync(kept)).toBe(true);
  });
});
