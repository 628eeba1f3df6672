import { z } from 'zod';
import { plainString } from './plain-text';
import { appErrorSchema } from './errors';
import { revisionSchema } from './revision';
import { idSchema } from './ids';

/** whisper.cpp and the VAD read 16 kHz mono audio; the renderer sends exactly that. */
export const SPEECH_SAMPLE_RATE = 16_000;
/** Longer recordings are refused: a practice answer is minutes, and whisper's memory and time grow with length. */
export const MAX_SPEECH_SECONDS = 30 * 60;
/** A silence between two stretches of speech longer than this counts as a long pause. */
export const LONG_PAUSE_SECONDS = 2.5;
/** The usual band of conversational pace, in words per minute over speaking time. */
export const USUAL_PACE = { low: 130, high: 170 } as const;
/** Below this much speech a words-per-minute figure says nothing, so none is given. */
export const MIN_SECONDS_FOR_PACE = 5;

/** A model's catalog id: "tiny.en", "base", ... */
export const modelIdSchema = plainString().regex(/^[a-z0-9][a-z0-9.-]{0,39}$/, 'A model id is a short name such as "tiny.en".');

/** One whisper.cpp model Debrief can download: the published size and SHA-1, and what it is good for. */
export const catalogEntrySchema = z
  .object({
    id: modelIdSchema,
    name: z.string().min(1).max(80),
    file: z.string().regex(/^ggml-[a-z0-9.-]+\.bin$/, 'A model file is named ggml-<name>.bin.'),
    sizeBytes: z.number().int().positive(),
    sha1: z.string().regex(/^[0-9a-f]{40}$/, 'A SHA-1 is 40 lower-case hex digits.'),
    url: z.url({ protocol: /^https?$/, error: 'A download address is an http(s) URL.' }),
    language: z.enum(['en', 'multilingual']),
    goodFor: z.string().min(1).max(300),
    default: z.boolean().default(false),
  })
  .strict();
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

/** The catalog file (resources/speech/models.json): ids and files unique, exactly one default. */
export const catalogSchema = z
  .object({ version: z.literal(1), models: z.array(catalogEntrySchema).min(1).max(50) })
  .strict()
  .superRefine((catalog, ctx) => {
    const seen = { id: new Set<string>(), file: new Set<string>() };
    catalog.models.forEach((m, i) => {
      for (const key of ['id', 'file'] as const) {
        if (seen[key].has(m[key])) ctx.addIssue({ code: 'custom', path: ['models', i, key], message: `Duplicate ${key}.` });
        seen[key].add(m[key]);
      }
    });
    const defaults = catalog.models.filter((m) => m.default).length;
    if (defaults !== 1) ctx.addIssue({ code: 'custom', path: ['models'], message: `Exactly one default model (${defaults}).` });
  });
export type Catalog = z.infer<typeof catalogSchema>;

/** A span of time in seconds from the start of the audio. */
export const timeSpanSchema = z.object({ start: z.number().nonnegative(), end: z.number().nonnegative() });
export type TimeSpan = z.infer<typeof timeSpanSchema>;

/** One recognised word with when it was said, in seconds; punctuation stays attached as written. */
export const timedWordSchema = timeSpanSchema.extend({ word: z.string() });
export type TimedWord = z.infer<typeof timedWordSchema>;

/** A filler heard in the audio, and where. */
export const timedFillerSchema = timeSpanSchema.extend({ word: z.string() });

/** Observable facts about one spoken answer; no score. */
export const speechFiguresSchema = z.object({
  durationSeconds: z.number().nonnegative(),
  /** Sum of the speech segments the VAD found, not the clock. */
  speakingSeconds: z.number().nonnegative(),
  wordCount: z.number().int().nonnegative(),
  /** Words over speaking time; null without words or with under five seconds of speech. */
  wordsPerMinute: z.number().nullable(),
  /** Where the pace sits against the usual 130-170 band. */
  pace: z.enum(['slower', 'usual', 'faster']).nullable(),
  /** Every silence between two speech segments. */
  pauses: z.array(timeSpanSchema),
  /** The silences over 2.5 s. */
  longPauses: z.array(timeSpanSchema),
  /** Per filler; an "at least" count, since Whisper drops some. */
  fillers: z.array(z.object({ word: z.string(), count: z.number().int() })),
  fillerCount: z.number().int().nonnegative(),
  fillerPositions: z.array(timedFillerSchema),
  /** Speech was heard and a model ran, yet no words came out (the test model, or a model that missed everything). */
  noWordsRecognised: z.boolean(),
});
export type SpeechFigures = z.infer<typeof speechFiguresSchema>;

/** A transcript as saved with its audio: words with times, the speech segments and the figures. */
export const transcriptSchema = z.object({
  audioId: idSchema,
  recordingId: idSchema.nullable(),
  /** The catalog model that made the words; null when only the voice-activity model ran (no model installed). */
  modelId: z.string().nullable(),
  language: z.string().nullable(),
  text: z.string(),
  words: z.array(timedWordSchema),
  speech: z.array(timeSpanSchema),
  figures: speechFiguresSchema,
  createdAt: z.string(),
  /** The person's correction of `text` (what they really said); null while it stands as recognised. */
  editedText: z.string().nullable(),
  /** Moves on with each correction and each new transcription; a correction from an older copy is refused. */
  revision: revisionSchema,
});
export type Transcript = z.infer<typeof transcriptSchema>;

/** The 16 kHz PCM copy of a recording that the engine reads. */
export const speechAudioSchema = z.object({
  audioId: idSchema,
  recordingId: idSchema.nullable(),
  seconds: z.number().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
  complete: z.boolean(),
});
export type SpeechAudio = z.infer<typeof speechAudioSchema>;

export const JOB_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
/** Where a transcription job is: waiting, running, or over (done, failed, cancelled). */
export type JobState = (typeof JOB_STATES)[number];

/** What the engine is doing for a job: finding speech (VAD), then recognising words. */
export const transcriptionStageSchema = z.enum(['vad', 'transcribe']);
export type TranscriptionStage = z.infer<typeof transcriptionStageSchema>;

/** A transcription job, polled by the renderer until its state is done, failed or cancelled. */
export const speechJobSchema = z.object({
  jobId: z.string(),
  audioId: idSchema,
  modelId: z.string().nullable(),
  state: z.enum(JOB_STATES),
  /** What the engine is doing now: finding speech (VAD), then recognising words; null before it starts. */
  stage: transcriptionStageSchema.nullable(),
  /** How far the current stage is, as the engine reports it (0 until it reports); 100 once done. */
  percent: z.number().min(0).max(100),
  error: appErrorSchema.nullable(),
  transcript: transcriptSchema.nullable(),
});
export type SpeechJob = z.infer<typeof speechJobSchema>;

export const DOWNLOAD_STATES = ['downloading', 'paused', 'verifying', 'done', 'failed', 'cancelled'] as const;
/** Where a model download is. */
export type DownloadState = (typeof DOWNLOAD_STATES)[number];

/** What the person can do to a model download in Settings -> Speech. */
export const downloadActionSchema = z.enum(['start', 'pause', 'resume', 'cancel'], { error: 'Unknown action.' });
export type DownloadAction = z.infer<typeof downloadActionSchema>;

/** A model download as the Settings screen shows it: bytes, speed and time left. */
export const downloadStatusSchema = z.object({
  modelId: z.string(),
  state: z.enum(DOWNLOAD_STATES),
  receivedBytes: z.number().int().nonnegative(),
  totalBytes: z.number().int().nonnegative(),
  bytesPerSecond: z.number().nonnegative(),
  /** Seconds left at the current speed; null while the speed is unknown or nothing is moving. */
  etaSeconds: z.number().nonnegative().nullable(),
  error: appErrorSchema.nullable(),
});
export type DownloadStatus = z.infer<typeof downloadStatusSchema>;

/** A catalog model with what this computer has of it. */
export const speechModelSchema = z.object({
  id: z.string(),
  name: z.string(),
  file: z.string(),
  sizeBytes: z.number().int(),
  language: z.enum(['en', 'multilingual']),
  goodFor: z.string(),
  default: z.boolean(),
  installed: z.boolean(),
  /** The model used when a transcription names none. */
  active: z.boolean(),
  /** Where the file is (or would be) in the data folder's models/ folder. */
  path: z.string(),
  download: downloadStatusSchema.nullable(),
});
export type SpeechModel = z.infer<typeof speechModelSchema>;

/** Settings -> Speech in one answer: the models, where they live, and the shipped voice-activity model. */
export const speechModelsSchema = z.object({
  folder: z.string(),
  activeModelId: z.string().nullable(),
  models: z.array(speechModelSchema),
  vad: z.object({ name: z.string(), sizeBytes: z.number().int(), available: z.boolean() }),
});
export type SpeechModels = z.infer<typeof speechModelsSchema>;

/** One attempt's spoken figures, for the across-attempts line ("pace 190 -> 150 wpm over three tries"). */
export const attemptSpeechSchema = z.object({
  attemptId: idSchema,
  createdAt: z.string(),
  wordsPerMinute: z.number().nullable(),
  speakingSeconds: z.number(),
  fillerCount: z.number().int(),
  longPauseCount: z.number().int(),
});

const change = z.object({ first: z.number(), last: z.number() }).nullable();
/** Spoken figures across attempts at one question, oldest first, with first -> last for each figure. */
export const speechTrendSchema = z.object({
  attempts: z.array(attemptSpeechSchema),
  tries: z.number().int(),
  pace: change,
  fillers: change,
  longPauses: change,
});
export type SpeechTrend = z.infer<typeof speechTrendSchema>;
