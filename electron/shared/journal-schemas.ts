import { z } from 'zod';
import { plainString } from './plain-text';
import { revisionSchema } from './revision';
import { localDateTime } from './dates';
import { idSchema } from './ids';
import { longText, shortText } from './text-limits';

export const STAGES = ['screening', 'first', 'second', 'final', 'other'] as const;
export const FORMATS = ['phone', 'video', 'on-site'] as const;
export const OUTCOMES = ['waiting', 'next-round', 'rejected', 'offer', 'second-chance-requested'] as const;
export const QUESTION_CATEGORIES = ['behavioural', 'situational', 'motivational', 'technical', 'about-you', 'closing'] as const;
export const HOW_IT_WENT = ['strong', 'okay', 'fumbled'] as const;
export const BAD_KINDS = ['slip', 'gap'] as const;
/** Where a question comes from: the shipped bank, or the person's own (typed in the journal, added or imported). */
export const QUESTION_SOURCES = ['bank', 'custom'] as const;

/** The seven built-in reflection areas, in the order a person walks through an interview. */
export const BUILT_IN_AREAS = [
  { key: 'punctuality', label: 'Punctuality and arrival' },
  { key: 'first-impressions', label: 'First impressions' },
  { key: 'body-language', label: 'Body language' },
  { key: 'confidence', label: 'Confidence' },
  { key: 'answers', label: 'Quality of answers' },
  { key: 'questions-asked', label: 'Questions you asked' },
  { key: 'closing', label: 'Closing statement' },
] as const;

const stageSchema = z.enum(STAGES);
const formatSchema = z.enum(FORMATS);
export const outcomeSchema = z.enum(OUTCOMES);
export const questionCategorySchema = z.enum(QUESTION_CATEGORIES, {
  error: `Choose a category: ${QUESTION_CATEGORIES.join(', ')}.`,
});
export type QuestionCategory = z.infer<typeof questionCategorySchema>;
export const howItWentSchema = z.enum(HOW_IT_WENT);
export const badKindSchema = z.enum(BAD_KINDS);
const questionSourceSchema = z.enum(QUESTION_SOURCES);
export const ratingSchema = z
  .number({ error: 'Choose a rating from 1 to 5.' })
  .int('Choose a rating from 1 to 5.')
  .min(1, 'Choose a rating from 1 to 5.')
  .max(5, 'Choose a rating from 1 to 5.');
/** Built-in keys, or custom-N for the person's own areas. */
export const areaKeySchema = plainString().regex(/^(?:[a-z]+(?:-[a-z]+)*|custom-\d+)$/, 'Unknown area.');

const interviewerSchema = z.object({
  name: shortText(200),
  role: shortText(200).default(''),
  email: z.union([z.literal(''), z.email('Enter a valid email address, or leave it empty.').max(254)]).default(''),
});
export type Interviewer = z.infer<typeof interviewerSchema>;

const tagSchema = plainString().trim().min(1, 'A tag cannot be empty.').max(50, 'Keep tags under 50 characters.');

/** Fields a person edits on the interview itself; company and date are required, the rest may be empty. */
export const interviewFieldsSchema = z.object({
  company: shortText(200).min(1, 'Enter the company.'),
  role: shortText(200).default(''),
  heldAt: localDateTime,
  stage: stageSchema.nullable().default(null),
  format: formatSchema.nullable().default(null),
  outcome: outcomeSchema.default('waiting'),
  interviewers: z.array(interviewerSchema).max(20, 'At most 20 interviewers.').default([]),
  tags: z.array(tagSchema).max(20, 'At most 20 tags.').default([]),
  notes: longText().default(''),
  questionsAsked: longText().default(''),
  closingStatement: longText().default(''),
});
export type InterviewFields = z.infer<typeof interviewFieldsSchema>;

type NoDefaults<S extends z.ZodRawShape> = { [K in keyof S]: S[K] extends z.ZodDefault<infer T> ? T : S[K] };
const withoutDefaults = <S extends z.ZodRawShape>(shape: S): NoDefaults<S> =>
  Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s instanceof z.ZodDefault ? s.unwrap() : s])) as NoDefaults<S>;

/**
 * An autosave patch: any of the fields, without their defaults. zod 4's partial() keeps defaults, so a patch
 * of one field would otherwise reset every field left out (notes, tags, outcome...) to its empty default.
 */
export const interviewPatchSchema = z.object(withoutDefaults(interviewFieldsSchema.shape)).partial();

export const reflectionSchema = z.object({
  area: areaKeySchema,
  label: z.string(),
  custom: z.boolean(),
  rating: z.number().int().min(1).max(5).nullable(),
  wentWell: z.string(),
  wentBadly: z.string(),
  notes: z.string(),
  kind: badKindSchema.nullable(),
  /** Each area is its own record: saving it needs this revision back. */
  revision: revisionSchema,
});
export type Reflection = z.infer<typeof reflectionSchema>;

export const keyPointSchema = z.object({
  text: shortText(1000).min(1, 'A key point cannot be empty.'),
  missed: z.boolean().default(true),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

export const interviewQuestionSchema = z.object({
  id: idSchema,
  questionId: idSchema,
  text: z.string(),
  category: questionCategorySchema,
  hints: z.array(z.string()),
  /** Bank questions keep their category; the person's own can change it. */
  source: questionSourceSchema,
  answerGiven: z.string(),
  howItWent: howItWentSchema.nullable(),
  kind: badKindSchema.nullable(),
  keyPoints: z.array(z.object({ text: z.string(), missed: z.boolean() })),
  /** The asked question and its key points are one record: saving either needs this revision back. */
  revision: revisionSchema,
});
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;

/** Everything written about one interview, as the journal editor shows it. */
export const interviewDetailSchema = z.object({
  id: idSchema,
  company: z.string(),
  role: z.string(),
  heldAt: z.string(),
  stage: stageSchema.nullable(),
  format: formatSchema.nullable(),
  outcome: outcomeSchema,
  interviewers: z.array(z.object({ name: z.string(), role: z.string(), email: z.string() })),
  tags: z.array(z.string()),
  notes: z.string(),
  questionsAsked: z.string(),
  closingStatement: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  /** The interview's own fields (details, notes, tags, interviewers); areas and questions have their own. */
  revision: revisionSchema,
  reflections: z.array(reflectionSchema),
  questions: z.array(interviewQuestionSchema),
});
export type InterviewDetail = z.infer<typeof interviewDetailSchema>;

/** One row of the journal list: enough to recognise the interview at a glance. */
export const interviewSummarySchema = z.object({
  id: idSchema,
  company: z.string(),
  role: z.string(),
  heldAt: z.string(),
  stage: stageSchema.nullable(),
  outcome: outcomeSchema,
  tags: z.array(z.string()),
  lowestArea: z.object({ label: z.string(), rating: z.number().int() }).nullable(),
  /** With a search: a short excerpt where \u0002 and \u0003 wrap the matched words. */
  snippet: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type InterviewSummary = z.infer<typeof interviewSummarySchema>;

/** The list's filters; every one is optional and they combine with AND. */
export const journalFiltersSchema = z
  .object({
    outcome: outcomeSchema.optional(),
    stage: stageSchema.optional(),
    tag: tagSchema.optional(),
    company: shortText(200).min(1).optional(),
    query: plainString().trim().max(500, 'Keep the search under 500 characters.').optional(),
  })
  .strict();
export type JournalFilters = z.infer<typeof journalFiltersSchema>;

/** A question from the bank or the person's own, as the bank browser lists it. */
export const bankQuestionSchema = z.object({
  id: idSchema,
  text: z.string(),
  category: questionCategorySchema,
  hints: z.array(z.string()),
  tags: z.array(z.string()),
  source: questionSourceSchema,
});
export type BankQuestion = z.infer<typeof bankQuestionSchema>;

/** A question to add to the bank (by hand or by import). */
export const newBankQuestionSchema = z
  .object({
    text: shortText(1000).min(3, 'Write the question (at least 3 characters).'),
    category: questionCategorySchema,
    hints: z.array(shortText(500).min(1, 'A hint cannot be empty.')).max(10, 'At most 10 hints.').default([]),
    tags: z.array(tagSchema).max(10, 'At most 10 tags.').default([]),
  })
  .strict();
export type NewBankQuestion = z.infer<typeof newBankQuestionSchema>;
