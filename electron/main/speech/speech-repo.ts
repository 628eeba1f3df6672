import type Database from 'better-sqlite3';
import { speechFiguresColumn, speechSpansColumn, timedWordsColumn } from '../../shared/json-columns';
import type { SpeechFigures, TimeSpan, TimedWord } from '../../shared/speech-schemas';
import { parseJsonColumn } from '../db/json-column';

/** A speech_audio row. */
export interface SpeechAudioRow {
  id: number;
  recording_id: number | null;
  file_name: string;
  sample_count: number;
  complete: number;
  created_at: string;
}

/** A transcript as stored, JSON columns parsed. */
export interface TranscriptRecord {
  audioId: number;
  recordingId: number | null;
  modelId: string | null;
  language: string | null;
  text: string;
  words: TimedWord[];
  speech: TimeSpan[];
  figures: SpeechFigures;
  createdAt: string;
  /** The person's correction of the text; null while it is as recognised. */
  editedText: string | null;
  revision: number;
}

/** What the engine's run gives, before any correction. */
export type RecognisedTranscript = Omit<TranscriptRecord, 'editedText' | 'revision'>;

interface TranscriptRow {
  audio_id: number;
  recording_id: number | null;
  model_id: string | null;
  language: string | null;
  text: string;
  words: string;
  speech: string;
  figures: string;
  created_at: string;
  edited_text: string | null;
  revision: number;
}

const toRecord = (r: TranscriptRow): TranscriptRecord => ({
  audioId: r.audio_id,
  recordingId: r.recording_id,
  modelId: r.model_id,
  language: r.language,
  text: r.text,
  words: parseJsonColumn(timedWordsColumn, r.words),
  speech: parseJsonColumn(speechSpansColumn, r.speech),
  figures: parseJsonColumn(speechFiguresColumn, r.figures),
  createdAt: r.created_at,
  editedText: r.edited_text,
  revision: r.revision,
});

const TRANSCRIPT = `SELECT t.*, a.recording_id FROM speech_transcripts t JOIN speech_audio a ON a.id = t.audio_id`;

/** SQL for speech: the PCM audio rows, transcripts, and the chosen model. */
export function createSpeechRepo(db: Database.Database) {
  const insertAudio = db.prepare('INSERT INTO speech_audio (recording_id, file_name, created_at) VALUES (?, ?, ?)');
  const audio = db.prepare<[number], SpeechAudioRow>('SELECT * FROM speech_audio WHERE id = ?');
  const audioOfRecording = db.prepare<[number], SpeechAudioRow>('SELECT * FROM speech_audio WHERE recording_id = ?');
  const setSamples = db.prepare('UPDATE speech_audio SET sample_count = ? WHERE id = ?');
  const finishAudio = db.prepare('UPDATE speech_audio SET complete = 1 WHERE id = ?');
  const removeAudio = db.prepare('DELETE FROM speech_audio WHERE id = ?');
  const fileNames = db.prepare<[], { file_name: string }>('SELECT file_name FROM speech_audio');
  const dictationAudio = db.prepare<[], SpeechAudioRow>('SELECT * FROM speech_audio WHERE recording_id IS NULL');
  const recording = db.prepare<[number], { id: number; file_name: string }>('SELECT id, file_name FROM recordings WHERE id = ?');
  const saveTranscript =
    db.prepare(`INSERT INTO speech_transcripts (audio_id, model_id, language, text, words, speech, figures, created_at)
    VALUES (@audioId, @modelId, @language, @text, @words, @speech, @figures, @createdAt)
    ON CONFLICT (audio_id) DO UPDATE SET model_id = excluded.model_id, language = excluded.language, text = excluded.text,
      words = excluded.words, speech = excluded.speech, figures = excluded.figures, created_at = excluded.created_at,
      edited_text = NULL, revision = speech_transcripts.revision + 1`);
  // A new transcription moves the revision on too, so a correction typed over the old words is refused, not mixed in.
  const setText = db.prepare('UPDATE speech_transcripts SET edited_text = ?, revision = revision + 1 WHERE audio_id = ?');
  const transcript = db.prepare<[number], TranscriptRow>(`${TRANSCRIPT} WHERE t.audio_id = ?`);
  const attemptTranscript = db.prepare<[number], TranscriptRow>(
    `${TRANSCRIPT} JOIN recordings r ON r.id = a.recording_id WHERE r.attempt_id = ?`,
  );
  const questionFigures = db.prepare<
    [number],
    { attempt_id: number; created_at: string; figures: string }
  >(`SELECT at.id AS attempt_id, at.created_at, t.figures FROM attempts at
    JOIN recordings r ON r.attempt_id = at.id JOIN speech_audio a ON a.recording_id = r.id
    JOIN speech_transcripts t ON t.audio_id = a.id WHERE at.question_id = ? ORDER BY at.created_at, at.id`);
  const attemptExists = db.prepare('SELECT 1 FROM attempts WHERE id = ?');
  const questionExists = db.prepare('SELECT 1 FROM questions WHERE id = ?');
  const getPref = db.prepare<[string], { value: string }>('SELECT value FROM speech_prefs WHERE key = ?');
  const putPref = db.prepare(
    'INSERT INTO speech_prefs (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const deletePref = db.prepare('DELETE FROM speech_prefs WHERE key = ?');

  return {
    /** Runs reads and writes as one step, so a revision checked is still the one written over. */
    inTransaction: <T>(fn: () => T): T => db.transaction(fn)(),
    insertAudio: (recordingId: number | null, fileName: string, now: string) =>
      Number(insertAudio.run(recordingId, fileName, now).lastInsertRowid),
    audio: (id: number) => audio.get(id),
    audioOfRecording: (recordingId: number) => audioOfRecording.get(recordingId),
    setSamples: (id: number, samples: number) => void setSamples.run(samples, id),
    finishAudio: (id: number) => void finishAudio.run(id),
    removeAudio: (id: number) => void removeAudio.run(id),
    /** Every dictation's audio (no recording): it only ever carried words on their way into a field. */
    dictationAudio: () => dictationAudio.all(),
    audioFileNames: () => new Set(fileNames.all().map((r) => r.file_name)),
    recording: (id: number) => recording.get(id),
    saveTranscript: (t: Omit<RecognisedTranscript, 'recordingId'>) =>
      void saveTranscript.run({
        ...t,
        words: JSON.stringify(t.words),
        speech: JSON.stringify(t.speech),
        figures: JSON.stringify(t.figures),
      }),
    setText: (audioId: number, text: string | null) => void setText.run(text, audioId),
    transcript: (audioId: number) => {
      const row = transcript.get(audioId);
      return row ? toRecord(row) : null;
    },
    attemptTranscript: (attemptId: number) => {
      const row = attemptTranscript.get(attemptId);
      return row ? toRecord(row) : null;
    },
    questionFigures: (questionId: number) =>
      questionFigures.all(questionId).map((r) => ({
        attemptId: r.attempt_id,
        createdAt: r.created_at,
        figures: parseJsonColumn(speechFiguresColumn, r.figures),
      })),
    attemptExists: (id: number) => attemptExists.get(id) !== undefined,
    questionExists: (id: number) => questionExists.get(id) !== undefined,
    pref: (key: string) => getPref.get(key)?.value ?? null,
    setPref: (key: string, value: string | null) => void (value === null ? deletePref.run(key) : putPref.run(key, value)),
  };
}

export type SpeechRepo = ReturnType<typeof createSpeechRepo>;
