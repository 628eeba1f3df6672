// Where the follow-up screens live, so links from the journal, the list and the composer agree.

/** What the interview's follow-up page opens first: a message, or one of the "new" forms. */
export type FollowupPageFocus = { followupId: number } | { create: NewFollowup } | null;

/** The forms the page can show for a message not written yet. */
export type NewFollowup = 'thank-you' | 'check-in' | 'second-chance' | 'chance-to-impress';

/** Reads ?new= back, ignoring anything else. */
export function parseNewFollowup(value: unknown): NewFollowup | null {
  return value === 'thank-you' || value === 'check-in' || value === 'second-chance' || value === 'chance-to-impress'
    ? value
    : null;
}

/** The interview's follow-up page, optionally opened at one message or one "new" form. */
export function interviewFollowupsPath(interviewId: number, focus: FollowupPageFocus = null): string {
  const base = `/follow-ups/interview/${interviewId}`;
  if (!focus) return base;
  return 'followupId' in focus ? `${base}?open=${focus.followupId}` : `${base}?new=${focus.create}`;
}
