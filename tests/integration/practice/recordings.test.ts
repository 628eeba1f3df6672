import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CHUNK_BYTES, MAX_RECORDING_BYTES } from '../../../electron/shared/practice-contract';
import { useCores } from '../support/cores';
import { b64, recordingFiles, recordingPath } from '../support/recordings';
import { call, fail } from '../support/routes';
import { counts, saveAnswer } from './helpers';

const open = useCores();

/** Deterministic pseudo-audio bytes. */
function bytes(length: number, seed = 1): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let n = 0; n < length; n++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[n] = x >>> 16;
  }
  return out;
}

const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe('recording:start', () => {
  it('accepts the audio types MediaRecorder gives, codecs included, and creates an empty file', async () => {
    const { core, db, dir } = await open();
    for (const [mimeType, ext] of [
      ['audio/webm;codecs=opus', '.webm'],
      ['audio/webm', '.webm'],
      ['audio/ogg; codecs=opus', '.ogg'],
      ['audio/mp4', '.m4a'],
      ['AUDIO/WEBM', '.webm'],
    ] as const) {
      const { id } = await call(core, 'recording:start', { mimeType });
      const file = recordingPath(db, dir, id);
      expect(path.extname(file)).toBe(ext);
      expect(path.dirname(file)).toBe(path.join(dir, 'recordings'));
      expect(fs.statSync(file).size).toBe(0);
      expect(db.prepare('SELECT mime_type, size_bytes, complete, attempt_id FROM recordings WHERE id = ?').get(id)).toEqual({
        mime_type: mimeType,
        size_bytes: 0,
        complete: 0,
        attempt_id: null,
      });
    }
    expect(recordingFiles(dir)).toHaveLength(5);
  });

  it('refuses video, text and other types without creating a file or a row', async () => {
    const { core, db, dir } = await open();
    for (const mimeType of [
      'video/mp4',
      'text/plain',
      'video/webm',
      'audio/wav',
      'audio/webmx',
      'application/octet-stream',
      '../audio/webm',
    ]) {
      expect((await fail(core, 'recording:start', { mimeType })).code).toBe('VALIDATION');
    }
    expect(counts(db).recordings).toBe(0);
    expect(recordingFiles(dir)).toEqual([]);
  });
});

describe('recording:append and recording:finish', () => {
  it('appends chunks to one file: it grows with each, and holds their concatenation', async () => {
    const { core, db, dir } = await open();
    const { id } = await call(core, 'recording:start', { mimeType: 'audio/webm;codecs=opus' });
    const file = recordingPath(db, dir, id);
    const chunks = [bytes(1000, 1), bytes(1, 2), bytes(4096, 3), bytes(0, 4), bytes(333, 5)];
    let total = 0;
    for (const chunk of chunks) {
      total += chunk.length;
      expect(await call(core, 'recording:append', { id, chunk: b64(chunk) })).toEqual({ sizeBytes: total });
      expect(fs.statSync(file).size).toBe(total);
      expect(db.prepare('SELECT size_bytes FROM recordings WHERE id = ?').pluck().get(id)).toBe(total);
    }
    const whole = Buffer.concat(chunks);
    expect(fs.readFileSync(file).equals(whole)).toBe(true);

    const info = await call(core, 'recording:finish', { id, durationMs: 4_200 });
    expect(info).toEqual({
      id,
      mimeType: 'audio/webm;codecs=opus',
      durationMs: 4_200,
      sizeBytes: whole.length,
      sha256: sha256(whole),
      complete: true,
    });

    const got = await call(core, 'recording:get', { id });
    expect(got.info).toEqual(info);
    expect(Buffer.from(got.data, 'base64').equals(whole)).toBe(true);
  });

  it('a finished recording refuses more chunks, and its file stays as it was', async () => {
    const { core, db, dir } = await open();
    const { id } = await call(core, 'recording:start', { mimeType: 'audio/ogg' });
    await call(core, 'recording:append', { id, chunk: b64(bytes(100)) });
    await call(core, 'recording:finish', { id, durationMs: 1_000 });
    const file = recordingPath(db, dir, id);
    const before = fs.readFileSync(file);
    const err = await fail(core, 'recording:append', { id, chunk: b64(bytes(10, 9)) });
    expect(err.code).toBe('CONFLICT');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect((await call(core, 'recording:get', { id })).info.sizeBytes).toBe(100);
  });

  it('invalid base64 is refused by the schema and the file is untouched', async () => {
    const { core, db, dir } = await open();
    const { id } = await call(core, 'recording:start', { mimeType: 'audio/webm' });
    await call(core, 'recording:append', { id, chunk: b64(bytes(12)) });
    for (const chunk of ['@@@@', 'abc', 'ab=c', 'SGVsbG8gd29ybGQ!', 'data:audio/webm;base64,AAAA', 42, null]) {
      expect((await fail(core, 'recording:append', { id, chunk })).code).toBe('VALIDATION');
    }
    expect(fs.statSync(recordingPath(db, dir, id)).size).toBe(12);
  });

  it('a chunk of exactly 1 MB is taken; one byte more is refused', async () => {
    const { core, db, dir } = await open();
    const { id } = await call(core, 'recording:start', { mimeType: 'audio/webm' });
    expect(await call(core, 'recording:append', { id, chunk: b64(bytes(MAX_CHUNK_BYTES)) })).toEqual({
      sizeBytes: MAX_CHUNK_BYTES,
    });
    for (const over of [1, 2, 3, 5, 6]) {
      const err = await fail(core, 'recording:append', { id, chunk: b64(bytes(MAX_CHUNK_BYTES + over)) });
      expect(err.code).toBe('VALIDATION');
    }
    expect(fs.statSync(recordingPath(db, dir, id)).size).toBe(MAX_CHUNK_BYTES);
  });

  // The limit is tested for real: 50 chunks of 1 MB reach MAX_RECORDING_BYTES exactly (accepted), and
  // one more byte is refused with the file and the row unchanged. About 50 MB of fsync'd writes in a temp folder.
  it(
    'refuses a chunk that would take the recording over MAX_RECORDING_BYTES, leaving the file unchanged',
    { timeout: 60_000 },
    async () => {
      const { core, db, dir } = await open();
      expect(MAX_RECORDING_BYTES % MAX_CHUNK_BYTES).toBe(0);
      const { id } = await call(core, 'recording:start', { mimeType: 'audio/webm' });
      const file = recordingPath(db, dir, id);
      const chunk = b64(bytes(MAX_CHUNK_BYTES, 7));
      const hash = crypto.createHash('sha256');
      const raw = Buffer.from(chunk, 'base64');
      for (let n = 0; n < MAX_RECORDING_BYTES / MAX_CHUNK_BYTES; n++) {
        await call(core, 'recording:append', { id, chunk });
        hash.update(raw);
      }
      expect(fs.statSync(file).size).toBe(MAX_RECORDING_BYTES);

      const err = await fail(core, 'recording:append', { id, chunk: b64(Buffer.from([1])) });
      expect(err.code).toBe('VALIDATION');
      expect(err.message).toMatch(/50 MB/);
      expect(fs.statSync(file).size).toBe(MAX_RECORDING_BYTES);
      expect(db.prepare('SELECT size_bytes FROM recordings WHERE id = ?').pluck().get(id)).toBe(MAX_RECORDING_BYTES);

      // What was recorded up to the limit is still whole and can be finished.
      const info = await call(core, 'recording:finish', { id, durationMs: 3_600_000 });
      expect(info).toMatchObject({ sizeBytes: MAX_RECORDING_BYTES, sha256: hash.digest('hex'), complete: true });
    },
  );

  it(
    'the limit counts what is already in the file: a 1 MB chunk on top of 49.5 MB is refused, a smaller one that fits is taken',
    { timeout: 60_000 },
    async () => {
      const { core, db, dir } = await open();
      const { id } = await call(core, 'recording:start', { mimeType: 'audio/webm' });
      const half = MAX_CHUNK_BYTES / 2;
      const chunk = b64(bytes(MAX_CHUNK_BYTES, 3));
      for (let n = 0; n < MAX_RECORDING_BYTES / MAX_CHUNK_BYTES - 1; n++) await call(core, 'recording:append', { id, chunk });
      await call(core, 'recording:append', { id, chunk: b64(bytes(half, 4)) });
      const size = MAX_RECORDING_BYTES - half;
      expect(fs.statSync(recordingPath(db, dir, id)).size).toBe(size);

      expect((await fail(core, 'recording:append', { id, chunk })).code).toBe('VALIDATION');
      expect(fs.statSync(recordingPath(db, dir, id)).size).toBe(size);
      expect(await call(core, 'recording:append', { id, chunk: b64(bytes(half, 5)) })).toEqual({
        sizeBytes: MAX_RECORDING_BYTES,
      });
    },
  );
});

describe('recordings and attempts', () => {
  /** An interview that asked only this question, to replay it. */
  async function replayOf(core: Parameters<typeof call>[0], questionId: number): Promise<number> {
    const i = await call(core, 'interview:create', { company: 'Replay', heldAt: '2026-03-02' });
    await call(core, 'interview-question:add', { interviewId: i.id, questionId });
    return i.id;
  }

  async function finishedRecording(core: Parameters<typeof call>[0], content: Buffer) {
    const { id } = await call(core, 'recording:start', { mimeType: 'audio/webm;codecs=opus' });
    await call(core, 'recording:append', { id, chunk: b64(content) });
    return call(core, 'recording:finish', { id, durationMs: 2_000 });
  }

  it('links to an attempt: the attempt shows it, and the next session shows it had a recording', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', { length: 1 });
    const rec = await finishedRecording(core, bytes(500));
    const a = await saveAnswer(core, s.id, 0, 'spoken', 2_000, rec.id);
    expect(a.recording).toEqual(rec);
    expect(db.prepare('SELECT attempt_id FROM recordings WHERE id = ?').pluck().get(rec.id)).toBe(a.id);
    const graded = await call(core, 'practice:grade', { attemptId: a.id, grade: 'good', keyPoints: [] });
    expect(graded.recording).toEqual(rec);
    expect((await call(core, 'practice:questionAttempts', { questionId: a.questionId }))[0].recording).toEqual(rec);
    expect((await call(core, 'practice:sessionAttempts', { id: s.id }))[0].recording).toEqual(rec);
    const next = await call(core, 'practice:start', { source: 'interview', interviewId: await replayOf(core, a.questionId) });
    expect(next.questions[0].previous[0]).toMatchObject({ id: a.id, hasRecording: true, grade: 'good' });
  });

  it('a re-save without a recording id keeps the recording already linked', async () => {
    const { core } = await open();
    const s = await call(core, 'practice:start', { length: 1 });
    const rec = await finishedRecording(core, bytes(50));
    await saveAnswer(core, s.id, 0, 'first', 1_000, rec.id);
    const again = await saveAnswer(core, s.id, 0, 'second', 1_000);
    expect(again.recording).toEqual(rec);
  });

  it('re-recording an answer replaces the old recording, and its file is deleted', async () => {
    const { core, db, dir } = await open();
    const s = await call(core, 'practice:start', { length: 1 });
    const first = await finishedRecording(core, bytes(100, 1));
    await saveAnswer(core, s.id, 0, 'take one', 1_000, first.id);
    const firstFile = recordingPath(db, dir, first.id);
    const second = await finishedRecording(core, bytes(200, 2));
    const a = await saveAnswer(core, s.id, 0, 'take two', 1_000, second.id);

    expect(a.recording).toEqual(second);
    expect(counts(db).recordings).toBe(1);
    expect(fs.existsSync(firstFile)).toBe(false);
    expect(recordingFiles(dir).map((f) => f.size)).toEqual([200]);
  });

  it('practice:deleteAttempt removes the attempt, its recording row and its file', async () => {
    const { core, db, dir } = await open();
    const s = await call(core, 'practice:start', { length: 2 });
    const rec = await finishedRecording(core, bytes(300));
    const keep = await finishedRecording(core, bytes(30));
    const a = await saveAnswer(core, s.id, 0, 'gone soon', 1_000, rec.id);
    await saveAnswer(core, s.id, 1, 'stays', 1_000, keep.id);
    const file = recordingPath(db, dir, rec.id);
    const keptFile = recordingPath(db, dir, keep.id);

    await call(core, 'practice:deleteAttempt', { id: a.id });
    expect(fs.existsSync(file)).toBe(false);
    expect(db.prepare('SELECT count(*) FROM recordings WHERE id = ?').pluck().get(rec.id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM attempts WHERE id = ?').pluck().get(a.id)).toBe(0);
    expect((await fail(core, 'recording:get', { id: rec.id })).code).toBe('NOT_FOUND');
    // The other attempt and its recording are untouched.
    expect(fs.readFileSync(keptFile).equals(bytes(30))).toBe(true);
    expect((await call(core, 'practice:sessionAttempts', { id: s.id })).map((x) => x.recording?.id)).toEqual([keep.id]);
  });

  it('recording:delete removes the file and the row; the attempt stays, without a recording', async () => {
    const { core, db, dir } = await open();
    const s = await call(core, 'practice:start', { length: 1 });
    const rec = await finishedRecording(core, bytes(64));
    const a = await saveAnswer(core, s.id, 0, 'keep me', 1_000, rec.id);
    const file = recordingPath(db, dir, rec.id);
    expect(await call(core, 'recording:delete', { id: rec.id })).toEqual({ ok: true });
    expect(fs.existsSync(file)).toBe(false);
    expect(counts(db).recordings).toBe(0);
    const after = await call(core, 'practice:sessionAttempts', { id: s.id });
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: a.id, answerText: 'keep me', recording: null });
    expect((await fail(core, 'recording:delete', { id: rec.id })).code).toBe('NOT_FOUND');
  });

  it('an unfinished recording can be deleted too, and get reports a file gone missing', async () => {
    const { core, db, dir } = await open();
    const { id } = await call(core, 'recording:start', { mimeType: 'audio/webm' });
    await call(core, 'recording:append', { id, chunk: b64(bytes(10)) });
    const partial = await call(core, 'recording:get', { id });
    expect(partial.info).toMatchObject({ complete: false, sizeBytes: 10, sha256: null });
    fs.rmSync(recordingPath(db, dir, id));
    expect((await fail(core, 'recording:get', { id })).code).toBe('NOT_FOUND');
    await call(core, 'recording:delete', { id });
    expect(counts(db).recordings).toBe(0);
    expect(recordingFiles(dir)).toEqual([]);
  });
});

describe('recordings stay with their own answer', () => {
  it('a recording linked to one answer cannot be moved to another, and finishing twice is refused', async () => {
    const { core, db } = await open();
    const s = await call(core, 'practice:start', { source: 'category', category: 'closing', length: 2 });
    const rec = await call(core, 'recording:start', { mimeType: 'audio/webm' });
    await call(core, 'recording:append', { id: rec.id, chunk: b64(bytes(100)) });
    const finished = await call(core, 'recording:finish', { id: rec.id, durationMs: 1500 });
    expect((await fail(core, 'recording:finish', { id: rec.id, durationMs: 99 })).code).toBe('CONFLICT');
    expect(db.prepare('SELECT duration_ms FROM recordings WHERE id = ?').pluck().get(rec.id)).toBe(finished.durationMs);

    const first = await saveAnswer(core, s.id, 0, 'One.', 5000, rec.id);
    // Saving the same answer again with its own recording is fine.
    await saveAnswer(core, s.id, 0, 'One, edited.', 5000, rec.id);
    const before = counts(db);
    const err = await fail(core, 'practice:saveAttempt', {
      sessionId: s.id,
      position: 1,
      answerText: 'Two.',
      durationMs: 5000,
      recordingId: rec.id,
    });
    expect(err.code).toBe('CONFLICT');
    expect(counts(db)).toEqual(before);
    expect(db.prepare('SELECT attempt_id FROM recordings WHERE id = ?').pluck().get(rec.id)).toBe(first.id);
  });
});
