import { z } from 'zod';
import { defineRoute } from './define-route';
import { daySchema } from './insights-schemas';
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
import { idSchema, moveDirectionSchema } from './text-limits';

/** How many fumbled questions the plan lists by default (most in need first). */
export const DEFAULT_QUESTION_LIMIT = 20;

const ok = z.object({ ok: z.literal(true) });
const itemText = z
  .string()
  .trim()
  .min(1, 'Write the action item.')
  .max(MAX_ITEM_TEXT, `Keep an action item under ${MAX_ITEM_TEXT} characters.`);
const suggestionKey = z.string().min(1).max(100);
const range = { from: daySchema.optional(), to: daySchema.optional() };
const ordered = <T extends { from?: string; to?: string }>(r: T) => !r.from || !r.to || r.from <= r.to;
const orderMessage = { message: 'The start date must be on or before the end date.', path: ['to'] };

/** Routes of the improvement plan (generated parts computed on read, own parts stored) and its Markdown export. */
export const planContract = {
  /**
   * The whole plan. The range limits the evidence to interviews held in it, and the action items to those with a
   * target day in it (items without one always show).
   */
  'plan:get': defineRoute({
    input: z
      .object({ ...range, questionLimit: z.number().int().min(1).max(200).default(DEFAULT_QUESTION_LIMIT) })
      .strict()
      .refine(ordered, orderMessage)
      .default({ questionLimit: DEFAULT_QUESTION_LIMIT }),
    output: planSchema,
  }),
  'plan:addItem': defineRoute({
    input: z
      .object({
        text: itemText,
        targetOn: daySchema.nullable().default(null),
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
        patch: z
          .object({
            text: itemText.optional(),
            targetOn: daySchema.nullable().optional(),
            status: planItemStatusSchema.optional(),
            area: areaKeySchema.nullable().optional(),
            questionId: idSchema.nullable().optional(),
          })
          .strict(),
      })
      .strict(),
    output: planItemSchema,
  }),
  'plan:removeItem': defineRoute({ input: z.object({ id: idSchema }).strict(), output: ok }),
  /** Moves an item one place up or down; returns every item in the new order. */
  'plan:moveItem': defineRoute({
    input: z.object({ id: idSchema, direction: moveDirectionSchema }).strict(),
    output: z.array(planItemSchema),
  }),
  /** Makes a suggestion the person's own item (its text can then be edited freely). */
  'plan:acceptSuggestion': defineRoute({
    input: z.object({ key: suggestionKey, targetOn: daySchema.nullable().default(null) }).strict(),
    output: planItemSchema,
  }),
  /** Stops offering a suggestion. */
  'plan:dismissSuggestion': defineRoute({ input: z.object({ key: suggestionKey }).strict(), output: ok }),
  /** Offers every dismissed suggestion again. */
  'plan:restoreSuggestions': defineRoute({
    input: z.object({}).strict().optional(),
    output: z.object({ restored: z.number().int() }),
  }),
  'plan:saveNote': defineRoute({
    input: z
      .object({ body: z.string().max(MAX_NOTE_TEXT, `Keep the note under ${MAX_NOTE_TEXT.toLocaleString('en')} characters.`) })
      .strict(),
    output: planNoteSchema,
  }),
  /** The plan as Markdown: the chosen sections (all by default) and range, with a suggested file name. */
  'plan:exportMarkdown': defineRoute({
    input: z
      .object({
        ...range,
        sections: z
          .array(planSectionSchema)
          .min(1, 'Choose at least one section.')
          .default([...PLAN_SECTIONS]),
        questionLimit: z.number().int().min(1).max(200).default(DEFAULT_QUESTION_LIMIT),
      })
      .strict()
      .refine(ordered, orderMessage)
      .default({ sections: [...PLAN_SECTIONS], questionLimit: DEFAULT_QUESTION_LIMIT }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  }),
};
