// Plain follow-up data for the renderer's follow-up tests, each overridable field by field.
import type { DueItem, DueList, Followup, FollowupOverview } from '@shared/followups-schemas';

/** One entry of the due list: the thank-you below, due now (shared with the main-process tests). */
export { dueItem } from '../../../../helpers/followup-details';

/** A thank-you draft to Ann Lee with one gap (the specific moment) still in it. */
export function followup(over: Partial<Followup> = {}): Followup {
  return {
    id: 7,
    interviewId: 1,
    kind: 'thank-you',
    templateId: 'thank-you-formal',
    status: 'draft',
    recipientName: 'Ann Lee',
    recipientEmail: 'ann@example.com',
    subject: 'Thank you for the PM interview',
    body: 'Dear Ann Lee,\n\nI valued our talk about {{specific_moment}}.\n\nSam',
    wordCount: 9,
    wordTarget: 150,
    unfilled: ['specific_moment'],
    sentOn: null,
    sentVersionId: null,
    doDifferently: '',
    missedPoints: [],
    pointsNotInText: [],
    storyCitations: [],
    whyFit: '',
    form: null,
    plan: '',
    dueOn: null,
    checklist: [],
    versionCount: 1,
    mail: { fits: true, length: 300, limit: 1900 },
    createdAt: '2026-03-04T09:00:00.000Z',
    updatedAt: '2026-03-04T09:00:00.000Z',
    revision: 1,
    ...over,
  };
}

/** A due list holding the given items, with counts worked out from them. */
export function dueList(items: DueItem[]): DueList {
  const count = (state: DueItem['state']) => items.filter((i) => i.state === state).length;
  return {
    now: '2026-03-04T12:00',
    items,
    counts: {
      overdue: count('overdue'),
      dueNow: count('due-now'),
      upcoming: count('upcoming'),
      sent: count('sent'),
      badge: count('overdue') + count('due-now'),
    },
  };
}

/** Acme's follow-up page with the given messages. */
export function overview(followups: Followup[] = []): FollowupOverview {
  return {
    interview: {
      id: 1,
      company: 'Acme',
      role: 'Product manager',
      heldAt: '2026-03-03T10:00',
      outcome: 'waiting',
      trashed: false,
    },
    plan: {
      sendWindow: null,
      decisionOn: null,
      checkInOn: null,
      replyOn: null,
      thankYouSkipped: false,
      specificMoment: '',
      revision: 1,
    },
    window: {
      setting: '1-2-days',
      opensAt: '2026-03-04T00:00',
      closesAt: '2026-03-06T00:00',
      firstDay: '2026-03-04',
      lastDay: '2026-03-05',
    },
    checkInOn: null,
    interviewers: [
      { index: 0, name: 'Ann Lee', role: 'Head of Product', email: 'ann@example.com', thankYouId: followups[0]?.id ?? null },
    ],
    missedPoints: ['I brought data to the conversation'],
    fromJournal: { doDifferently: '', whyFit: '' },
    followups,
    due: [],
  };
}
