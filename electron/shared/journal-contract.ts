import { z } from 'zod';
import { plainString } from './plain-text';
import { byId, defineRoute, noInput, okOutput } from './define-route';
import {
  areaKeySchema,
  badKindSchema,
  bankQuestionSchema,
  howItWentSchema,
  interviewDetailSchema,
  interviewFieldsSchema,
  interviewPatchSchema,
  interviewQuestionSchema,
  interviewSummarySchema,
  journalFiltersSchema,
  keyPointSchema,
  newBankQuestionSchema,
  questionCategorySchema,
  ratingSchema,
  reflectionSchema,
} from './journal-schemas';
import { realityCheckSchema } from './reality-check-schemas';
import { baseRevisionSchema } from './revision';
import { idSchema } from './ids';
import { moveDirectionSchema } from './move-direction';
import { longText, shortText } from './text-limits';

/** An import file for the bank as the renderer read it: its format and its text. */
const bankImportFile = z
  .object({ format: z.enum(['csv', 'json']), content: plainString().max(5_000_000, 'The file is over 5 MB.') })
  .strict();

/** Routes of the journal (step 2), its reality check (step 1) and the question bank. */
export const journalContract = {
  'interview:create': defineRoute({ input: interviewFieldsSchema.strict(), output: interviewDetailSchema }),
  'interview:get': defineRoute({ input: byId, output: interviewDetailSchema }),
  /** Autosave: only the fields that changed, from the revision the editor last saw (an older one is a CONFLICT). */
  'interview:update': defineRoute({
    input: z.object({ id: idSchema, baseRevision: baseRevisionSchema, patch: interviewPatchSchema.strict() }).strict(),
    output: interviewDetailSchema,
  }),
  'interview:list': defineRoute({
    input: z
      .object({
        filters: journalFiltersSchema.default({}),
        /** Opaque cursor from the previous page. */
        cursor: plainString().max(200).nullable().default(null),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict()
      .default({ filters: {}, cursor: null, limit: 50 }),
    output: z.object({ items: z.array(interviewSummarySchema), nextCursor: z.string().nullable(), total: z.number().int() }),
  }),
  'interview:facets': defineRoute({
    input: noInput,
    output: z.object({ companies: z.array(z.string()), tags: z.array(z.string()) }),
  }),
  'interview:trash': defineRoute({ input: byId, output: okOutput }),
  'interview:restore': defineRoute({ input: byId, output: okOutput }),
  'interview:listTrash': defineRoute({ input: noInput, output: z.array(interviewSummarySchema) }),
  /** Deletes what is in the trash for good; the questions and their practice history stay. */
  'interview:emptyTrash': defineRoute({
    input: z.object({ confirm: z.literal(true, { error: 'Emptying the trash needs confirmation.' }) }).strict(),
    output: z.object({ deleted: z.number().int() }),
  }),

  'reflection:save': defineRoute({
    input: z
      .object({
        interviewId: idSchema,
        area: areaKeySchema,
        baseRevision: baseRevisionSchema,
        rating: ratingSchema.nullable().optional(),
        wentWell: longText().optional(),
        wentBadly: longText().optional(),
        notes: longText().optional(),
        kind: badKindSchema.nullable().optional(),
      })
      .strict(),
    output: reflectionSchema,
  }),
  'reflection:addArea': defineRoute({
    input: z.object({ interviewId: idSchema, label: shortText(100).min(1, 'Name the area.') }).strict(),
    output: reflectionSchema,
  }),
  'reflection:removeArea': defineRoute({
    input: z.object({ interviewId: idSchema, area: areaKeySchema }).strict(),
    output: okOutput,
  }),

  'interview-question:add': defineRoute({
    input: z
      .object({
        interviewId: idSchema,
        questionId: idSchema.optional(),
        /** A new question typed in place; it joins the person's own bank. */
        text: shortText(1000).min(3, 'Write the question (at least 3 characters).').optional(),
        category: questionCategorySchema.optional(),
      })
      .strict()
      .refine((v) => (v.questionId === undefined) !== (v.text === undefined), {
        message: 'Pick a question from the bank or type a new one.',
        path: ['text'],
      }),
    output: interviewQuestionSchema,
  }),
  'interview-question:update': defineRoute({
    input: z
      .object({
        id: idSchema,
        baseRevision: baseRevisionSchema,
        answerGiven: longText().optional(),
        howItWent: howItWentSchema.nullable().optional(),
        kind: badKindSchema.nullable().optional(),
        category: questionCategorySchema.optional(),
        keyPoints: z.array(keyPointSchema).max(20, 'At most 20 key points.').optional(),
      })
      .strict(),
    output: interviewQuestionSchema,
  }),
  'interview-question:remove': defineRoute({ input: byId, output: okOutput }),
  'interview-question:move': defineRoute({
    input: z.object({ id: idSchema, direction: moveDirectionSchema }).strict(),
    output: z.array(interviewQuestionSchema),
  }),

  'reality-check:get': defineRoute({ input: z.object({ interviewId: idSchema }).strict(), output: realityCheckSchema }),

  'bank:list': defineRoute({
    input: z
      .object({
        query: plainString().trim().max(200).default(''),
        category: questionCategorySchema.optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict()
      .default({ query: '', limit: 100, offset: 0 }),
    output: z.object({ items: z.array(bankQuestionSchema), total: z.number().int() }),
  }),
  'bank:add': defineRoute({ input: newBankQuestionSchema, output: bankQuestionSchema }),
  /** Checks an import file and reports every row; writes nothing. */
  'bank:previewImport': defineRoute({
    input: bankImportFile,
    output: z.object({
      rows: z.array(
        z.object({
          row: z.number().int(),
          text: z.string(),
          category: z.string(),
          status: z.enum(['new', 'duplicate', 'invalid']),
          errors: z.array(z.string()),
        }),
      ),
      valid: z.number().int(),
      duplicates: z.number().int(),
      invalid: z.number().int(),
    }),
  }),
  /** Adds every new row, or nothing at all if any row is invalid. */
  'bank:import': defineRoute({
    input: bankImportFile,
    output: z.object({ added: z.number().int(), duplicates: z.number().int() }),
  }),
};
