import { z } from 'zod';
import { plainString } from './plain-text';

/** The most an answer the coach reads may hold: a long transcript is far below; more is refused with a message. */
export const MAX_COACH_CHARS = 100_000;

/** A run of the answer's own characters: `text` is always `answer.slice(start, end)`. */
export const spanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});
export type Span = z.infer<typeof spanSchema>;

/** The four parts of a story, in the order a listener expects them. */
export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export const starPartSchema = z.enum(STAR_PARTS);
export type StarPart = z.infer<typeof starPartSchema>;

/** Each part as the spans (usually whole sentences) that tell it; an empty list is a missing part. */
export const starPartsSchema = z.object({
  situation: z.array(spanSchema),
  task: z.array(spanSchema),
  action: z.array(spanSchema),
  result: z.array(spanSchema),
});
export type StarParts = z.infer<typeof starPartsSchema>;

/**
 * Whether the parts come in an order a listener can follow: `none` when the answer tells no story at all,
 * `in-order` when every part found comes after the ones before it, `out-of-order` otherwise.
 */
export const partOrderSchema = z.enum(['none', 'in-order', 'out-of-order']);

/** The answer's length against the usual one to two minutes, measured from speech or estimated from words. */
export const answerLengthSchema = z.object({
  seconds: z.number().min(0),
  source: z.enum(['speech', 'words']),
  verdict: z.enum(['short', 'good', 'long']),
});

/** Why the coach made no remarks on the content: nothing to read yet, or not English. */
export const coachSkipSchema = z.enum(['empty', 'not-english']).nullable();

/** One remark: what was seen, the words it is about, and one concrete next step. Never a score. */
export const adviceSchema = z.object({
  kind: z.enum(['no-story', 'missing-part', 'result-number', 'we-not-i', 'hedges', 'order', 'length']),
  message: z.string(),
  quotes: z.array(spanSchema),
});
export type Advice = z.infer<typeof adviceSchema>;

/** What the answer coach reads in one answer (`npm run coach -- --json` prints this per line, with its id). */
export const coachReadingSchema = z.object({
  skipped: coachSkipSchema,
  parts: starPartsSchema,
  order: partOrderSchema,
  resultHasNumber: z.boolean(),
  pronouns: z.object({ singular: z.number().int().min(0), plural: z.number().int().min(0) }),
  hedges: z.array(spanSchema),
  fillers: z.array(spanSchema),
  length: answerLengthSchema,
  advice: z.array(adviceSchema).max(3),
});
export type CoachReading = z.infer<typeof coachReadingSchema>;

/** What the coach is asked to read: the answer, its question for context, and the speaking time if it was spoken. */
export const coachInputSchema = z
  .object({
    question: plainString().max(2_000).default(''),
    answer: plainString().max(
      MAX_COACH_CHARS,
      `The coach reads answers of up to ${MAX_COACH_CHARS.toLocaleString('en')} characters.`,
    ),
    durationMs: z
      .number()
      .int()
      .min(0)
      .max(24 * 3600 * 1000)
      .nullable()
      .default(null),
  })
  .strict();
/** A parsed request to the coach: defaults filled in (no question is '', a typed answer has no duration). */
export type CoachInput = z.output<typeof coachInputSchema>;
