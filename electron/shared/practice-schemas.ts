import { z } from 'zod';
import { plainString } from './plain-text';
import { questionCategorySchema } from './journal-schemas';
import { idSchema } from './ids';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export const gradeSchema = z.enum(GRADES, { error: 'Choose Again, Hard, Good or Easy.' });
export type Grade = z.infer<typeof gradeSchema>;

/** When the question comes back if each grade is chosen now (ISO moments), from the saved card, by ts-fsrs. */
export const gradePreviewSchema = z.object({ again: z.string(), hard: z.string(), good: z.string(), easy: z.string() });
export type GradePreview = z.infer<typeof gradePreviewSchema>;

/** Answer-phase lengths the person can pick, in seconds. */
const ANSWER_SECONDS = [60, 90, 120, 180] as const;
const answerLengthSchema = z.literal(ANSWER_SECONDS);
export type AnswerSeconds = z.infer<typeof answerLengthSchema>;
/** The answer limit a session starts with; null means no time limit (WCAG 2.2.1). */
export const answerSecondsSchema = z
  .union([answerLengthSchema, z.null()], { error: 'Choose 60, 90, 120 or 180 seconds, or no limit.' })
  .default(120);

/** Where a session's questions come from: due and fumbled first, one interview replayed, or one category. */
export const sessionSourceSchema = z.enum(['due', 'interview', 'category']);
export type SessionSource = z.infer<typeof sessionSourceSchema>;

/** Where the questions of a "due and fumbled first" session would come from, counted before it starts. */
export const sessionMixSchema = z.object({
  /** Due today (cards, and journal questions never practised), as many as the length takes. */
  due: z.number().int(),
  /** Cards not due yet, weakest first, that fill up the length. */
  weakest: z.number().int(),
  /** Questions from the bank that fill up the rest. */
  bank: z.number().int(),
  /** Everything due today (counted up to 100), whatever the length: "only what is due" takes up to the length of it. */
  waiting: z.number().int(),
});
export type SessionMix = z.infer<typeof sessionMixSchema>;

/** Where a key point to cover came from: what the person wrote in the journal, or the bank's hints. */
export const keyPointOriginSchema = z.enum(['journal', 'bank']);
export type KeyPointOrigin = z.infer<typeof keyPointOriginSchema>;

/** A key point a session asks the answer to cover, with where it came from. */
const sessionKeyPointSchema = z.object({ text: z.string(), origin: keyPointOriginSchema });
export type SessionKeyPoint = z.infer<typeof sessionKeyPointSchema>;

/** A key point to cover, with where it came from and whether this answer covered it. */
export const checkedPointSchema = z.object({
  text: plainString().trim().min(1).max(1000),
  origin: keyPointOriginSchema.default('bank'),
  covered: z.boolean(),
});
export type CheckedPoint = z.infer<typeof checkedPointSchema>;

/** An earlier attempt at the same question, shown beside this one so progress is visible. */
const attemptBriefSchema = z.object({
  id: idSchema,
  createdAt: z.string(),
  grade: gradeSchema.nullable(),
  wordCount: z.number().int(),
  durationMs: z.number().int(),
  covered: z.number().int(),
  total: z.number().int(),
  hasRecording: z.boolean(),
});
export type AttemptBrief = z.infer<typeof attemptBriefSchema>;

/** One question as a session presents it. */
const sessionQuestionSchema = z.object({
  position: z.number().int(),
  questionId: idSchema,
  text: z.string(),
  category: questionCategorySchema,
  /** Why it is in this session, in plain words ("Fumbled at Acme", "Due today", "From the bank"). */
  reason: z.string(),
  keyPoints: z.array(sessionKeyPointSchema),
  previous: z.array(attemptBriefSchema),
});
export type SessionQuestion = z.infer<typeof sessionQuestionSchema>;

export const sessionSchema = z.object({
  id: idSchema,
  source: sessionSourceSchema,
  sourceLabel: z.string(),
  thinkSeconds: z.number().int(),
  answerSeconds: z.number().int().nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  questions: z.array(sessionQuestionSchema),
});
export type PracticeSession = z.infer<typeof sessionSchema>;

/** Figures about one typed answer; computed offline in the main process. */
export const answerAnalysisSchema = z.object({
  wordCount: z.number().int(),
  wordsPerMinute: z.number().nullable(),
  fillers: z.array(z.object({ word: z.string(), count: z.number().int() })),
  fillerCount: z.number().int(),
  keyPoints: z.array(checkedPointSchema),
});
export type AnswerAnalysis = z.infer<typeof answerAnalysisSchema>;

export const recordingInfoSchema = z.object({
  id: idSchema,
  mimeType: z.string(),
  durationMs: z.number().int(),
  sizeBytes: z.number().int(),
  sha256: z.string().nullable(),
  complete: z.boolean(),
});

export const attemptSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  questionId: idSchema,
  position: z.number().int(),
  answerText: z.string(),
  durationMs: z.number().int(),
  wordCount: z.number().int(),
  fillerCount: z.number().int(),
  keyPoints: z.array(checkedPointSchema),
  grade: gradeSchema.nullable(),
  dueAfter: z.string().nullable(),
  createdAt: z.string(),
  recording: recordingInfoSchema.nullable(),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** A question waiting for practice. */
export const dueItemSchema = z.object({
  questionId: idSchema,
  text: z.string(),
  category: questionCategorySchema,
  due: z.string(),
  isNew: z.boolean(),
  lapses: z.number().int(),
  lastGrade: gradeSchema.nullable(),
});
export type DueItem = z.infer<typeof dueItemSchema>;

export const sessionSummarySchema = z.object({
  id: idSchema,
  source: sessionSourceSchema,
  sourceLabel: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  questionCount: z.number().int(),
  answered: z.number().int(),
  averageGrade: z.number().nullable(),
  /** The grades of its graded answers, so the history says them truly ("1 good, 1 again"), not as an average. */
  grades: z.array(gradeSchema),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
