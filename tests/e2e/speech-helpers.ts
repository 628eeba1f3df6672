// What the speech specs share: the fixtures, a catalog the model file on hand satisfies, and where screenshots go.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { test, type BrowserHost } from './fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SPEECH_FIXTURES = path.join(ROOT, 'tests/fixtures/speech');
/** 11 s of real speech: "And so my fellow Americans, ask not what your country can do for you…". */
export const JFK_WAV = path.join(SPEECH_FIXTURES, 'jfk.wav');
/** A real ggml-tiny.en.bin when the machine has one; then the words are checked too. */
export const REAL_MODEL = process.env.DEBRIEF_TEST_WHISPER_MODEL || null;
/** The model the specs install: the real one, or whisper.cpp's test model (runs the whole engine, recognises no words). */
export const MODEL_FILE = REAL_MODEL ?? path.join(SPEECH_FIXTURES, 'for-tests-ggml-tiny.en.bin');

/** A catalog (for DEBRIEF_SPEECH_CATALOG) whose tiny.en is `model`, so speech:importModel accepts that file. */
export function catalogFor(model: string = MODEL_FILE): string {
  const bytes = fs.readFileSync(model);
  const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'resources/speech/models.json'), 'utf8'));
  catalog.models[0] = {
    ...catalog.models[0],
    sizeBytes: bytes.length,
    sha1: crypto.createHash('sha1').update(bytes).digest('hex'),
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-e2e-catalog-')), 'models.json');
  fs.writeFileSync(file, JSON.stringify(catalog));
  return file;
}

/** A hostEnv fixture: the host reads a catalog for the model on hand (DEBRIEF_SPEECH_CATALOG), removed after the test. */
export async function testCatalogEnv({}, use: (env: Record<string, string>) => Promise<void>): Promise<void> {
  const file = catalogFor();
  await use({ DEBRIEF_SPEECH_CATALOG: file });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

/** Tests run with the test whisper model in the speech catalog, each given the time the engine needs on a busy machine. */
export function withTestModel(title: string, body: () => void): void {
  test.describe(title, () => {
    test.use({ hostEnv: testCatalogEnv });
    test.describe.configure({ timeout: 240_000 });
    body();
  });
}

/**
 * Says loudly that a spec's check of the recognised words did not run: without DEBRIEF_TEST_WHISPER_MODEL the engine
 * runs whisper.cpp's test model, which recognises none. `after` ends the sentence: what was checked instead, or how to.
 */
export function warnIfNoRealModel(check: string, spec: string, after: string): void {
  if (REAL_MODEL) return;
  console.warn(
    `\n!!! ${check} DID NOT RUN (${spec}): DEBRIEF_TEST_WHISPER_MODEL is not set, so the engine ran with whisper.cpp's ` +
      `test model, which recognises no words${after} !!!\n`,
  );
}

/** Where a screenshot goes: under SHOTS_DIR when set (to look at by hand), else in the test's output folder. */
export function shotPath(name: string): string {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return test.info().outputPath(`${name}.png`);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/**
 * Refuses the feedback's background transcription, so a transcript a test seeds is the only one. `lift` waits until
 * that request has come and been refused before letting later ones through: on a busy machine it is sent well after
 * the feedback shows, and a job let through would finish after the seed and replace it.
 */
export async function refuseBackgroundTranscription(page: Page): Promise<{ lift: () => Promise<void> }> {
  let refused!: () => void;
  const seen = new Promise<void>((resolve) => (refused = resolve));
  await page.route('**/api/speech:transcribe', (route) => {
    refused();
    return route.abort();
  });
  return {
    lift: async () => {
      await seen;
      await page.unroute('**/api/speech:transcribe');
    },
  };
}

/** A transcript to seed: what was heard, each word with its times, the spans of speech, and the voice's figures. */
export interface SeededTranscript {
  text: string;
  words: { word: string; start: number; end: number }[];
  speech: { start: number; end: number }[];
  figures: Record<string, unknown>;
}

/**
 * Puts a transcript for a recording straight into the host's database. The words are seeded because no real model
 * runs here: the whisper test model recognises no words, and no real one can be downloaded. The host has the file open
 * too (WAL), which SQLite allows; it reads the rows on the next speech:attempt.
 */
export function seedTranscript(host: BrowserHost, recordingId: number, durationSeconds: number, t: SeededTranscript): void {
  const db = new Database(path.join(host.dataDir, 'debrief.db'));
  try {
    db.pragma('busy_timeout = 5000');
    const now = new Date().toISOString();
    // The feedback may already have sent the recording's 16 kHz copy (its transcription refused): reuse it.
    const sent = db.prepare('SELECT id FROM speech_audio WHERE recording_id = ?').get(recordingId) as { id: number } | undefined;
    const audioId =
      sent?.id ??
      Number(
        db
          .prepare(
            'INSERT INTO speech_audio (recording_id, file_name, sample_count, complete, created_at) VALUES (?, ?, ?, 1, ?)',
          )
          .run(recordingId, `seeded-${recordingId}.wav`, Math.round(durationSeconds * 16_000), now).lastInsertRowid,
      );
    db.prepare(
      `INSERT INTO speech_transcripts (audio_id, model_id, language, text, words, speech, figures, created_at)
       VALUES (?, 'tiny.en', 'en', ?, ?, ?, ?, ?)`,
    ).run(
      audioId,
      t.text,
      JSON.stringify(t.words),
      JSON.stringify(t.speech),
      JSON.stringify({ durationSeconds, ...t.figures }),
      now,
    );
  } finally {
    db.close();
  }
}
