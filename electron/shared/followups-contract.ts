import { z } from 'zod';
import { byId, defineRoute, noInput, okOutput } from './define-route';
import {
  bodyText,
  dueListSchema,
  emailOrEmpty,
  fieldText,
  followupOverviewSchema,
  followupSchema,
  followupStatusSchema,
  followupVersionSchema,
  impressFormSchema,
  localWhen,
  MAX_CHECKLIST_ITEMS,
  missedPointText,
  sendWindowSchema,
  subjectText,
  templateIdSchema,
  templateInfoSchema,
} from './followups-schemas';
import { baseRevisionSchema } from './revision';
import { localDate } from './dates';
import { idSchema } from './ids';
import { shortText } from './text-limits';

const checklistText = shortText(300).min(1, 'A checklist item cannot be empty.');
const missedPoints = z.array(missedPointText).max(5, 'At most 5 points; the message should stay short.');
/** Position in the interview's interviewer list (interview:get's order), as followup:overview numbers them. */
const interviewerIndex = z.number().int().min(0);

/** Routes of follow-ups (step 3) and second chances (step 4). */
export const followupsContract = {
  /** The shipped templates (for the composer's "formal / warm" choice and a preview). */
  'followup:templates': defineRoute({ input: noInput, output: z.array(templateInfoSchema) }),
  /** An interview's follow-up panel: plan, send window, interviewers, missed points, every follow-up, its due items. */
  'followup:overview': defineRoute({ input: z.object({ interviewId: idSchema }).strict(), output: followupOverviewSchema }),
  /** Sets the interview's own follow-up facts: window, decision date, check-in date, reply date, skip, specific moment. */
  'followup:updatePlan': defineRoute({
    input: z
      .object({
        interviewId: idSchema,
        baseRevision: baseRevisionSchema,
        patch: z
          .object({
            sendWindow: sendWindowSchema.nullable().optional(),
            decisionOn: localDate.nullable().optional(),
            checkInOn: localDate.nullable().optional(),
            replyOn: localDate.nullable().optional(),
            thankYouSkipped: z.boolean().optional(),
            specificMoment: fieldText.optional(),
          })
          .strict(),
      })
      .strict(),
    output: followupOverviewSchema,
  }),

  /**
   * Drafts a thank-you per interviewer (all who have none yet, or the given indexes); one unaddressed draft when the
   * journal names nobody. specificMoment, when given, is saved on the plan first.
   */
  'followup:draftThankYous': defineRoute({
    input: z
      .object({
        interviewId: idSchema,
        templateId: z.enum(['thank-you-formal', 'thank-you-warm']).default('thank-you-formal'),
        interviewers: z.array(interviewerIndex).min(1, 'Pick at least one interviewer.').max(20).optional(),
        specificMoment: fieldText.optional(),
      })
      .strict(),
    output: z.array(followupSchema),
  }),
  /** Drafts a check-in for after the employer's decision date. */
  'followup:draftCheckIn': defineRoute({
    input: z.object({ interviewId: idSchema, interviewerIndex: interviewerIndex.optional() }).strict(),
    output: followupSchema,
  }),
  /** Drafts a request for another interview; missedPoints default to the journal's. */
  'followup:draftSecondChance': defineRoute({
    input: z
      .object({
        interviewId: idSchema,
        interviewerIndex: interviewerIndex.optional(),
        doDifferently: fieldText.default(''),
        missedPoints: missedPoints.optional(),
        whyFit: fieldText.default(''),
      })
      .strict(),
    output: followupSchema,
  }),
  /** Drafts a "chance to impress" proposal with its plan, due date (not before the interview) and checklist. */
  'followup:draftChanceToImpress': defineRoute({
    input: z
      .object({
        interviewId: idSchema,
        interviewerIndex: interviewerIndex.optional(),
        form: impressFormSchema,
        plan: fieldText.min(1, 'Say in a sentence or two what you will produce.'),
        dueOn: localDate,
        checklist: z.array(checklistText).max(MAX_CHECKLIST_ITEMS, `At most ${MAX_CHECKLIST_ITEMS} items.`).default([]),
        whyFit: fieldText.default(''),
      })
      .strict(),
    output: followupSchema,
  }),

  'followup:get': defineRoute({ input: byId, output: followupSchema }),
  /**
   * Edits a draft. Subject or body changes are kept as versions (edits within five minutes of the last edit
   * extend that version, so autosave does not flood the history). Once sent, only dueOn may change.
   */
  'followup:update': defineRoute({
    input: z
      .object({
        id: idSchema,
        baseRevision: baseRevisionSchema,
        /** "Keep mine" after a conflict: a new version, never an extension of the other window's, which stays in Versions. */
        newVersion: z.boolean().optional(),
        patch: z
          .object({
            subject: subjectText.optional(),
            body: bodyText.optional(),
            recipientName: shortText(200).optional(),
            recipientEmail: emailOrEmpty.optional(),
            doDifferently: fieldText.optional(),
            missedPoints: missedPoints.optional(),
            whyFit: fieldText.optional(),
            form: impressFormSchema.optional(),
            plan: fieldText.min(1, 'Say in a sentence or two what you will produce.').optional(),
            dueOn: localDate.optional(),
          })
          .strict(),
      })
      .strict(),
    output: followupSchema,
  }),
  /** Fills the template again from the journal and the follow-up's fields, as a new version (the old ones stay). */
  'followup:regenerate': defineRoute({
    input: z.object({ id: idSchema, templateId: templateIdSchema.optional() }).strict(),
    output: followupSchema,
  }),
  /**
   * Leaves the story cited for a point out of a draft (its sentence is taken out of the text, the rest stays as the
   * person wrote it), or puts it back (the draft is written again; the old text stays in Versions).
   */
  'followup:leaveOutStory': defineRoute({
    input: z.object({ id: idSchema, baseRevision: baseRevisionSchema, point: missedPointText, leftOut: z.boolean() }).strict(),
    output: followupSchema,
  }),
  /** Every saved text, newest first, with the one that was sent marked. */
  'followup:versions': defineRoute({ input: byId, output: z.array(followupVersionSchema) }),
  /** Makes an older version the current text again (as a new version). */
  'followup:restoreVersion': defineRoute({
    input: z.object({ id: idSchema, versionId: idSchema }).strict(),
    output: followupSchema,
  }),
  /** Records that the current text was sent, on sentOn (default today); not before the interview, not in the future. */
  'followup:markSent': defineRoute({
    input: z.object({ id: idSchema, sentOn: localWhen.optional() }).strict(),
    output: followupSchema,
  }),
  /**
   * The employer's answer to a request or proposal (accepted, declined, no-reply), or back to sent; 'draft' undoes
   * "mark as sent" for any kind.
   */
  'followup:setStatus': defineRoute({
    input: z.object({ id: idSchema, status: followupStatusSchema }).strict(),
    output: followupSchema,
  }),
  /** Deletes a draft and its versions; a sent follow-up stays as history. */
  'followup:remove': defineRoute({ input: byId, output: okOutput }),

  'followup-checklist:add': defineRoute({
    input: z.object({ followupId: idSchema, text: checklistText }).strict(),
    output: followupSchema,
  }),
  'followup-checklist:update': defineRoute({
    input: z
      .object({ id: idSchema, text: checklistText.optional(), done: z.boolean().optional() })
      .strict()
      .refine((v) => v.text !== undefined || v.done !== undefined, {
        message: 'Change the text or tick the item.',
        path: ['done'],
      }),
    output: followupSchema,
  }),
  'followup-checklist:remove': defineRoute({ input: byId, output: followupSchema }),

  /** The Follow-ups screen and the navigation badge: overdue, due now, upcoming and sent, at the clock's now. */
  'followup:due': defineRoute({ input: noInput, output: dueListSchema }),
  /** The mailto: URL of the current text (VALIDATION naming 'body' when it is too long: offer copy instead). */
  'followup:mailto': defineRoute({
    input: byId,
    output: z.object({ url: z.string(), length: z.number().int(), unfilled: z.array(z.string()) }),
  }),
  /**
   * Opens the current text in the mail app. Refused (CONFLICT) while placeholders are unfilled unless allowUnfilled.
   * opened=false: this host cannot open it (the browser host), so the renderer opens `url` itself.
   */
  'followup:openInMail': defineRoute({
    input: z.object({ id: idSchema, allowUnfilled: z.boolean().default(false) }).strict(),
    output: z.object({ url: z.string(), opened: z.boolean() }),
  }),
};
