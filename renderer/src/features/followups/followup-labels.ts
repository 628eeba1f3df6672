// The words the follow-up screens use for kinds, statuses, forms and send windows: one place, so they agree.
import type { DueState, FollowupKind, FollowupStatus, ImpressForm, SendWindow } from '@shared/followups-schemas';

/** What each kind of follow-up is called in lists and headings. */
export const KIND_LABELS: Record<FollowupKind, string> = {
  'thank-you': 'Thank-you',
  'check-in': 'Check-in',
  'second-chance': 'Second-chance request',
  'chance-to-impress': 'Chance to impress',
};

/** Statuses in plain words; an answer from the employer is never framed as a grade. */
export const STATUS_LABELS: Record<FollowupStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  accepted: 'Accepted',
  declined: 'Declined',
  'no-reply': 'No reply',
};

/** The forms a chance to impress can take. */
export const FORM_LABELS: Record<ImpressForm, string> = {
  'work-sample': 'Work sample',
  research: 'Research',
  analysis: 'Analysis',
  'trial-task': 'Trial task',
};

/** The send windows, as Settings and the interview page offer them. */
export const WINDOW_LABELS: Record<SendWindow, string> = {
  'same-day': 'Same day',
  'within-24h': 'Within 24 hours',
  '1-2-days': '1-2 days after',
};

/** The Follow-ups screen's section headings, in the order they are shown. */
export const STATE_HEADINGS: Record<DueState, string> = {
  overdue: 'Past their moment',
  'due-now': 'Due now',
  upcoming: 'Coming up',
  sent: 'Sent',
};

/** Kinds that wait for the employer's answer after sending (accepted, declined, no reply). */
export function isRequest(kind: FollowupKind): boolean {
  return kind === 'second-chance' || kind === 'chance-to-impress';
}
