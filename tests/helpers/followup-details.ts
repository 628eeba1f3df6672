// Follow-up records shaped exactly like the contract's outputs, for unit tests of both processes.
import type { DueItem } from '../../electron/shared/followups-schemas';

/** One entry of the due list: a thank-you draft to Ann Lee, due now. */
export function dueItem(over: Partial<DueItem> = {}): DueItem {
  return {
    key: 'thank-you:1:7',
    reminderKey: 'thank-you:1:2026-03-04T00:00',
    kind: 'thank-you',
    state: 'due-now',
    interviewId: 1,
    company: 'Acme',
    role: 'Product manager',
    heldAt: '2026-03-03T10:00',
    followupId: 7,
    status: 'draft',
    recipientName: 'Ann Lee',
    title: 'Thank-you to Ann Lee at Acme',
    opensAt: '2026-03-04T00:00',
    closesAt: '2026-03-06T00:00',
    lastDay: '2026-03-05',
    sentOn: null,
    checklist: null,
    ...over,
  };
}
