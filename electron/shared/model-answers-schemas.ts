import { z } from 'zod';
import { plainString } from './plain-text';
import { STAR_PARTS, starPartSchema, type StarPart } from './coach-schemas';
import { revisionSchema } from './revision';
import { idSchema } from './ids';

/** The parts' names as the screens and the exports write them. */
export const STAR_PART_LABELS: Record<StarPart, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
};

/** What to ask the person where a part is missing: one question that gets the part told. */
export const STAR_PART_PROMPTS: Record<StarPart, string> = {
  situation: 'Where and when was this, and what was going on?',
  task: 'What did you have to do, or what were you responsible for?',
  action: 'What did you do yourself? Say “I”, not “we”.',
  result: 'What changed because of what you did? A number helps.',
};

/** The most one part of a model answer may hold: a few sentences, far below this. */
export const MAX_MODEL_PART = 5000;

/** One part of a model answer as the person wrote it (empty when they left it out). */
const partTextSchema = plainString().max(
  MAX_MODEL_PART,
  `Keep each part under ${MAX_MODEL_PART.toLocaleString('en')} characters.`,
);

/** The four parts of a model answer, in the person's words; at least one must say something. */
export const modelAnswerPartsSchema = z
  .object({ situation: partTextSchema, task: partTextSchema, action: partTextSchema, result: partTextSchema })
  .strict()
  .refine((p) => STAR_PARTS.some((k) => p[k].trim() !== ''), {
    message: 'Write at least one part before saving the model answer.',
    path: ['result'],
  });
export type ModelAnswerParts = z.infer<typeof modelAnswerPartsSchema>;

/** A person's model answer to one question. */
export const modelAnswerSchema = z.object({
  questionId: idSchema,
  questionText: z.string(),
  parts: z.object({ situation: z.string(), task: z.string(), action: z.string(), result: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Moves on with every save; model-answer:save needs it back. */
  revision: revisionSchema,
});
export type ModelAnswer = z.infer<typeof modelAnswerSchema>;

/** A question's model answer, or none yet (revision 1 then, which the first save sends back). */
export const modelAnswerStateSchema = z.object({
  questionId: idSchema,
  modelAnswer: modelAnswerSchema.nullable(),
  revision: revisionSchema,
});
export type ModelAnswerState = z.infer<typeof modelAnswerStateSchema>;

/** Whether an attempt kept one part of the model answer: said enough of that part's own words again. */
export const keptPartSchema = z.object({
  part: starPartSchema,
  /** The part as the model answer has it. */
  text: z.string(),
  kept: z.boolean(),
});
export type KeptPart = z.infer<typeof keptPartSchema>;

/** How an attempt compares with the model answer: one entry per part the model answer has (empty when it has none). */
export const modelComparisonSchema = z.object({
  questionId: idSchema,
  hasModel: z.boolean(),
  parts: z.array(keptPartSchema),
});
export type ModelComparison = z.infer<typeof modelComparisonSchema>;

/** A model answer found by search, with an excerpt where \u0002 and \u0003 wrap the matched words. */
export const modelAnswerHitSchema = z.object({
  questionId: idSchema,
  questionText: z.string(),
  snippet: z.string(),
});
export type ModelAnswerHit = z.infer<typeof modelAnswerHitSchema>;
