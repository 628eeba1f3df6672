import type { DueInterview } from '../../../../electron/main/followups/due-list';

/** An engineer's interview at Acme on 3 March, waiting, with no follow-up plan or message yet. */
export function dueInterview(over: Partial<DueInterview> = {}): DueInterview {
  return {
    id: 1,
    company: 'Acme',
    role: 'Engineer',
    heldAt: '2026-03-03T10:00',
    outcome: 'waiting',
    plan: { sendWindow: null, decisionOn: null, checkInOn: null, replyOn: null, thankYouSkipped: false },
    followups: [],
    ...over,
  };
}
