import {
  SENT_STATUSES,
  type DueItem,
  type DueList,
  type FollowupKind,
  type FollowupPlan,
  type FollowupStatus,
  type ImpressForm,
  type SendWindow,
} from '../../shared/followups-schemas';
import type { InterviewFields } from '../../shared/journal-schemas';
import { addDays, dayOf, nextWeekday } from '../../shared/local-days';
import { lastDayBefore, sendWindow, windowState } from './send-window';

/** A thank-you nobody has started is not suggested once its window closed this many days ago (old journal entries). */
export const STALE_AFTER_DAYS = 14;
/** Days after the employer's decision date before a check-in is suggested (moved off weekends). */
const CHECK_IN_AFTER_DAYS = 2;
/** Days a check-in stays "due now" before it counts as overdue. */
const CHECK_IN_WINDOW_DAYS = 3;
/** A chance-to-impress turns "due now" this many days before its due date. */
const IMPRESS_LEAD_DAYS = 2;

/** What the due list needs of one follow-up. */
export interface DueFollowup {
  id: number;
  kind: FollowupKind;
  status: FollowupStatus;
  recipientName: string;
  sentOn: string | null;
  dueOn: string | null;
  form: ImpressForm | null;
  checklist: { done: number; total: number } | null;
}

/** What the due list needs of one live interview. */
export interface DueInterview {
  id: number;
  company: string;
  role: string;
  heldAt: string;
  outcome: InterviewFields['outcome'];
  plan: Pick<FollowupPlan, 'sendWindow' | 'decisionOn' | 'checkInOn' | 'replyOn' | 'thankYouSkipped'>;
  followups: DueFollowup[];
}

const FORM_TITLES: Record<ImpressForm, string> = {
  'work-sample': 'Work sample',
  research: 'Research',
  analysis: 'Analysis',
  'trial-task': 'Trial task',
};
const STATE_ORDER = { overdue: 0, 'due-now': 1, upcoming: 2, sent: 3 } as const;

/** The check-in date in effect: the person's own, or two days after the decision date on a weekday; null without either. */
export function effectiveCheckIn(plan: Pick<FollowupPlan, 'decisionOn' | 'checkInOn'>): string | null {
  if (plan.checkInOn) return plan.checkInOn;
  return plan.decisionOn ? nextWeekday(addDays(plan.decisionOn, CHECK_IN_AFTER_DAYS)) : null;
}

const isSent = (status: FollowupStatus) => (SENT_STATUSES as readonly string[]).includes(status);

function title(kind: FollowupKind, company: string, recipient: string, form: ImpressForm | null): string {
  const to = recipient ? `${recipient} at ${company}` : company;
  switch (kind) {
    case 'thank-you':
      return `Thank-you to ${to}`;
    case 'check-in':
      return `Check in with ${to}`;
    case 'second-chance':
      return `Second-chance request to ${to}`;
    case 'chance-to-impress':
      return `${form ? FORM_TITLES[form] : 'Chance to impress'} for ${company}`;
  }
}

/** Every due-list entry of one interview at `now` (a local YYYY-MM-DDTHH:MM stamp). */
export function dueItemsFor(iv: DueInterview, defaultWindow: SendWindow, now: string): DueItem[] {
  const items: DueItem[] = [];
  const add = (
    kind: FollowupKind,
    f: DueFollowup | null,
    window: { opensAt: string | null; closesAt: string | null },
    reminderKey: string,
  ) => {
    const sent = f !== null && isSent(f.status);
    items.push({
      key: `${kind}:${iv.id}:${f?.id ?? 'new'}`,
      reminderKey,
      kind,
      state: sent ? 'sent' : windowState(window.opensAt, window.closesAt, now),
      interviewId: iv.id,
      company: iv.company,
      role: iv.role,
      heldAt: iv.heldAt,
      followupId: f?.id ?? null,
      status: f?.status ?? null,
      recipientName: f?.recipientName ?? '',
      title: title(kind, iv.company, f?.recipientName ?? '', f?.form ?? null),
      opensAt: sent ? null : window.opensAt,
      closesAt: sent ? null : window.closesAt,
      lastDay: !sent && window.closesAt ? lastDayBefore(window.closesAt) : null,
      sentOn: f?.sentOn ?? null,
      checklist: f?.checklist ?? null,
    });
  };
  const none = { opensAt: null, closesAt: null };
  const of = (kind: FollowupKind) => iv.followups.filter((f) => f.kind === kind);
  const drafts = (kind: FollowupKind) => of(kind).filter((f) => !isSent(f.status));

  for (const f of iv.followups) if (isSent(f.status)) add(f.kind, f, none, `sent:${f.id}`);

  // The order of the five steps: the thank-you first (its window), a second chance after it. Until a thank-you has
  // gone out, a drafted request waits for the thank-you's window to close (none expected: it is due at once).
  let thankYouCloses: string | null = null;
  if (!iv.plan.thankYouSkipped) {
    const w = sendWindow(iv.heldAt, iv.plan.sendWindow ?? defaultWindow);
    if (!of('thank-you').some((f) => isSent(f.status))) thankYouCloses = w.closesAt;
    const key = `thank-you:${iv.id}:${w.opensAt}`;
    const open = drafts('thank-you');
    for (const f of open) add('thank-you', f, w, key);
    const stale = now >= `${addDays(dayOf(w.closesAt), STALE_AFTER_DAYS)}T${w.closesAt.slice(11)}`;
    if (!open.length && !of('thank-you').length && !stale) add('thank-you', null, w, key);
  }

  const checkIn = effectiveCheckIn(iv.plan);
  if (checkIn && iv.outcome === 'waiting' && !iv.plan.replyOn && !of('check-in').some((f) => isSent(f.status))) {
    const w = { opensAt: `${checkIn}T00:00`, closesAt: `${addDays(checkIn, CHECK_IN_WINDOW_DAYS)}T00:00` };
    const key = `check-in:${iv.id}:${checkIn}`;
    const open = drafts('check-in');
    for (const f of open) add('check-in', f, w, key);
    if (!open.length) add('check-in', null, w, key);
  }

  const afterThankYou = { opensAt: thankYouCloses, closesAt: null };
  for (const f of drafts('second-chance')) add('second-chance', f, afterThankYou, `second-chance:${f.id}`);
  for (const f of drafts('chance-to-impress')) {
    const due = f.dueOn ?? dayOf(iv.heldAt);
    const lead = addDays(due, -IMPRESS_LEAD_DAYS);
    const opens = lead > dayOf(iv.heldAt) ? lead : dayOf(iv.heldAt);
    add(
      'chance-to-impress',
      f,
      { opensAt: `${opens}T00:00`, closesAt: `${addDays(due, 1)}T00:00` },
      `chance-to-impress:${f.id}:${due}`,
    );
  }
  return items;
}

function compare(a: DueItem, b: DueItem): number {
  if (a.state !== b.state) return STATE_ORDER[a.state] - STATE_ORDER[b.state];
  // Sent: newest first. Otherwise the nearest deadline first; no deadline last; then the window's start.
  if (a.state === 'sent') return (b.sentOn ?? '').localeCompare(a.sentOn ?? '') || a.key.localeCompare(b.key);
  const byClose = (a.closesAt ?? '\uffff').localeCompare(b.closesAt ?? '\uffff');
  return byClose || (a.opensAt ?? '').localeCompare(b.opensAt ?? '') || a.key.localeCompare(b.key);
}

/** The Follow-ups screen at `now`: overdue, due now, upcoming, sent, with the counts the navigation badge shows. */
export function buildDueList(interviews: DueInterview[], defaultWindow: SendWindow, now: string): DueList {
  const items = interviews.flatMap((iv) => dueItemsFor(iv, defaultWindow, now)).sort(compare);
  const count = (state: DueItem['state']) => items.filter((i) => i.state === state).length;
  const counts = {
    overdue: count('overdue'),
    dueNow: count('due-now'),
    upcoming: count('upcoming'),
    sent: count('sent'),
    badge: 0,
  };
  counts.badge = counts.overdue + counts.dueNow;
  return { now, items, counts };
}
