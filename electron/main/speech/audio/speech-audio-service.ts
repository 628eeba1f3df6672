import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { MAX_PCM_CHUNK_BYTES } from '../../../shared/speech-contract';
import { MAX_SPEECH_SECONDS, SPEECH_SAMPLE_RATE, type SpeechAudio } from '../../../shared/speech-schemas';
import type { SpeechAudioRow, SpeechRepo } from '../speech-repo';
import { WAV_HEADER_BYTES, patchWavSizes, wavHeader } from './wav';

const MAX_SAMPLES = MAX_SPEECH_SECONDS * SPEECH_SAMPLE_RATE;
/** The suffix of every speech audio file; a file with it that no row names is an orphan and is swept at start. */
export const SPEECH_AUDIO_SUFFIX = '.16k.wav';

/**
 * The 16 kHz mono PCM copy of a recording, written as a WAV beside it so whisper.cpp can read it. Chunks are synced
 * as they arrive, like the recording itself (whose WebM file and checksum this never touches).
 */
export function createSpeechAudioService(db: Database.Database, repo: SpeechRepo, dir: string, now: () => Date) {
  const fileOf = (r: SpeechAudioRow) => path.join(dir, r.file_name);
  function row(id: number): SpeechAudioRow {
    const found = repo.audio(id);
    if (!found) throw new AppError('NOT_FOUND', `There is no speech audio with id ${id}.`);
    return found;
  }
  const info = (r: SpeechAudioRow): SpeechAudio => ({
    audioId: r.id,
    recordingId: r.recording_id,
    seconds: Math.round((r.sample_count / SPEECH_SAMPLE_RATE) * 100) / 100,
    sizeBytes: WAV_HEADER_BYTES + r.sample_count * 2,
    complete: r.complete === 1,
  });
  function dictationRow(id: number): SpeechAudioRow {
    const r = row(id);
    if (r.recording_id !== null)
      throw new AppError('CONFLICT', 'This audio belongs to a practice recording; it goes when the recording is deleted.');
    return r;
  }
  const removeRow = (r: SpeechAudioRow) => {
    repo.removeAudio(r.id);
    fs.rmSync(fileOf(r), { force: true });
  };

  return {
    /** Opens a new WAV beside a recording (replacing an earlier copy of it), or a dictation's with no recording. */
    start(recordingId: number | null): { audioId: number } {
      let base = `dictation-${now().toISOString().replace(/[-:.]/g, '')}-${crypto.randomBytes(4).toString('hex')}`;
      if (recordingId !== null) {
        const recording = repo.recording(recordingId);
        if (!recording)
          throw new AppError('NOT_FOUND', `There is no recording with id ${recordingId}.`, [
            { path: 'recordingId', message: 'Unknown recording.' },
          ]);
        base = recording.file_name.replace(/\.[^.]+$/, '');
      }
      fs.mkdirSync(dir, { recursive: true });
      return db.transaction(() => {
        const earlier = recordingId !== null ? repo.audioOfRecording(recordingId) : undefined;
        if (earlier) removeRow(earlier);
        const fileName = `${base}${SPEECH_AUDIO_SUFFIX}`;
        fs.writeFileSync(path.join(dir, fileName), wavHeader(0), { flag: 'w' });
        return { audioId: repo.insertAudio(recordingId, fileName, now().toISOString()) };
      })();
    },

    /** Appends Int16 little-endian samples (base64); over 30 minutes is refused and nothing more is written. */
    append(audioId: number, chunkBase64: string): { seconds: number } {
      const r = row(audioId);
      if (r.complete) throw new AppError('CONFLICT', 'This audio is finished; start a new one.');
      const chunk = Buffer.from(chunkBase64, 'base64');
      if (chunk.length > MAX_PCM_CHUNK_BYTES)
        throw new AppError('VALIDATION', 'A chunk is over 1 MB.', [{ path: 'chunk', message: 'Too large.' }]);
      if (chunk.length % 2 !== 0)
        throw new AppError('VALIDATION', 'Audio chunks are 16-bit samples, so their length must be even.', [
          { path: 'chunk', message: 'Odd number of bytes.' },
        ]);
      const samples = r.sample_count + chunk.length / 2;
      if (samples > MAX_SAMPLES) {
        throw new AppError(
          'VALIDATION',
          `Recordings longer than ${MAX_SPEECH_SECONDS / 60} minutes cannot be transcribed; this one was stopped at ${MAX_SPEECH_SECONDS / 60} minutes.`,
        );
      }
      if (!fs.existsSync(fileOf(r))) throw new AppError('NOT_FOUND', 'The speech audio file is missing from the data folder.');
      const fd = fs.openSync(fileOf(r), 'a');
      try {
        fs.writeSync(fd, chunk);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      repo.setSamples(audioId, samples);
      return { seconds: Math.round((samples / SPEECH_SAMPLE_RATE) * 100) / 100 };
    },

    /** Writes the final sizes into the WAV header; after this the engine may read it. */
    finish(audioId: number): SpeechAudio {
      const r = row(audioId);
      if (r.complete) throw new AppError('CONFLICT', 'This audio is already finished.');
      if (!fs.existsSync(fileOf(r))) throw new AppError('NOT_FOUND', 'The speech audio file is missing from the data folder.');
      patchWavSizes(fileOf(r), r.sample_count * 2);
      repo.finishAudio(audioId);
      return info(row(audioId));
    },

    /** A finished audio's file, ready for the engine; refuses audio still arriving, empty or too long. */
    readyFile(audioId: number): { file: string; audio: SpeechAudio } {
      const r = row(audioId);
      if (!r.complete) throw new AppError('CONFLICT', 'This audio is still being received; finish it first.');
      if (r.sample_count === 0) throw new AppError('VALIDATION', 'This audio is empty: there is nothing to transcribe.');
      if (r.sample_count > MAX_SAMPLES)
        throw new AppError('VALIDATION', `Recordings longer than ${MAX_SPEECH_SECONDS / 60} minutes cannot be transcribed.`);
      if (!fs.existsSync(fileOf(r))) throw new AppError('NOT_FOUND', 'The speech audio file is missing from the data folder.');
      return { file: fileOf(r), audio: info(r) };
    },

    get: (audioId: number) => info(row(audioId)),

    /**
     * Deletes a dictation's audio: its row (the transcript goes with it) and its WAV. Audio of a recording is the
     * recording's to keep, so it is refused and nothing is deleted.
     */
    remove(audioId: number): void {
      removeRow(dictationRow(audioId));
    },

    /** Refuses (NOT_FOUND, or CONFLICT for a recording's audio) what `remove` would refuse, deleting nothing. */
    checkRemovable(audioId: number): void {
      dictationRow(audioId);
    },

    /**
     * Deletes every dictation's audio left from an earlier run (the window closed, reloaded or crashed before the
     * dictation could delete it), with its transcript and WAV. Run at start, before any dictation of this run.
     */
    sweepDictations(): number {
      const rows = repo.dictationAudio();
      for (const r of rows) removeRow(r);
      return rows.length;
    },

    /** Deletes speech audio files no row names (their recording was deleted, and the row with it). */
    sweepOrphans(): number {
      if (!fs.existsSync(dir)) return 0;
      const known = repo.audioFileNames();
      let removed = 0;
      for (const name of fs.readdirSync(dir)) {
        if (name.endsWith(SPEECH_AUDIO_SUFFIX) && !known.has(name)) {
          fs.rmSync(path.join(dir, name), { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}

export type SpeechAudioService = ReturnType<typeof createSpeechAudioService>;
