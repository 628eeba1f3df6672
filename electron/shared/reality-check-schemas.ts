import { z } from 'zod';
import { badKindSchema, questionCategorySchema } from './journal-schemas';
import { idSchema } from './ids';

/** One thing that went badly, sorted into slip or gap by the written rule or by the person. */
const badThingSchema = z.object({
  source: z.enum(['area', 'question']),
  /** Area key for areas, interview-question id for questions. */
  ref: z.string(),
  label: z.string(),
  detail: z.string(),
  kind: badKindSchema,
  ruleKind: badKindSchema,
  overridden: z.boolean(),
  /** The rule that sorted it, in plain words. */
  reason: z.string(),
  category: questionCategorySchema.nullable(),
});
export type BadThing = z.infer<typeof badThingSchema>;

/** This interview's rating of an area against the person's own earlier interviews. */
const areaComparisonSchema = z.object({
  area: z.string(),
  label: z.string(),
  rating: z.number().int(),
  earlierAverage: z.number(),
  earlierCount: z.number().int(),
});

/** "Was it really that bad?": the answer with its reasons, never a hidden score. */
export const realityCheckSchema = z.object({
  interviewId: idSchema,
  verdict: z.enum(['nothing-written', 'went-fine', 'mostly-slips', 'some-gaps']),
  headline: z.string(),
  summary: z.string(),
  badThings: z.array(badThingSchema),
  areasRated: z.number().int(),
  areasFine: z.number().int(),
  comparison: z.array(areaComparisonSchema),
  recoverable: z.array(z.string()),
  rules: z.array(z.string()),
});
export type RealityCheck = z.infer<typeof realityCheckSchema>;
