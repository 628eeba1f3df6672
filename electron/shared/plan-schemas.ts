import { z } from 'zod';
import { dueForecastSchema } from './insights-schemas';
import { questionCategorySchema } from './journal-schemas';
import { modelAnswerSchema } from './model-answers-schemas';
import { gradeSchema } from './practice-schemas';
import { revisionSchema } from './revision';
import { idSchema } from './ids';

export const PLAN_ITEM_STATUSES = ['todo', 'doing', 'done'] as const;
export const planItemStatusSchema = z.enum(PLAN_ITEM_STATUSES, { error: 'Choose to do, doing or done.' });
export type PlanItemStatus = z.infer<typeof planItemStatusSchema>;

/** The plan's sections, in the order the screen and the Markdown export show them. */
export const PLAN_SECTIONS = [
  'weakest-areas',
  'action-items',
  'fumbled-questions',
  'model-answers',
  'stories',
  'uncovered-terms',
  'schedule',
  'followups',
  'note',
] as const;
export const planSectionSchema = z.enum(PLAN_SECTIONS);
export type PlanSection = z.infer<typeof planSectionSchema>;

/** Headings of the sections, shared by the screen and the export so they read the same. */
export const PLAN_SECTION_TITLES: Record<PlanSection, string> = {
  'weakest-areas': 'Weakest areas',
  'action-items': 'Action items',
  'fumbled-questions': 'Questions to practise',
  'model-answers': 'Model answers',
  stories: 'Your stories',
  'uncovered-terms': 'Key terms no story covers yet',
  schedule: 'Practice schedule',
  followups: 'Follow-ups and second chances',
  note: 'Notes',
};

/** Longest action item; a plan item is a line, not an essay. */
export const MAX_ITEM_TEXT = 1000;
/** Longest plan note. */
export const MAX_NOTE_TEXT = 100_000;

/** One interview's evidence for a weak area: its rating and what was written. */
const areaEvidenceSchema = z.object({
  interviewId: idSchema,
  company: z.string(),
  heldAt: z.string(),
  rating: z.number().int(),
  /** The start of what went badly (or the notes), at most 200 characters; empty when nothing was written. */
  excerpt: z.string(),
});

/** A built-in area among the lowest rated, with the evidence behind it. */
const weakAreaSchema = z.object({
  area: z.string(),
  label: z.string(),
  /** Average rating, one decimal. */
  average: z.number(),
  count: z.number().int(),
  /** The lowest-rated interviews for this area, lowest first (ties: most recent first). */
  lowest: z.array(areaEvidenceSchema),
});
export type WeakArea = z.infer<typeof weakAreaSchema>;

/** Where a fumbled question stands in practice. */
const DUE_STATES = ['new', 'due', 'scheduled'] as const;

/** A question fumbled in the journal, with what should have been said and how practice is going. */
const fumbledQuestionSchema = z.object({
  questionId: idSchema,
  text: z.string(),
  category: questionCategorySchema,
  categoryLabel: z.string(),
  timesFumbled: z.number().int(),
  lastFumbled: z.object({ interviewId: idSchema, company: z.string(), heldAt: z.string() }),
  /**
   * Key points written for it in the journal, newest interview first, without repeats (at most 8): missed at the
   * interview, and whether the latest practice attempt covered it (so a point practised since is not "missed").
   */
  keyPoints: z.array(z.object({ text: z.string(), missed: z.boolean(), coveredInPractice: z.boolean() })),
  latestGrade: gradeSchema.nullable(),
  latestPractisedAt: z.string().nullable(),
  attempts: z.number().int(),
  /** When the card is next due (an instant), or null before its first grade. */
  nextDue: z.string().nullable(),
  /** new: never graded; due: due by the end of today; scheduled: due later. */
  dueState: z.enum(DUE_STATES),
});
export type FumbledQuestion = z.infer<typeof fumbledQuestionSchema>;

/** The practice schedule: what is due now and over the next two weeks. */
const planScheduleSchema = z.object({
  dueToday: z.number().int(),
  overdue: z.number().int(),
  newFromJournal: z.number().int(),
  next7Days: z.number().int(),
  forecast: dueForecastSchema.shape.days,
});

/** One follow-up or second-chance request still waiting on the person or on the employer. */
const pendingFollowupSchema = z.object({
  followupId: idSchema,
  interviewId: idSchema,
  company: z.string(),
  heldAt: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  status: z.string(),
  /** to-send: written, not sent yet; awaiting-reply: a request that went out and has no answer yet. */
  state: z.enum(['to-send', 'awaiting-reply']),
  dueOn: z.string().nullable(),
  sentOn: z.string().nullable(),
  subject: z.string(),
});
export type PendingFollowup = z.infer<typeof pendingFollowupSchema>;

/** Pending follow-ups (thank-yous, check-ins) and second-chance requests (asking again, offering to impress). */
const planFollowupsSchema = z.object({
  /** False when this data folder has no follow-ups yet (the feature's tables are missing). */
  available: z.boolean(),
  followUps: z.array(pendingFollowupSchema),
  secondChances: z.array(pendingFollowupSchema),
});

/** What a suggestion is about. */
const SUGGESTION_KINDS = ['area', 'question', 'practice', 'followup'] as const;

/** An action item the plan offers; accepting it makes it the person's own item. */
const suggestionSchema = z.object({
  /** Stable while the reason holds: area:<key>, question:<id>, practice:due, followup:<id>. */
  key: z.string(),
  kind: z.enum(SUGGESTION_KINDS),
  text: z.string(),
  /** Why it is suggested, from the data, in plain words. */
  reason: z.string(),
  area: z.string().nullable(),
  questionId: idSchema.nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** One of the person's own action items. */
export const planItemSchema = z.object({
  id: idSchema,
  text: z.string(),
  targetOn: z.string().nullable(),
  status: planItemStatusSchema,
  area: z.string().nullable(),
  areaLabel: z.string().nullable(),
  questionId: idSchema.nullable(),
  questionText: z.string().nullable(),
  /** The suggestion it was accepted from, or null for one the person wrote. */
  suggestionKey: z.string().nullable(),
  position: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  doneAt: z.string().nullable(),
  /** Not done and its target day has passed. */
  overdue: z.boolean(),
  /** Moves on with every edit of the item (not with its place in the list); plan:updateItem needs it back. */
  revision: revisionSchema,
});
export type PlanItem = z.infer<typeof planItemSchema>;

/** The person's free-text note on the plan. */
export const planNoteSchema = z.object({
  body: z.string(),
  updatedAt: z.string().nullable(),
  /** 1 until first saved; plan:saveNote needs it back. */
  revision: revisionSchema,
});
export type PlanNote = z.infer<typeof planNoteSchema>;

/** A story of the story bank as the plan lists it: what it shows, the questions it answers, what a draft lacks. */
const planStorySchema = z.object({
  id: idSchema,
  title: z.string(),
  tags: z.array(z.string()),
  /** The questions it is linked to, as written. */
  questions: z.array(z.string()),
  /** True while a part is empty; `missing` names the empty parts ("Situation", "Result"), in story order. */
  draft: z.boolean(),
  missing: z.array(z.string()),
});
export type PlanStory = z.infer<typeof planStorySchema>;

/** An interview with a job description: its key terms no story covers yet, best first (empty when all are covered). */
const uncoveredTermsSchema = z.object({
  interviewId: idSchema,
  company: z.string(),
  role: z.string(),
  heldAt: z.string(),
  terms: z.array(z.string()),
});
export type UncoveredTerms = z.infer<typeof uncoveredTermsSchema>;

/** The whole plan: generated parts computed now, own parts as stored. */
export const planSchema = z.object({
  generatedAt: z.string(),
  today: z.string(),
  range: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  interviewsInRange: z.number().int(),
  weakestAreas: z.array(weakAreaSchema),
  fumbledQuestions: z.array(fumbledQuestionSchema),
  /** All fumbled questions in the range; `fumbledQuestions` holds the first `questionLimit`. */
  fumbledTotal: z.number().int(),
  schedule: planScheduleSchema,
  followups: planFollowupsSchema,
  suggestions: z.array(suggestionSchema),
  dismissedSuggestions: z.number().int(),
  items: z.array(planItemSchema),
  note: planNoteSchema,
  /** The person's model answers, newest first. */
  modelAnswers: z.array(modelAnswerSchema),
  /** The story bank, newest first. */
  stories: z.array(planStorySchema),
  /** Each interview in the range with a job description, newest first, and its key terms no story covers. */
  uncoveredTerms: z.array(uncoveredTermsSchema),
});
export type Plan = z.infer<typeof planSchema>;
