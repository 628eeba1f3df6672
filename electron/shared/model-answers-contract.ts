import { z } from 'zod';
import { plainString } from './plain-text';
import { defineRoute, okOutput } from './define-route';
import {
  modelAnswerHitSchema,
  modelAnswerPartsSchema,
  modelAnswerSchema,
  modelAnswerStateSchema,
  modelComparisonSchema,
} from './model-answers-schemas';
import { baseRevisionSchema } from './revision';
import { idSchema } from './ids';
import { longText } from './text-limits';

const question = { questionId: idSchema };

/** Routes of model answers: a person's rebuilt answer to a question, compared with their next attempts. */
export const modelAnswersContract = {
  'model-answer:get': defineRoute({ input: z.object(question).strict(), output: modelAnswerStateSchema }),
  /** Creates or replaces the question's model answer, refused (CONFLICT) from a stale revision. */
  'model-answer:save': defineRoute({
    input: z.object({ ...question, baseRevision: baseRevisionSchema, parts: modelAnswerPartsSchema }).strict(),
    output: modelAnswerSchema,
  }),
  'model-answer:remove': defineRoute({
    input: z.object({ ...question, baseRevision: baseRevisionSchema }).strict(),
    output: okOutput,
  }),
  /** Which parts of the model answer an answer kept. */
  'model-answer:compare': defineRoute({
    input: z.object({ ...question, answer: longText() }).strict(),
    output: modelComparisonSchema,
  }),
  /** Every model answer, newest first (the plan lists them). */
  'model-answer:list': defineRoute({
    input: z
      .object({ limit: z.number().int().min(1).max(500).default(200) })
      .strict()
      .default({ limit: 200 }),
    output: z.array(modelAnswerSchema),
  }),
  /** Model answers whose words match a search, best first. */
  'model-answer:search': defineRoute({
    input: z
      .object({
        query: plainString().trim().max(500, 'Keep the search under 500 characters.'),
        limit: z.number().int().min(1).max(50).default(10),
      })
      .strict(),
    output: z.object({ items: z.array(modelAnswerHitSchema), total: z.number().int() }),
  }),
};
