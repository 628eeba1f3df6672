import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { MAX_CHUNK_BYTES, MAX_RECORDING_BYTES, RECORDING_TYPES } from '../../shared/practice-contract';
import type { RecordingRepo, RecordingRow } from './recording-repo';

const EXTENSIONS: Record<(typeof RECORDING_TYPES)[number], string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
};

function info(r: RecordingRow) {
  return {
    id: r.id,
    mimeType: r.mime_type,
    durationMs: r.duration_ms,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    complete: r.complete === 1,
  };
}

/** Voice recordings: chunks appended to one file as they arrive and synced, so a crash loses at most one chunk. */
export function createRecordingService(db: Database.Database, repo: RecordingRepo, dir: string, now: () => Date) {
  function row(id: number): RecordingRow {
    const found = repo.get(id);
    if (!found) throw new AppError('NOT_FOUND', `There is no recording with id ${id}.`);
    return found;
  }
  const fileOf = (r: RecordingRow) => path.join(dir, r.file_name);
  /** Removes a recording's row, then its file and the 16 kHz copy of it (whose row the database removes with it). */
  function removeRecording(r: RecordingRow): void {
    const copy = repo.speechFile(r.id);
    repo.remove(r.id);
    fs.rmSync(fileOf(r), { force: true });
    if (copy) fs.rmSync(path.join(dir, copy), { force: true });
  }

  return {
    start(mimeType: string): { id: number } {
      const base = mimeType.split(';')[0].trim().toLowerCase() as (typeof RECORDING_TYPES)[number];
      if (!RECORDING_TYPES.includes(base)) {
        throw new AppError('VALIDATION', `Recordings must be audio (${RECORDING_TYPES.join(', ')}), not "${mimeType}".`, [
          { path: 'mimeType', message: 'Unsupported type.' },
        ]);
      }
      fs.mkdirSync(dir, { recursive: true });
      const fileName = `recording-${now().toISOString().replace(/[-:.]/g, '')}-${crypto.randomBytes(4).toString('hex')}.${EXTENSIONS[base]}`;
      fs.writeFileSync(path.join(dir, fileName), new Uint8Array(0), { flag: 'wx' });
      return { id: repo.insert(fileName, mimeType, now().toISOString()) };
    },
    append(id: number, chunkBase64: string): { sizeBytes: number } {
      const r = row(id);
      if (r.complete) throw new AppError('CONFLICT', 'This recording is finished; start a new one.');
      const chunk = Buffer.from(chunkBase64, 'base64');
      // The schema's base64 length cap lets a few bytes over 1 MB through; the decoded size is exact.
      if (chunk.length > MAX_CHUNK_BYTES)
        throw new AppError('VALIDATION', 'A chunk is over 1 MB.', [{ path: 'chunk', message: 'Too large.' }]);
      if (r.size_bytes + chunk.length > MAX_RECORDING_BYTES) {
        throw new AppError(
          'VALIDATION',
          `The recording would be over ${MAX_RECORDING_BYTES / 1024 / 1024} MB; it was stopped there.`,
        );
      }
      const fd = fs.openSync(fileOf(r), 'a');
      try {
        fs.writeSync(fd, chunk);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      const size = r.size_bytes + chunk.length;
      repo.setSize(id, size);
      return { sizeBytes: size };
    },
    finish(id: number, durationMs: number) {
      const r = row(id);
      if (r.complete) throw new AppError('CONFLICT', 'This recording is already finished.');
      if (!fs.existsSync(fileOf(r))) throw new AppError('NOT_FOUND', 'The recording file is missing from the data folder.');
      const bytes = fs.readFileSync(fileOf(r));
      repo.finish(id, durationMs, bytes.length, crypto.createHash('sha256').update(bytes).digest('hex'));
      return info(row(id));
    },
    get(id: number) {
      const r = row(id);
      let data: Buffer;
      try {
        data = fs.readFileSync(fileOf(r));
      } catch {
        throw new AppError('NOT_FOUND', 'The recording file is missing from the data folder.');
      }
      return { info: info(r), data: data.toString('base64') };
    },
    /** A recording may be linked to a new attempt, or stay with its own; it never moves from one answer to another. */
    assertLinkable(id: number, attemptId: number | null): void {
      const r = row(id);
      if (r.attempt_id !== null && r.attempt_id !== attemptId) {
        throw new AppError('CONFLICT', 'That recording belongs to another answer.', [
          { path: 'recordingId', message: 'Already used.' },
        ]);
      }
    },
    /** Deletes the row, then the file; a file that will not go is reported, never left referenced. */
    delete(id: number): void {
      const r = row(id);
      const copy = repo.speechFile(id);
      db.transaction(() => repo.remove(id))();
      fs.rmSync(fileOf(r), { force: true });
      if (copy) fs.rmSync(path.join(dir, copy), { force: true });
    },
    deleteForAttempt(attemptId: number): void {
      for (const r of repo.byAttempt(attemptId)) removeRecording(r);
    },
    /** Links a recording to an attempt; a recording the attempt had before is replaced, its row and file deleted. */
    link(attemptId: number, recordingId: number): void {
      for (const old of repo.byAttempt(attemptId)) {
        if (old.id === recordingId) continue;
        removeRecording(old);
      }
      repo.link(attemptId, recordingId);
    },
  };
}

export type RecordingService = ReturnType<typeof createRecordingService>;
