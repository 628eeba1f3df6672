import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { recordingFiles } from '../support/recordings';
import { call, fail } from '../support/routes';
import { sendJfk, transcribed } from '../support/speech';

// speech:deleteAudio, as dictation uses it once its words are in the field: a dictation's WAV, row and transcript go;
// a practice recording's audio is refused and kept whole. Real SQLite and files in a temp folder, the real engine.
const open = useCores();
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await call(core, 'speech:release', {});
});

async function openCore(options?: Parameters<typeof open>[0]) {
  const opened = await open(options);
  cores.push(opened.core);
  return opened;
}

describe('speech:deleteAudio', () => {
  it("deletes a dictation's WAV, row and transcript", async () => {
    const { core, db, dir } = await openCore();
    const { audioId } = await sendJfk(core, null);
    await transcribed(core, audioId);
    expect(await call(core, 'speech:transcript', { audioId })).not.toBeNull();
    expect(recordingFiles(dir).map((f) => f.name)).toEqual([expect.stringMatching(/^dictation-.*\.16k\.wav$/)]);

    expect(await call(core, 'speech:deleteAudio', { audioId })).toEqual({ ok: true });
    expect(recordingFiles(dir)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM speech_audio').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM speech_transcripts').pluck().get()).toBe(0);
    expect((await fail(core, 'speech:transcript', { audioId })).code).toBe('NOT_FOUND');
    // Deleting twice says so rather than pretending.
    expect((await fail(core, 'speech:deleteAudio', { audioId })).code).toBe('NOT_FOUND');
  });

  it('stops a transcription still reading the dictation it deletes', async () => {
    const { core, dir } = await openCore();
    const { audioId } = await sendJfk(core, null);
    const { jobId } = await call(core, 'speech:transcribe', { audioId, modelId: null });
    expect(await call(core, 'speech:deleteAudio', { audioId })).toEqual({ ok: true });
    expect((await call(core, 'speech:job', { jobId })).state).toBe('cancelled');
    expect(recordingFiles(dir)).toEqual([]);
  });

  it("refuses a practice recording's audio and keeps it, file, row and transcript", async () => {
    const { core, db, dir } = await openCore();
    const { id: recordingId } = await call(core, 'recording:start', { mimeType: 'audio/webm;codecs=opus' });
    await call(core, 'recording:append', { id: recordingId, chunk: Buffer.from('webm bytes').toString('base64') });
    await call(core, 'recording:finish', { id: recordingId, durationMs: 11_000 });
    const { audioId } = await sendJfk(core, recordingId);
    await transcribed(core, audioId);
    const before = recordingFiles(dir);
    expect(before).toHaveLength(2);

    const err = await fail(core, 'speech:deleteAudio', { audioId });
    expect(err).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/practice recording/) });
    expect(recordingFiles(dir)).toEqual(before);
    expect(db.prepare('SELECT recording_id FROM speech_audio WHERE id = ?').pluck().get(audioId)).toBe(recordingId);
    expect((await call(core, 'speech:transcript', { audioId }))?.recordingId).toBe(recordingId);
  });

  it("at start deletes a dictation left from an earlier run (row, transcript, WAV) and keeps a recording's audio", async () => {
    const { core, db, dir, clock } = await openCore();
    const { id: recordingId } = await call(core, 'recording:start', { mimeType: 'audio/webm;codecs=opus' });
    await call(core, 'recording:append', { id: recordingId, chunk: Buffer.from('webm bytes').toString('base64') });
    await call(core, 'recording:finish', { id: recordingId, durationMs: 11_000 });
    const { audioId: kept } = await sendJfk(core, recordingId);
    // The window closed while this dictation was 'failed' (or mid-transcription): nothing deleted it.
    const { audioId: left } = await sendJfk(core, null);
    await transcribed(core, left);
    const keptFiles = recordingFiles(dir).filter((f) => !f.name.startsWith('dictation-'));
    expect(recordingFiles(dir).map((f) => f.name)).toContainEqual(expect.stringMatching(/^dictation-.*\.16k\.wav$/));
    await call(core, 'speech:release', {});
    core.close();
    expect(db.open).toBe(false);

    const reopened = await openCore({ dir, clock });
    expect(recordingFiles(dir)).toEqual(keptFiles);
    expect(reopened.db.prepare('SELECT id FROM speech_audio').pluck().all()).toEqual([kept]);
    expect(reopened.db.prepare('SELECT count(*) FROM speech_transcripts WHERE audio_id = ?').pluck().get(left)).toBe(0);
    expect((await fail(reopened.core, 'speech:transcript', { audioId: left })).code).toBe('NOT_FOUND');
    expect(await call(reopened.core, 'speech:transcript', { audioId: kept })).toBeNull();
  });

  it('says NOT_FOUND for unknown audio and refuses ids that are not ids', async () => {
    const { core } = await openCore();
    expect(await fail(core, 'speech:deleteAudio', { audioId: 999 })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/no speech audio with id 999/),
    });
    expect((await fail(core, 'speech:deleteAudio', { audioId: -1 })).code).toBe('VALIDATION');
  });
});
