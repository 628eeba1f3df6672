import { z } from 'zod';
import { plainString } from './plain-text';
import { byId, defineRoute, noInput, okOutput } from './define-route';
import { questionCategorySchema } from './journal-schemas';
import {
  answerAnalysisSchema,
  answerSecondsSchema,
  attemptSchema,
  checkedPointSchema,
  dueItemSchema,
  gradePreviewSchema,
  gradeSchema,
  recordingInfoSchema,
  sessionMixSchema,
  sessionSchema,
  sessionSourceSchema,
  sessionSummarySchema,
} from './practice-schemas';
import { idSchema } from './ids';
import { longText } from './text-limits';

/** Largest recording accepted: about an hour of Opus audio, far more than a three-minute answer needs. */
export const MAX_RECORDING_BYTES = 50 * 1024 * 1024;
/** Largest single chunk; MediaRecorder slices of a second or two are a few kilobytes. */
export const MAX_CHUNK_BYTES = 1024 * 1024;
export const RECORDING_TYPES = ['audio/webm', 'audio/ogg', 'audio/mp4'] as const;

/** How long an answer or a recording took, in milliseconds: up to a day, far above any real answer. */
const durationMs = z
  .number()
  .int()
  .min(0)
  .max(24 * 3600 * 1000);

/** How many questions a session asks. */
const sessionLength = z
  .number({ error: 'Choose how many questions (1 to 50).' })
  .int()
  .min(1, 'At least 1 question.')
  .max(50, 'At most 50 questions.')
  .default(5);

/** Routes of practice (step 5): the due queue, sessions, attempts graded with FSRS, and voice recordings. */
export const practiceContract = {
  'practice:dueCount': defineRoute({
    input: noInput,
    output: z.object({ dueToday: z.number().int(), newFromJournal: z.number().int() }),
  }),
  'practice:queue': defineRoute({
    input: z
      .object({ limit: z.number().int().min(1).max(500).default(50) })
      .strict()
      .default({ limit: 50 }),
    output: z.array(dueItemSchema),
  }),
  'practice:start': defineRoute({
    input: z
      .object({
        length: sessionLength,
        source: sessionSourceSchema.default('due'),
        /** "Due and fumbled first" without the weakest and bank questions that would fill up the length. */
        dueOnly: z.boolean().default(false),
        interviewId: idSchema.optional(),
        category: questionCategorySchema.optional(),
        thinkSeconds: z.number().int().min(0).max(600).default(30),
        answerSeconds: answerSecondsSchema,
      })
      .strict()
      .refine((v) => v.source !== 'interview' || v.interviewId !== undefined, {
        message: 'Choose an interview to replay.',
        path: ['interviewId'],
      })
      .refine((v) => v.source !== 'category' || v.category !== undefined, { message: 'Choose a category.', path: ['category'] })
      .refine((v) => !v.dueOnly || v.source === 'due', {
        message: '"Only what is due" goes with "Due and fumbled first".',
        path: ['dueOnly'],
      }),
    output: sessionSchema,
  }),
  /** What a "due and fumbled first" session of this length would hold, for the start form to say before it starts. */
  'practice:sessionMix': defineRoute({
    input: z.object({ length: sessionLength }).strict(),
    output: sessionMixSchema,
  }),
  /** When the question would come back for each grade if graded now: the grade buttons' words. */
  'practice:gradePreview': defineRoute({
    input: z.object({ questionId: idSchema }).strict(),
    output: gradePreviewSchema,
  }),
  'practice:session': defineRoute({ input: byId, output: sessionSchema }),
  'practice:end': defineRoute({ input: byId, output: okOutput }),
  'practice:analyze': defineRoute({
    input: z
      .object({
        questionId: idSchema,
        answerText: longText(),
        durationMs,
      })
      .strict(),
    output: answerAnalysisSchema,
  }),
  /** Saves the typed answer as soon as the answer phase ends, before grading, so nothing typed is lost. */
  'practice:saveAttempt': defineRoute({
    input: z
      .object({
        sessionId: idSchema,
        position: z.number().int().min(0).max(49),
        answerText: longText(),
        durationMs,
        recordingId: idSchema.nullable().default(null),
      })
      .strict(),
    output: attemptSchema,
  }),
  /** The grade, the corrected checklist and the FSRS update, written together or not at all. */
  'practice:grade': defineRoute({
    input: z.object({ attemptId: idSchema, grade: gradeSchema, keyPoints: z.array(checkedPointSchema).max(40) }).strict(),
    output: attemptSchema,
  }),
  'practice:history': defineRoute({
    input: z
      .object({ limit: z.number().int().min(1).max(200).default(50) })
      .strict()
      .default({ limit: 50 }),
    output: z.array(sessionSummarySchema),
  }),
  'practice:sessionAttempts': defineRoute({ input: byId, output: z.array(attemptSchema) }),
  'practice:questionAttempts': defineRoute({
    input: z.object({ questionId: idSchema }).strict(),
    output: z.array(attemptSchema),
  }),
  'practice:deleteAttempt': defineRoute({ input: byId, output: okOutput }),

  'recording:start': defineRoute({
    input: z.object({ mimeType: plainString().max(100) }).strict(),
    output: z.object({ id: idSchema }),
  }),
  /** Appends one chunk (base64) to the recording's file as it arrives, so a crash loses at most one chunk. */
  'recording:append': defineRoute({
    input: z
      .object({ id: idSchema, chunk: z.base64().max(Math.ceil((MAX_CHUNK_BYTES * 4) / 3) + 4, 'A chunk is over 1 MB.') })
      .strict(),
    output: z.object({ sizeBytes: z.number().int() }),
  }),
  'recording:finish': defineRoute({
    input: z
      .object({
        id: idSchema,
        durationMs,
      })
      .strict(),
    output: recordingInfoSchema,
  }),
  /** The recording's bytes (base64) for playback. */
  'recording:get': defineRoute({
    input: byId,
    output: z.object({ info: recordingInfoSchema, data: z.string() }),
  }),
  'recording:delete': defineRoute({ input: byId, output: okOutput }),
};
