import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { openDatabase } from '../../../electron/main/db/open-database';
import { migrations } from '../../../electron/main/db/migrations';
import { EXPORT_TABLES } from '../../../electron/shared/data-transfer-export-schemas';
import { useTempDirs } from '../../helpers/temp-dir';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { spokenRecording } from '../support/speech';

// The person's correction of a spoken answer's transcript: saved with a revision like every other edit, refused when
// stale, carried by exports, and added to older databases by migration 0011.
const open = useCores();
const tempDir = useTempDirs();

const everything = (core: Core) =>
  Object.fromEntries(EXPORT_TABLES.map((t) => [t, core.database.db.prepare(`SELECT * FROM "${t}"`).all()]));

describe('speech:saveText', () => {
  it('saves the correction with a new revision, keeps the words as heard, and goes back to "as recognised"', async () => {
    const { core, db } = await open();
    const { audioId, transcript } = await spokenRecording(core);
    expect(transcript).toMatchObject({ editedText: null, revision: 1, text: '' });

    const saved = await call(core, 'speech:saveText', {
      audioId,
      text: 'Ask not what your country can do for you.',
      baseRevision: 1,
    });
    expect(saved).toMatchObject({ editedText: 'Ask not what your country can do for you.', revision: 2, text: '' });
    expect(saved.words).toEqual(transcript.words);
    expect(saved.figures).toEqual(transcript.figures);
    expect(await call(core, 'speech:transcript', { audioId })).toEqual(saved);
    expect(db.prepare('SELECT edited_text, revision FROM speech_transcripts WHERE audio_id = ?').get(audioId)).toEqual({
      edited_text: 'Ask not what your country can do for you.',
      revision: 2,
    });

    // Emptied (or put back to exactly the recognised text): stored as "as recognised", not as a correction.
    const cleared = await call(core, 'speech:saveText', { audioId, text: '  ', baseRevision: 2 });
    expect(cleared).toMatchObject({ editedText: null, revision: 3 });
  }, 90_000);

  it('refuses a save from a stale revision with CONFLICT, the saved text in its details, and writes nothing', async () => {
    const { core } = await open();
    const { audioId } = await spokenRecording(core);
    await call(core, 'speech:saveText', { audioId, text: 'First window.', baseRevision: 1 });
    const before = everything(core);
    const error = await fail(core, 'speech:saveText', { audioId, text: 'Second window, stale.', baseRevision: 1 });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('transcript was changed in another window');
    const detail = error.details?.find((d) => d.path === 'baseRevision');
    expect(detail?.revision).toBe(2);
    expect((detail?.current as { editedText: string }).editedText).toBe('First window.');
    expect(everything(core)).toEqual(before);
  }, 90_000);

  it('a new transcription of the same audio replaces the correction and moves the revision on', async () => {
    const { core } = await open();
    const { audioId } = await spokenRecording(core);
    await call(core, 'speech:saveText', { audioId, text: 'Corrected.', baseRevision: 1 });
    const job = await call(core, 'speech:transcribe', { audioId, modelId: null });
    await expect.poll(async () => (await call(core, 'speech:job', { jobId: job.jobId })).state, { timeout: 60_000 }).toBe('done');
    await call(core, 'speech:release', {});
    expect((await call(core, 'speech:job', { jobId: job.jobId })).transcript).toMatchObject({ editedText: null, revision: 3 });
    expect((await fail(core, 'speech:saveText', { audioId, text: 'Typed over the old words.', baseRevision: 2 })).code).toBe(
      'CONFLICT',
    );
  }, 90_000);

  it('refuses bad input with VALIDATION and unknown audio with NOT_FOUND, writing nothing', async () => {
    const { core } = await open();
    const before = everything(core);
    const missing = await fail(core, 'speech:saveText', { audioId: 1, text: 'x', baseRevision: undefined });
    expect(missing.code).toBe('VALIDATION');
    expect(missing.details?.map((d) => [d.path, d.message])).toEqual([
      ['baseRevision', 'Send the revision this was loaded at (baseRevision).'],
    ]);
    expect((await fail(core, 'speech:saveText', { audioId: 'one', text: 'x', baseRevision: 1 })).code).toBe('VALIDATION');
    expect((await fail(core, 'speech:saveText', { audioId: 1, text: 42, baseRevision: 1 })).code).toBe('VALIDATION');
    expect((await fail(core, 'speech:saveText', { audioId: 1, text: 'x'.repeat(100_001), baseRevision: 1 })).code).toBe(
      'VALIDATION',
    );
    expect((await fail(core, 'speech:saveText', { audioId: 1, text: 'x', baseRevision: 1, extra: true })).code).toBe(
      'VALIDATION',
    );
    const unknown = await fail(core, 'speech:saveText', { audioId: 999, text: 'x', baseRevision: 1 });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(everything(core)).toEqual(before);
  });

  it('a folder export and import keep the correction', async () => {
    const source = await open();
    const { audioId } = await spokenRecording(source.core);
    const saved = await call(source.core, 'speech:saveText', { audioId, text: 'What I really said.', baseRevision: 1 });
    const folder = await call(source.core, 'data:exportFolder', { path: tempDir() });
    const target = await open();
    await call(target.core, 'data:importFolder', { path: folder.folder });
    // Revisions are not exported: the imported copy starts again at 1, with the text kept.
    expect(await call(target.core, 'speech:transcript', { audioId })).toEqual({ ...saved, revision: 1 });
  }, 90_000);

  it('an export from before the correction existed (schema 10) imports as "as recognised"', async () => {
    const source = await open();
    const { audioId } = await spokenRecording(source.core);
    await call(source.core, 'speech:saveText', { audioId, text: 'Dropped by the old file.', baseRevision: 1 });
    const folder = await call(source.core, 'data:exportFolder', { path: tempDir() });
    const file = path.join(folder.folder, 'debrief-export.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.schemaVersion = 10;
    for (const row of json.data.speech_transcripts) delete row.edited_text;
    fs.writeFileSync(file, JSON.stringify(json));
    const target = await open();
    await call(target.core, 'data:importFolder', { path: folder.folder });
    expect(await call(target.core, 'speech:transcript', { audioId })).toMatchObject({ editedText: null, revision: 1 });
  }, 90_000);
});

describe('migration 0011_transcript_text', () => {
  it('adds the correction (null) and a revision (1) to transcripts already saved', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-0011-'));
    try {
      const old = await openDatabase(dir, { migrations: migrations.slice(0, 10) });
      old.db.prepare("INSERT INTO speech_audio (file_name, created_at) VALUES ('a.wav', '2026-03-01T09:00:00.000Z')").run();
      old.db
        .prepare(
          `INSERT INTO speech_transcripts (audio_id, model_id, language, text, words, speech, figures, created_at)
           VALUES (1, 'tiny.en', 'en', 'Hello there.', '[]', '[]', '{}', '2026-03-01T09:00:00.000Z')`,
        )
        .run();
      old.db.close();
      const opened = await openDatabase(dir, { migrations });
      expect(opened.db.prepare('SELECT text, edited_text, revision FROM speech_transcripts').get()).toEqual({
        text: 'Hello there.',
        edited_text: null,
        revision: 1,
      });
      expect(opened.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBeGreaterThanOrEqual(11);
      opened.db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('deleting a recording', () => {
  it('removes its 16 kHz copy from the disk too, not only the rows (found by the spoken-answer e2e test)', async () => {
    const { core, db, dir } = await open();
    const { audioId } = await spokenRecording(core);
    const recordingId = db.prepare('SELECT recording_id FROM speech_audio WHERE id = ?').pluck().get(audioId) as number;
    const files = () => fs.readdirSync(path.join(dir, 'recordings')).sort();
    expect(files().some((f) => f.endsWith('.16k.wav'))).toBe(true);
    await call(core, 'recording:delete', { id: recordingId });
    expect(files()).toEqual([]);
    expect(await fail(core, 'speech:transcript', { audioId })).toMatchObject({ code: 'NOT_FOUND' });
  }, 90_000);
});
