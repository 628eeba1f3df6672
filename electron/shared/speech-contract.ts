import { z } from 'zod';
import { plainString } from './plain-text';
import { defineRoute } from './define-route';
import {
  downloadActionSchema,
  downloadStatusSchema,
  modelIdSchema,
  speechAudioSchema,
  speechJobSchema,
  speechModelSchema,
  speechModelsSchema,
  speechTrendSchema,
  transcriptSchema,
} from './speech-schemas';
import { baseRevisionSchema } from './revision';
import { idSchema } from './ids';
import { longText } from './text-limits';

/** Largest PCM chunk: 1 MB is about 33 s of 16 kHz 16-bit mono; the renderer sends a few seconds at a time. */
export const MAX_PCM_CHUNK_BYTES = 1024 * 1024;

const noInput = z.object({}).strict().optional();
const ok = z.object({ ok: z.literal(true) });
/** What came of "Choose file…": a path picked in the open dialog, the dialog cancelled, or a host with no dialog. */
const chooseModelFileOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('chosen'), path: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('unavailable') }),
]);
export type ChooseModelFileOutcome = z.infer<typeof chooseModelFileOutcomeSchema>;
const jobIdSchema = z.string().regex(/^[0-9a-f-]{36}$/, 'Not a transcription job id.');
/** "auto" lets a multilingual model detect the language; otherwise an ISO 639-1 code such as "en". */
const languageSchema = plainString().regex(/^(auto|[a-z]{2})$/, 'A language is "auto" or a two-letter code such as "en".');

/**
 * Offline speech: models (downloaded only when asked), the 16 kHz audio the engine reads, transcription jobs the
 * renderer polls (the router is request/response, over IPC and HTTP alike), and the figures from the voice.
 */
export const speechContract = {
  /** Settings -> Speech: every catalog model, installed or not, with any download in progress. */
  'speech:models': defineRoute({ input: noInput, output: speechModelsSchema }),
  /** Starts, pauses, resumes or cancels a model download; the only network access Debrief ever makes. */
  'speech:download': defineRoute({
    input: z.object({ modelId: modelIdSchema, action: downloadActionSchema }).strict(),
    output: downloadStatusSchema,
  }),
  /** Progress of a model's download (poll it); null when none was started since the app opened. */
  'speech:downloadStatus': defineRoute({
    input: z.object({ modelId: modelIdSchema }).strict(),
    output: downloadStatusSchema.nullable(),
  }),
  /** "Use a model file I already have": copies a local file in once its size and SHA-1 match a catalog model. */
  'speech:importModel': defineRoute({
    input: z
      .object({
        path: plainString()
          .min(1, 'Choose a model file.')
          .max(4096, 'That path is too long.')
          .refine((p) => !p.includes('\0'), 'That is not a file path.'),
      })
      .strict(),
    output: speechModelSchema,
  }),
  /** The desktop app's open dialog for a model file; the browser host has none and answers "unavailable". */
  'speech:chooseModelFile': defineRoute({ input: noInput, output: chooseModelFileOutcomeSchema }),
  'speech:deleteModel': defineRoute({ input: z.object({ modelId: modelIdSchema }).strict(), output: ok }),
  /** The installed model used when a transcription names none. */
  'speech:useModel': defineRoute({ input: z.object({ modelId: modelIdSchema }).strict(), output: speechModelsSchema }),

  /** Opens the 16 kHz PCM copy of a recording (or of a dictation, with no recording) beside the recordings. */
  'speech:audioStart': defineRoute({
    input: z
      .object({ recordingId: idSchema.nullable().default(null) })
      .strict()
      .default({ recordingId: null }),
    output: z.object({ audioId: idSchema }),
  }),
  /** Appends base64 16 kHz mono Int16 little-endian samples, synced to disk as they arrive. */
  'speech:audioAppend': defineRoute({
    input: z
      .object({
        audioId: idSchema,
        chunk: z.base64().max(Math.ceil((MAX_PCM_CHUNK_BYTES * 4) / 3) + 4, 'A chunk is over 1 MB.'),
      })
      .strict(),
    output: z.object({ seconds: z.number() }),
  }),
  'speech:audioFinish': defineRoute({ input: z.object({ audioId: idSchema }).strict(), output: speechAudioSchema }),
  /**
   * Deletes a dictation's audio, its WAV and its transcript, once its words are in the field (or it was given up).
   * Audio made from a practice recording is refused with CONFLICT: it goes with its recording.
   */
  'speech:deleteAudio': defineRoute({ input: z.object({ audioId: idSchema }).strict(), output: ok }),

  /**
   * Starts transcribing finished audio; poll speech:job. modelId left out uses the active model, or only the
   * voice-activity model (speaking time and pauses, no words) when none is installed; null asks for that explicitly.
   */
  'speech:transcribe': defineRoute({
    input: z
      .object({ audioId: idSchema, modelId: modelIdSchema.nullable().optional(), language: languageSchema.optional() })
      .strict(),
    output: speechJobSchema,
  }),
  'speech:job': defineRoute({ input: z.object({ jobId: jobIdSchema }).strict(), output: speechJobSchema }),
  'speech:cancel': defineRoute({ input: z.object({ jobId: jobIdSchema }).strict(), output: speechJobSchema }),
  /** The saved transcript of some audio; null before one is made. */
  'speech:transcript': defineRoute({ input: z.object({ audioId: idSchema }).strict(), output: transcriptSchema.nullable() }),
  /**
   * Saves the person's correction of a transcript's text (the words and their times stay as heard); the recognised
   * text itself, or an empty correction, puts it back as recognised. Refused with CONFLICT from a stale revision.
   */
  'speech:saveText': defineRoute({
    input: z.object({ audioId: idSchema, text: longText(), baseRevision: baseRevisionSchema }).strict(),
    output: transcriptSchema,
  }),
  /** The transcript of a practice attempt's recording; null for a typed-only answer. */
  'speech:attempt': defineRoute({ input: z.object({ attemptId: idSchema }).strict(), output: transcriptSchema.nullable() }),
  /** Spoken figures across the attempts at one question, oldest first. */
  'speech:trend': defineRoute({ input: z.object({ questionId: idSchema }).strict(), output: speechTrendSchema }),
  /** Frees the loaded model's memory (the engine's process ends; the next transcription starts it again). */
  'speech:release': defineRoute({ input: noInput, output: ok }),
};
