import { z } from 'zod';
import { plainString } from './plain-text';
import { byId, defineRoute, noInput, okOutput } from './define-route';
import {
  jobCoverageSchema,
  jobDescriptionSchema,
  jobTermInputSchema,
  jobTextInputSchema,
  storiesForQuestionsSchema,
  storyAnswerCheckSchema,
  storySomeFieldsSchema,
  storyOriginSchema,
  storyOveruseSchema,
  storyPatchSchema,
  storySchema,
  storySummarySchema,
  storyTrashItemSchema,
} from './stories-schemas';
import { baseRevisionSchema } from './revision';
import { idSchema } from './ids';
import { longText } from './text-limits';

const interview = { interviewId: idSchema };
const link = z.object({ storyId: idSchema, questionId: idSchema }).strict();
const questionIds = z.array(idSchema).max(1000, 'Ask for the stories of at most 1,000 questions at once.');

/** Routes of the story bank (stories linked to questions) and of the next job's description and its coverage. */
export const storiesContract = {
  /**
   * Stories newest first; with a query, the best matches first with a snippet; with a tag, only stories carrying it.
   * One page at a time: `limit` stories from `offset`, and `total` says how many there are in all.
   */
  'story:list': defineRoute({
    input: z
      .object({
        query: plainString().trim().max(500, 'Keep the search under 500 characters.').default(''),
        tag: plainString().trim().max(40).nullable().default(null),
        limit: z.number().int().min(1).max(500).default(200),
        offset: z.number().int().min(0).max(1_000_000).default(0),
      })
      .strict()
      .default({ query: '', tag: null, limit: 200, offset: 0 }),
    output: z.object({ items: z.array(storySummarySchema), total: z.number().int(), tags: z.array(z.string()) }),
  }),
  'story:get': defineRoute({ input: byId, output: storySchema }),
  /**
   * A new story, blank or started from what the person already said (its parts filled, its question linked); the
   * fields given win over what the origin fills. `notice` says what of a long answer did not fit in the story's parts
   * (null when nothing was left out), for the editor to show. Optional in the type only, so a story read back by
   * another route (which carries none) can stand where a created one did.
   */
  'story:create': defineRoute({
    input: z.object({ origin: storyOriginSchema.default({ kind: 'blank' }), fields: storySomeFieldsSchema.default({}) }).strict(),
    output: storySchema.extend({ notice: z.string().nullable().optional() }),
  }),
  /** Autosave: only the fields that changed; refused (CONFLICT) only when one of them changed since baseRevision. */
  'story:update': defineRoute({
    input: z.object({ id: idSchema, baseRevision: baseRevisionSchema, patch: storyPatchSchema }).strict(),
    output: storySchema,
  }),
  'story:link': defineRoute({ input: link, output: storySchema }),
  'story:unlink': defineRoute({ input: link, output: storySchema }),
  /** To the trash: the story leaves the list, its links stay until the trash is emptied. */
  'story:trash': defineRoute({ input: byId, output: okOutput }),
  'story:restore': defineRoute({ input: byId, output: okOutput }),
  'story:listTrash': defineRoute({ input: noInput, output: z.array(storyTrashItemSchema) }),
  'story:emptyTrash': defineRoute({
    input: z.object({ confirm: z.literal(true, { error: 'Emptying the trash needs confirmation.' }) }).strict(),
    output: z.object({ deleted: z.number().int() }),
  }),
  /** For practice: each question's stories, how many have none, and the stories linked to too many of them. */
  'story:forQuestions': defineRoute({
    input: z.object({ questionIds }).strict(),
    output: storiesForQuestionsSchema,
  }),
  /** After an answer: whether it told the result of each story linked to the question. */
  'story:checkAnswer': defineRoute({
    input: z.object({ questionId: idSchema, answer: longText() }).strict(),
    output: z.array(storyAnswerCheckSchema),
  }),
  /** Stories told in three or more answers of one practice session. */
  'story:sessionOveruse': defineRoute({
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.array(storyOveruseSchema),
  }),

  /** An interview's job description (empty text at revision 1 when none was pasted yet). */
  'job:get': defineRoute({ input: z.object(interview).strict(), output: jobDescriptionSchema }),
  'job:save': defineRoute({
    input: z.object({ ...interview, baseRevision: baseRevisionSchema, text: jobTextInputSchema }).strict(),
    output: jobDescriptionSchema,
  }),
  'job:addTerm': defineRoute({
    input: z.object({ ...interview, baseRevision: baseRevisionSchema, term: jobTermInputSchema }).strict(),
    output: jobDescriptionSchema,
  }),
  /** Removes a found term (kept out on every read) or an added one; job:restoreTerm brings a removed one back. */
  'job:removeTerm': defineRoute({
    input: z.object({ ...interview, baseRevision: baseRevisionSchema, term: jobTermInputSchema }).strict(),
    output: jobDescriptionSchema,
  }),
  'job:restoreTerm': defineRoute({
    input: z.object({ ...interview, baseRevision: baseRevisionSchema, term: jobTermInputSchema }).strict(),
    output: jobDescriptionSchema,
  }),
  /** Each term against the stories and practice answers that mention it; the key terms no story covers are the gaps. */
  'job:coverage': defineRoute({ input: z.object(interview).strict(), output: jobCoverageSchema }),
};
