import type Database from 'better-sqlite3';

/** A recordings row. */
export interface RecordingRow {
  id: number;
  attempt_id: number | null;
  file_name: string;
  mime_type: string;
  duration_ms: number;
  size_bytes: number;
  sha256: string | null;
  complete: number;
  created_at: string;
}

/** SQL for voice recordings; the audio itself lives in files next to the database. */
export function createRecordingRepo(db: Database.Database) {
  const insert = db.prepare('INSERT INTO recordings (file_name, mime_type, created_at) VALUES (?, ?, ?)');
  const get = db.prepare<[number], RecordingRow>('SELECT * FROM recordings WHERE id = ?');
  const byAttempt = db.prepare<[number], RecordingRow>('SELECT * FROM recordings WHERE attempt_id = ?');
  const setSize = db.prepare('UPDATE recordings SET size_bytes = ? WHERE id = ?');
  const finish = db.prepare('UPDATE recordings SET duration_ms = ?, size_bytes = ?, sha256 = ?, complete = 1 WHERE id = ?');
  const link = db.prepare('UPDATE recordings SET attempt_id = ? WHERE id = ?');
  const unlinkOthers = db.prepare('UPDATE recordings SET attempt_id = NULL WHERE attempt_id = ? AND id <> ?');
  const remove = db.prepare('DELETE FROM recordings WHERE id = ?');
  // The 16 kHz copy made for transcription: its row goes with the recording (ON DELETE CASCADE), its file must too.
  const speechFile = db.prepare<[number], string>('SELECT file_name FROM speech_audio WHERE recording_id = ?').pluck();

  return {
    insert: (fileName: string, mimeType: string, now: string) => Number(insert.run(fileName, mimeType, now).lastInsertRowid),
    get: (id: number) => get.get(id),
    byAttempt: (attemptId: number) => byAttempt.all(attemptId),
    setSize: (id: number, size: number) => void setSize.run(size, id),
    finish: (id: number, durationMs: number, size: number, sha256: string) => void finish.run(durationMs, size, sha256, id),
    /** One recording per attempt: linking a new one detaches any earlier one (its file is deleted by the service). */
    link(attemptId: number, recordingId: number): void {
      unlinkOthers.run(attemptId, recordingId);
      link.run(attemptId, recordingId);
    },
    remove: (id: number) => void remove.run(id),
    speechFile: (recordingId: number) => speechFile.get(recordingId) ?? null,
  };
}

export type RecordingRepo = ReturnType<typeof createRecordingRepo>;
