import { z } from 'zod';
import { plainString } from './plain-text';
import { byId, defineRoute, noInput, okOutput } from './define-route';
import { dayRangeShape, inOrder, outOfOrder } from './insights-schemas';
import { areaKeySchema } from './journal-schemas';
import {
  MAX_ITEM_TEXT,
  MAX_NOTE_TEXT,
  PLAN_SECTIONS,
  planItemSchema,
  planItemStatusSchema,
  planNoteSchema,
  planSchema,
  planSectionSchema,
} from './plan-schemas';
import { baseRevisionSchema } from './revision';
import { localDate } from './dates';
import { idSchema } from './ids';
import { moveDirectionSchema } from './move-direction';

/** What came of "Save as PDF": the file written, the save dialog cancelled, or a host that cannot write PDFs. */
const savePdfOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), path: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('unavailable') }),
]);
export type SavePdfOutcome = z.infer<typeof savePdfOutcomeSchema>;

/** How many fumbled questions the plan lists by default (most in need first). */
const DEFAULT_QUESTION_LIMIT = 20;

const itemText = plainString()
  .trim()
  .min(1, 'Write the action item.')
  .max(MAX_ITEM_TEXT, `Keep an action item under ${MAX_ITEM_TEXT} characters.`);
const suggestionKey = plainString().min(1).max(100);

/** Routes of the improvement plan (generated parts computed on read, own parts stored) and its Markdown export. */
export const planContract = {
  /**
   * The whole plan. The range limits the evidence to interviews held in it, and the action items to those with a
   * target day in it (items without one always show).
   */
  'plan:get': defineRoute({
    input: z
      .object({ ...dayRangeShape, questionLimit: z.number().int().min(1).max(200).default(DEFAULT_QUESTION_LIMIT) })
      .strict()
      .refine(inOrder, outOfOrder)
      .default({ questionLimit: DEFAULT_QUESTION_LIMIT }),
    output: planSchema,
  }),
  'plan:addItem': defineRoute({
    input: z
      .object({
        text: itemText,
        targetOn: localDate.nullable().default(null),
        status: planItemStatusSchema.default('todo'),
        area: areaKeySchema.nullable().default(null),
        questionId: idSchema.nullable().default(null),
      })
      .strict(),
    output: planItemSchema,
  }),
  /** Only the given fields change. */
  'plan:updateItem': defineRoute({
    input: z
      .object({
        id: idSchema,
        baseRevision: baseRevisionSchema,
        patch: z
          .object({
            text: itemText.optional(),
            targetOn: localDate.nullable().optional(),
            status: planItemStatusSchema.optional(),
            area: areaKeySchema.nullable().optional(),
            questionId: idSchema.nullable().optional(),
          })
          .strict(),
      })
      .strict(),
    output: planItemSchema,
  }),
  'plan:removeItem': defineRoute({ input: byId, output: okOutput }),
  /** Moves an item one place up or down; returns every item in the new order. */
  'plan:moveItem': defineRoute({
    input: z.object({ id: idSchema, direction: moveDirectionSchema }).strict(),
    output: z.array(planItemSchema),
  }),
  /** Makes a suggestion the person's own item (its text can then be edited freely). */
  'plan:acceptSuggestion': defineRoute({
    input: z.object({ key: suggestionKey, targetOn: localDate.nullable().default(null) }).strict(),
    output: planItemSchema,
  }),
  /** Stops offering a suggestion. */
  'plan:dismissSuggestion': defineRoute({ input: z.object({ key: suggestionKey }).strict(), output: okOutput }),
  /** Offers every dismissed suggestion again. */
  'plan:restoreSuggestions': defineRoute({
    input: noInput,
    output: z.object({ restored: z.number().int() }),
  }),
  'plan:saveNote': defineRoute({
    input: z
      .object({
        baseRevision: baseRevisionSchema,
        // The same words as every long text, so the screen knows that only a shorter note can save.
        body: plainString().max(
          MAX_NOTE_TEXT,
          `This note is over ${MAX_NOTE_TEXT.toLocaleString('en')} characters; please shorten it.`,
        ),
      })
      .strict(),
    output: planNoteSchema,
  }),
  /** The plan as Markdown: the chosen sections (all by default) and range, with a suggested file name. */
  'plan:exportMarkdown': defineRoute({
    input: z
      .object({
        ...dayRangeShape,
        sections: z
          .array(planSectionSchema)
          .min(1, 'Choose at least one section.')
          .default([...PLAN_SECTIONS]),
        questionLimit: z.number().int().min(1).max(200).default(DEFAULT_QUESTION_LIMIT),
      })
      .strict()
      .refine(inOrder, outOfOrder)
      .default({ sections: [...PLAN_SECTIONS], questionLimit: DEFAULT_QUESTION_LIMIT }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  }),
  /**
   * Writes the page on screen (the print view) as a PDF where the host can (the desktop app: printToPDF and a save
   * dialog); elsewhere the answer is "unavailable" and the renderer opens the print dialog instead.
   */
  'plan:savePdf': defineRoute({ input: noInput, output: savePdfOutcomeSchema }),
};
