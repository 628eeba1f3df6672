import { z } from 'zod';
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacter, plainString } from './plain-text';
import { spanSchema, starPartSchema } from './coach-schemas';
import { revisionSchema } from './revision';
import { idSchema } from './ids';

/** The most a pasted job description may hold: several pages of text; more is refused with a message. */
export const MAX_JOB_TEXT_CHARS = 100_000;

/** What a job term names: a skill, a tool or system, a qualification, or a duty of the job. */
export const jobTermKindSchema = z.enum(['skill', 'tool', 'qualification', 'duty']);

/** One term that matters in a job description, with its weight (1 for the strongest) and kind. */
export const jobTermSchema = z.object({
  term: z.string(),
  weight: z.number().min(0).max(1),
  kind: jobTermKindSchema,
});
export type JobTerm = z.infer<typeof jobTermSchema>;

/** The terms of a job description, best first; `skipped` says why there are none (nothing pasted, not English). */
export const jobTermsSchema = z.object({
  terms: z.array(jobTermSchema),
  skipped: z.enum(['empty', 'not-english']).nullable(),
});
export type JobTerms = z.infer<typeof jobTermsSchema>;

/**
 * A job description as pasted or read from a file, checked for size before anything reads it. Control characters are
 * not refused here: pdftotext's page breaks (form feeds) are ordinary in such files, and the reader turns them into
 * line breaks.
 */
export const jobTextSchema = z
  .string()
  .max(
    MAX_JOB_TEXT_CHARS,
    `A job description is read up to ${MAX_JOB_TEXT_CHARS.toLocaleString('en')} characters: paste the part with the duties and the requirements.`,
  );

/**
 * A job description as the app saves it: page breaks (\f) and vertical tabs (\v) are a PDF's and stay, but any other
 * control character (NUL, escape) is not text and is refused, as on every other route.
 */
export const jobTextInputSchema = jobTextSchema.refine((text) => !hasControlCharacter(text.replace(/[\f\v]/g, '\n')), {
  message: CONTROL_CHARACTER_MESSAGE,
});

// ---------------------------------------------------------------------------------------------------------------
// The story bank: a person's true stories, each told in four parts, linked to the questions they answer.

/** Skills and competencies a story can show; offered as suggestions, any other tag may be typed. */
export const STORY_TAG_SUGGESTIONS = [
  'leadership',
  'conflict',
  'failure',
  'learning fast',
  'influence',
  'pressure',
  'customer',
  'data',
  'teamwork',
] as const;

/** The most one part of a story may hold: a few sentences, far below this. */
export const MAX_STORY_PART = 5000;
/** The most tags one story may carry. */
export const MAX_STORY_TAGS = 12;

const storyPartText = plainString().max(
  MAX_STORY_PART,
  `Keep each part of a story under ${MAX_STORY_PART.toLocaleString('en')} characters.`,
);

/** A skill tag as typed: trimmed, short, never empty. */
export const storyTagSchema = plainString().trim().min(1, 'A tag cannot be empty.').max(40, 'Keep a tag under 40 characters.');

/** What a story is made of. Every part may be empty: a story can be saved as a draft and says what is missing. */
export const storyFieldsSchema = z.object({
  title: plainString().trim().max(200, 'Keep the title under 200 characters.').default(''),
  situation: storyPartText.default(''),
  task: storyPartText.default(''),
  action: storyPartText.default(''),
  result: storyPartText.default(''),
  tags: z.array(storyTagSchema).max(MAX_STORY_TAGS, `A story carries at most ${MAX_STORY_TAGS} tags.`).default([]),
});
export type StoryFields = z.infer<typeof storyFieldsSchema>;

/**
 * Some of a story's fields, without defaults: what is left out stays unset, so a new story's origin can fill it and a
 * patch never resets it. (storyFieldsSchema.partial() would still fill the defaults: every part as '', which would
 * blank what the origin filled.)
 */
export const storySomeFieldsSchema = z
  .object({
    title: storyFieldsSchema.shape.title.unwrap(),
    situation: storyPartText,
    task: storyPartText,
    action: storyPartText,
    result: storyPartText,
    tags: storyFieldsSchema.shape.tags.unwrap(),
  })
  .partial()
  .strict();

/** An autosave of a story: only the fields that changed (no defaults, so a patch never resets what it leaves out). */
export const storyPatchSchema = storySomeFieldsSchema.refine((p) => Object.keys(p).length > 0, {
  message: 'Send at least one field to save.',
});
export type StoryPatch = z.infer<typeof storyPatchSchema>;

/** Where a story started, as stored: the kinds of storyOriginSchema below. */
export const STORY_ORIGIN_KINDS = ['blank', 'interview-question', 'attempt', 'model-answer'] as const;

/**
 * Where a new story starts: blank, or from something the person already said. The service fills the parts from it
 * and links the question it answers: an asked question in the journal (its answer as given and its missed key points),
 * a practice answer (the coach's parts), or a rebuilt (model) answer (its parts).
 */
export const storyOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('blank') }).strict(),
  z.object({ kind: z.literal('interview-question'), interviewQuestionId: idSchema }).strict(),
  z.object({ kind: z.literal('attempt'), attemptId: idSchema }).strict(),
  z.object({ kind: z.literal('model-answer'), questionId: idSchema }).strict(),
]);
export type StoryOrigin = z.infer<typeof storyOriginSchema>;

/** What the coach says of a story: the parts it lacks, whether the result has a number, "I" against "we". */
export const storyCheckSchema = z.object({
  /** True while any part is empty: the story is a draft. */
  draft: z.boolean(),
  missingParts: z.array(starPartSchema),
  resultHasNumber: z.boolean(),
  pronouns: z.object({ singular: z.number().int().min(0), plural: z.number().int().min(0) }),
  /** One plain sentence per thing to add, in the order to add them ("Add the result: what changed…"). */
  remarks: z.array(z.string()),
});
export type StoryCheck = z.infer<typeof storyCheckSchema>;

/** A question a story answers: a bank question, or one asked in an interview (asked questions are filed in the bank). */
export const storyLinkSchema = z.object({
  questionId: idSchema,
  questionText: z.string(),
  category: z.string(),
});
export type StoryLink = z.infer<typeof storyLinkSchema>;

/** One story, whole, as the editor shows it. */
export const storySchema = z.object({
  id: idSchema,
  title: z.string(),
  situation: z.string(),
  task: z.string(),
  action: z.string(),
  result: z.string(),
  tags: z.array(z.string()),
  /** Where it started; the interview is named while it exists (null once deleted or for other origins). */
  origin: z.object({
    kind: z.enum(STORY_ORIGIN_KINDS),
    interviewId: idSchema.nullable(),
    interviewLabel: z.string().nullable(),
  }),
  links: z.array(storyLinkSchema),
  check: storyCheckSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Moves on with every save; story:update needs it back (a change to another field does not conflict). */
  revision: revisionSchema,
});
export type Story = z.infer<typeof storySchema>;

/** A story in the list: enough to choose it. `snippet` (search only) wraps matched words in \u0002 and \u0003. */
export const storySummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  tags: z.array(z.string()),
  linkCount: z.number().int().min(0),
  draft: z.boolean(),
  updatedAt: z.string(),
  snippet: z.string().nullable(),
});
export type StorySummary = z.infer<typeof storySummarySchema>;

/** A story in the trash: the list's summary and when it was moved there (the trash is newest first by that). */
export const storyTrashItemSchema = storySummarySchema.extend({ deletedAt: z.string() });
export type StoryTrashItem = z.infer<typeof storyTrashItemSchema>;

/** A story as practice shows it before an answer (folded, like hints). */
export const storyHintSchema = storySchema.pick({
  id: true,
  title: true,
  situation: true,
  task: true,
  action: true,
  result: true,
});
export type StoryHint = z.infer<typeof storyHintSchema>;

/**
 * A story heard too often: linked to many questions of one practice set, or told in three answers of one session.
 * It names the questions it covers so the person can find a second story for some of them.
 */
export const storyOveruseSchema = z.object({
  storyId: idSchema,
  title: z.string(),
  reason: z.enum(['linked', 'told']),
  questions: z.array(z.object({ questionId: idSchema, questionText: z.string() })),
  message: z.string(),
});
export type StoryOveruse = z.infer<typeof storyOveruseSchema>;

/** The stories of a set of questions (a practice set), which have none, and which are overused. */
export const storiesForQuestionsSchema = z.object({
  byQuestion: z.array(z.object({ questionId: idSchema, stories: z.array(storyHintSchema) })),
  /** How many of the questions have no story yet, and the sentence that says so (null when all have one). */
  withoutStory: z.number().int().min(0),
  withoutStoryMessage: z.string().nullable(),
  overused: z.array(storyOveruseSchema),
});
export type StoriesForQuestions = z.infer<typeof storiesForQuestionsSchema>;

/** After an answer: whether it told each linked story's result, with the words of the answer that did. */
export const storyAnswerCheckSchema = z.object({
  storyId: idSchema,
  title: z.string(),
  toldResult: z.boolean(),
  /** The story's result as written, to remind the person what to say. */
  result: z.string(),
  /** Where the answer told it (spans of the answer), empty when it did not. */
  quotes: z.array(spanSchema),
  message: z.string(),
});
export type StoryAnswerCheck = z.infer<typeof storyAnswerCheckSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The next job: a job description on an interview, its terms, and which stories and answers cover them.

/** One term of an interview's job description: found in the text, or added by the person. */
export const jobTermEntrySchema = jobTermSchema.extend({ source: z.enum(['found', 'added']) });
export type JobTermEntry = z.infer<typeof jobTermEntrySchema>;

/** An interview's job description and its terms, best first, without the ones the person removed. */
export const jobDescriptionSchema = z.object({
  interviewId: idSchema,
  text: z.string(),
  terms: z.array(jobTermEntrySchema),
  /**
   * How many of `terms`, from the top, are the key ones: every term added by hand and the best 25 found. The rest are
   * weaker and listed when the person asks for all.
   */
  keyTerms: z.number().int().nonnegative(),
  /** Terms the person removed (found again on every read, and kept out). */
  removed: z.array(z.string()),
  skipped: jobTermsSchema.shape.skipped,
  /** A sentence for the person when no terms could be read ("Terms are found in English only…"), else null. */
  notice: z.string().nullable(),
  /** Moves on with every save; job:* writes need it back. Revision 1 with empty text means none yet. */
  revision: revisionSchema,
});
export type JobDescription = z.infer<typeof jobDescriptionSchema>;

/** The most terms a person may add by hand to one job description. */
export const MAX_ADDED_TERMS = 100;

/** A term the person adds or removes by hand. */
export const jobTermInputSchema = plainString()
  .trim()
  .min(1, 'Type the term to add.')
  .max(80, 'Keep a term under 80 characters.');

/** One row of the coverage table: a term, the stories and practice answers that mention it. */
export const coverageRowSchema = z.object({
  term: z.string(),
  kind: jobTermKindSchema,
  weight: z.number(),
  source: z.enum(['found', 'added']),
  stories: z.array(z.object({ id: idSchema, title: z.string() })),
  answers: z.array(z.object({ attemptId: idSchema, questionText: z.string(), excerpt: z.string() })),
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

/**
 * The job description's terms against the stories: every row, best first, and the key terms no story covers (the gaps
 * to prepare). Terms past the key ones that no story covers are only counted.
 */
export const jobCoverageSchema = z.object({
  interviewId: idSchema,
  rows: z.array(coverageRowSchema),
  /** How many rows, from the top, are key terms (as the job description's `keyTerms`). */
  keyTerms: z.number().int().nonnegative(),
  gaps: z.array(z.string()),
  /** How many of the terms past the key ones no story covers either. */
  moreGaps: z.number().int().nonnegative(),
});
export type JobCoverage = z.infer<typeof jobCoverageSchema>;
