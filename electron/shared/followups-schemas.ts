import { z } from 'zod';
import { plainString } from './plain-text';
import { revisionSchema } from './revision';
import { outcomeSchema } from './journal-schemas';
import { localDateTime } from './dates';
import { idSchema } from './ids';

/** What a follow-up is for: thanks after the interview, a check-in after the decision date, or a second chance. */
export const FOLLOWUP_KINDS = ['thank-you', 'check-in', 'second-chance', 'chance-to-impress'] as const;
/** Thank-yous and check-ins are only ever draft or sent; requests and proposals also get the employer's answer. */
export const FOLLOWUP_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'no-reply'] as const;
/** The statuses that mean the message went out (the employer's answer included). */
export const SENT_STATUSES = ['sent', 'accepted', 'declined', 'no-reply'] as const;
/** The forms a "chance to impress" can take. */
export const IMPRESS_FORMS = ['work-sample', 'research', 'analysis', 'trial-task'] as const;
/** The shipped templates, one file each in resources/templates/<id>.txt; the loader refuses a missing or extra file. */
export const TEMPLATE_IDS = ['thank-you-formal', 'thank-you-warm', 'check-in', 'second-chance', 'chance-to-impress'] as const;
/** Which kind of follow-up each template writes; regenerating with a template of another kind is refused. */
export const TEMPLATE_KIND = {
  'thank-you-formal': 'thank-you',
  'thank-you-warm': 'thank-you',
  'check-in': 'check-in',
  'second-chance': 'second-chance',
  'chance-to-impress': 'chance-to-impress',
} as const satisfies Record<(typeof TEMPLATE_IDS)[number], (typeof FOLLOWUP_KINDS)[number]>;
/** Where a version's text came from: filled from a template, typed by the person, or copied back from an older version. */
export const VERSION_SOURCES = ['generated', 'edited', 'restored'] as const;
/** When to send a thank-you, relative to the interview (Settings, or per interview). */
export const SEND_WINDOWS = ['same-day', 'within-24h', '1-2-days'] as const;
/** Where an item of the due list stands at the clock's "now". */
const DUE_STATES = ['upcoming', 'due-now', 'overdue', 'sent'] as const;

/** Every name a template may use as {{name}} or as a section {{#name}}...{{/name}}. */
export const PLACEHOLDERS = [
  'interviewer_name',
  'interviewer_first_name',
  'greeting_name',
  'interviewer_role',
  'company',
  'role',
  'interview_date',
  'specific_moment',
  'missed_point_1',
  'missed_point_2',
  'missed_points',
  'cited_stories',
  'do_differently',
  'why_fit',
  'impress_form',
  'impress_plan',
  'impress_due_date',
  'decision_date',
  'your_name',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Longest message body: far above any real email, low enough to stop a runaway paste. */
export const MAX_BODY = 20_000;
export const MAX_SUBJECT = 200;
/** Longest free-text field of a request or proposal (what you would do differently, why you fit, the plan). */
const MAX_FIELD = 2_000;
export const MAX_CHECKLIST_ITEMS = 30;
/** The word count each kind of message is written to; the seed's advice is a short thank-you of about 150 words. */
export const WORD_TARGETS = { 'thank-you': 150, 'check-in': 90, 'second-chance': 180, 'chance-to-impress': 200 } as const;
/** Mail apps and the OS truncate or refuse longer mailto: URLs (around 2,000 characters on Windows). */
export const MAILTO_MAX_LENGTH = 1_900;

const followupKindSchema = z.enum(FOLLOWUP_KINDS);
export const followupStatusSchema = z.enum(FOLLOWUP_STATUSES);
export const impressFormSchema = z.enum(IMPRESS_FORMS);
export const templateIdSchema = z.enum(TEMPLATE_IDS);
export const sendWindowSchema = z.enum(SEND_WINDOWS);
const dueStateSchema = z.enum(DUE_STATES);
export type FollowupKind = z.infer<typeof followupKindSchema>;
export type FollowupStatus = z.infer<typeof followupStatusSchema>;
export type ImpressForm = z.infer<typeof impressFormSchema>;
export type TemplateId = z.infer<typeof templateIdSchema>;
export type SendWindow = z.infer<typeof sendWindowSchema>;
export type DueState = z.infer<typeof dueStateSchema>;

/** A single address, or empty for "no address known" (the mail app then opens without a recipient). */
export const emailOrEmpty = z.union([z.literal(''), z.email('Enter a valid email address, or leave it empty.').max(254)]);

/** A message body with the sane limit and a message that says what to do. */
export const bodyText = plainString().max(
  MAX_BODY,
  `This message is over ${MAX_BODY.toLocaleString('en')} characters; please shorten it.`,
);

/** One line: a subject with a line break could smuggle a mail header in. */
export const subjectText = plainString()
  .trim()
  .max(MAX_SUBJECT, `Keep the subject under ${MAX_SUBJECT} characters.`)
  .refine((v) => !/[\r\n]/.test(v), 'A subject is a single line.');

/** Free text of a request or proposal. */
export const fieldText = plainString()
  .trim()
  .max(MAX_FIELD, `Keep this under ${MAX_FIELD.toLocaleString('en')} characters.`);

/** A key point the person did not get across, as the message will quote it. */
export const missedPointText = plainString()
  .trim()
  .min(1, 'A point cannot be empty.')
  .max(1000, 'Keep each point under 1,000 characters.');

/** A local date, or date and time, as the person gives it (YYYY-MM-DD or YYYY-MM-DDTHH:MM). */
export const localWhen = localDateTime;

/** One step of a chance-to-impress plan, ticked off as it is done. */
const checklistItemSchema = z.object({
  id: idSchema,
  text: z.string(),
  done: z.boolean(),
  /** When it was ticked (ISO instant), or null. */
  doneAt: z.string().nullable(),
});

/**
 * A story from the story bank cited for a missed point: the point, the story's title, the one sentence the draft
 * carries (built from the story's result, its facts and numbers whole), and whether the person left it out.
 */
export const storyCitationSchema = z.object({
  point: z.string(),
  story: z.string(),
  sentence: z.string(),
  leftOut: z.boolean(),
});
export type StoryCitation = z.infer<typeof storyCitationSchema>;

/** Whether the current text fits in a mailto: URL, so the UI can offer "Copy" instead of "Open in mail app" up front. */
const mailFitSchema = z.object({ fits: z.boolean(), length: z.number().int(), limit: z.number().int() });

/** One follow-up message with its current text; fields that belong to other kinds are empty or null. */
export const followupSchema = z.object({
  id: idSchema,
  interviewId: idSchema,
  kind: followupKindSchema,
  templateId: templateIdSchema,
  status: followupStatusSchema,
  /** Copied from the interviewer when drafted (the journal may change later); empty when nobody was named. */
  recipientName: z.string(),
  recipientEmail: z.string(),
  subject: z.string(),
  body: z.string(),
  wordCount: z.number().int(),
  wordTarget: z.number().int(),
  /** Placeholders still in the subject or body, as {{name}} shows them; flag these before copying or sending. */
  unfilled: z.array(z.string()),
  /** The local date (or date and time) it was sent, as the person gave it. */
  sentOn: z.string().nullable(),
  /** The version that was sent, so "what was sent" stays findable after later edits elsewhere. */
  sentVersionId: idSchema.nullable(),
  /** Second chance and chance to impress: what the person would do differently. */
  doDifferently: z.string(),
  /** Second chance: the points not got across (starts from the journal's list and fumbled questions' missed key points). */
  missedPoints: z.array(z.string()),
  /** Second chance and chance to impress: why the person fits. */
  whyFit: z.string(),
  /** Chance to impress only. */
  form: impressFormSchema.nullable(),
  plan: z.string(),
  dueOn: z.string().nullable(),
  checklist: z.array(checklistItemSchema),
  versionCount: z.number().int(),
  /** Second chance: the ticked points the current text does not carry (edited out), for the panel to name. */
  pointsNotInText: z.array(z.string()),
  /**
   * Second chance and chance to impress: the story cited for each missed point when the text was written, and whether
   * the current text still carries its sentence (the person may have edited it out).
   */
  storyCitations: z.array(storyCitationSchema.extend({ inText: z.boolean() })),
  mail: mailFitSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Moves on with every write of the message (text, fields, sending, its checklist); followup:update needs it back. */
  revision: revisionSchema,
});
export type Followup = z.infer<typeof followupSchema>;

/** One saved text of a follow-up; every one is kept. */
export const followupVersionSchema = z.object({
  id: idSchema,
  followupId: idSchema,
  savedAt: z.string(),
  source: z.enum(VERSION_SOURCES),
  subject: z.string(),
  body: z.string(),
  wordCount: z.number().int(),
  /** Set on the version that went out: the local date (or date and time) it was sent. */
  sentOn: z.string().nullable(),
});
export type FollowupVersion = z.infer<typeof followupVersionSchema>;

/** A shipped template as the composer offers it. */
export const templateInfoSchema = z.object({
  id: templateIdSchema,
  kind: followupKindSchema,
  label: z.string(),
  about: z.string(),
  subject: z.string(),
  body: z.string(),
  placeholders: z.array(z.string()),
  wordTarget: z.number().int(),
});

/** One thing on the Follow-ups screen: a message to send (or one that was sent) and when. */
const dueItemSchema = z.object({
  /** Unique in the list (a stable key for rendering). */
  key: z.string(),
  /** Items that share it are one reminder (all thank-yous of an interview notify once). */
  reminderKey: z.string(),
  kind: followupKindSchema,
  state: dueStateSchema,
  interviewId: idSchema,
  company: z.string(),
  role: z.string(),
  heldAt: z.string(),
  /** The draft to open, or null when none is written yet (the UI offers to draft one). */
  followupId: idSchema.nullable(),
  status: followupStatusSchema.nullable(),
  recipientName: z.string(),
  /** A plain-words line for lists and notifications, e.g. "Thank-you to Ann Lee". */
  title: z.string(),
  /** Local YYYY-MM-DDTHH:MM; the window is [opensAt, closesAt). Null: no start (due from now) or no deadline. */
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  /** The last calendar day of the window, for "send by Wednesday 4 March". */
  lastDay: z.string().nullable(),
  sentOn: z.string().nullable(),
  checklist: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
});
export type DueItem = z.infer<typeof dueItemSchema>;

/** The Follow-ups screen: every item, sorted overdue, due now, upcoming, sent; counts for the navigation badge. */
export const dueListSchema = z.object({
  /** The clock's local time the states were computed at (YYYY-MM-DDTHH:MM). */
  now: z.string(),
  items: z.array(dueItemSchema),
  counts: z.object({
    overdue: z.number().int(),
    dueNow: z.number().int(),
    upcoming: z.number().int(),
    sent: z.number().int(),
    /** What the navigation shows: due now plus overdue. */
    badge: z.number().int(),
  }),
});
export type DueList = z.infer<typeof dueListSchema>;

/** The thank-you send window of one interview. */
const sendWindowInfoSchema = z.object({
  setting: sendWindowSchema,
  opensAt: z.string(),
  closesAt: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
});
export type SendWindowInfo = z.infer<typeof sendWindowInfoSchema>;

/** The per-interview follow-up facts the person sets. */
const followupPlanSchema = z.object({
  /** This interview's own send window, or null to follow Settings. */
  sendWindow: sendWindowSchema.nullable(),
  /** The date the employer said they would decide by. */
  decisionOn: z.string().nullable(),
  /** The person's own check-in date, or null for the default (two days after the decision date, on a weekday). */
  checkInOn: z.string().nullable(),
  /** When the employer replied; no check-in is suggested after that. */
  replyOn: z.string().nullable(),
  /** The person chose not to send a thank-you for this interview. */
  thankYouSkipped: z.boolean(),
  /** Something specific from the conversation, quoted by thank-yous as {{specific_moment}}. */
  specificMoment: z.string(),
  /** 1 until anything is set; followup:updatePlan needs it back. */
  revision: revisionSchema,
});
export type FollowupPlan = z.infer<typeof followupPlanSchema>;

/** Everything the interview page's follow-up panel shows. */
export const followupOverviewSchema = z.object({
  interview: z.object({
    id: idSchema,
    company: z.string(),
    role: z.string(),
    heldAt: z.string(),
    outcome: outcomeSchema,
    trashed: z.boolean(),
  }),
  plan: followupPlanSchema,
  window: sendWindowInfoSchema,
  /** The check-in date in effect (the person's, or the default after the decision date), or null. */
  checkInOn: z.string().nullable(),
  /** The journal's interviewers by position (the index the draft routes take), and the thank-you each already has. */
  interviewers: z.array(
    z.object({ index: z.number().int(), name: z.string(), role: z.string(), email: z.string(), thankYouId: idSchema.nullable() }),
  ),
  /**
   * What a thank-you or request offers as not got across: the interview's "points I did not get across" first, then
   * the missed key points of fumbled questions. Drafts carry the first one or two.
   */
  missedPoints: z.array(z.string()),
  /** What the journal can say for a request or proposal (empty where it holds nothing): drafts use it for empty fields. */
  fromJournal: z.object({
    /** From the reality check's gaps: "I would ...". */
    doDifferently: z.string(),
    /** From the role and what went well. */
    whyFit: z.string(),
  }),
  followups: z.array(followupSchema),
  /** This interview's entries of the due list. */
  due: z.array(dueItemSchema),
});
export type FollowupOverview = z.infer<typeof followupOverviewSchema>;
