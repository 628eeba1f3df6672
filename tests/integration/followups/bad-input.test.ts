import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { MAX_BODY } from '../../../electron/shared/followups-schemas';
import { useCores } from '../support/cores';
import { type Refusal, refusals } from '../support/refusals';
import { call, fail } from '../support/routes';
import { counts, journaledInterview, snapshot, testClock } from './helpers';

const open = useCores();

/** Something in every follow-up table: drafts, a sent request, a proposal with a checklist, a plan, a trashed interview. */
async function seed(core: Core) {
  await call(core, 'settings:update', { yourName: 'Sam' });
  const iv = await journaledInterview(core);
  const [ann, bo] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, specificMoment: 'streaming' });
  const request = await call(core, 'followup:draftSecondChance', { interviewId: iv.id, doDifferently: 'd', whyFit: 'w' });
  await call(core, 'followup:markSent', { id: request.id, sentOn: '2026-03-04' });
  const proposal = await call(core, 'followup:draftChanceToImpress', {
    interviewId: iv.id,
    form: 'work-sample',
    plan: 'p',
    dueOn: '2026-03-10',
    checklist: ['a'],
  });
  const trashed = await journaledInterview(core, { company: 'Trashed' });
  const [trashedDraft] = await call(core, 'followup:draftThankYous', { interviewId: trashed.id, interviewers: [0] });
  await call(core, 'interview:trash', { id: trashed.id });
  return {
    iv: iv.id,
    ann: ann.id,
    bo: bo.id,
    request: request.id,
    proposal: proposal.id,
    item: proposal.checklist[0].id,
    trashed: trashed.id,
    trashedDraft: trashedDraft.id,
  };
}

type Ids = Awaited<ReturnType<typeof seed>>;
const impress = (i: Ids, over: Record<string, unknown>) => ({
  interviewId: i.iv,
  form: 'analysis',
  plan: 'p',
  dueOn: '2026-03-10',
  ...over,
});

const CASES: Refusal<Ids>[] = [
  ...refusals<Ids>('followup:draftThankYous', [
    ['draft for an unknown interview', () => ({ interviewId: 9999 }), 'NOT_FOUND', undefined, /no interview with id 9999/],
    ['draft for a trashed interview', (i) => ({ interviewId: i.trashed }), 'CONFLICT', undefined, /trash/],
    [
      'draft for an interviewer who is not there',
      (i) => ({ interviewId: i.iv, interviewers: [5], specificMoment: 'a different moment' }),
      'VALIDATION',
      'interviewers.0',
      /has 2 interviewers/,
    ],
    [
      'draft with a template of another kind',
      (i) => ({ interviewId: i.iv, templateId: 'second-chance' }),
      'VALIDATION',
      'templateId',
    ],
    ['draft with an unknown template', (i) => ({ interviewId: i.iv, templateId: 'grovel' }), 'VALIDATION', 'templateId'],
    [
      'draft with a specific moment over the limit',
      (i) => ({ interviewId: i.iv, interviewers: [0], specificMoment: 'x'.repeat(2001) }),
      'VALIDATION',
      'specificMoment',
    ],
    ['draft with an unknown field', (i) => ({ interviewId: i.iv, cc: 'boss@acme.example' }), 'VALIDATION'],
  ]),
  ...refusals<Ids>('followup:draftCheckIn', [
    ['draft with a negative interviewer', (i) => ({ interviewId: i.iv, interviewerIndex: -1 }), 'VALIDATION', 'interviewerIndex'],
  ]),
  ...refusals<Ids>('followup:draftSecondChance', [
    [
      'request to an interviewer who is not there',
      (i) => ({ interviewId: i.iv, interviewerIndex: 2 }),
      'VALIDATION',
      'interviewerIndex',
    ],
    [
      'request with six points',
      (i) => ({ interviewId: i.iv, missedPoints: ['a', 'b', 'c', 'd', 'e', 'f'] }),
      'VALIDATION',
      'missedPoints',
    ],
    ['request with an empty point', (i) => ({ interviewId: i.iv, missedPoints: ['  '] }), 'VALIDATION', 'missedPoints.0'],
    ['request with why-you-fit over the limit', (i) => ({ interviewId: i.iv, whyFit: 'x'.repeat(2001) }), 'VALIDATION', 'whyFit'],
  ]),
  ...refusals<Ids>('followup:draftChanceToImpress', [
    [
      'proposal due before the interview',
      (i) => impress(i, { dueOn: '2026-03-02' }),
      'VALIDATION',
      'dueOn',
      /before the interview/,
    ],
    ['proposal due on 30 February', (i) => impress(i, { dueOn: '2026-02-30' }), 'VALIDATION', 'dueOn'],
    ['proposal of an unknown form', (i) => impress(i, { form: 'essay' }), 'VALIDATION', 'form'],
    ['proposal without a plan', (i) => impress(i, { plan: '  ' }), 'VALIDATION', 'plan'],
    [
      'proposal with 31 checklist items',
      (i) => impress(i, { checklist: Array.from({ length: 31 }, (_, n) => `step ${n}`) }),
      'VALIDATION',
      'checklist',
    ],
    ['proposal with an empty checklist item', (i) => impress(i, { checklist: ['ok', ''] }), 'VALIDATION', 'checklist.1'],
  ]),
  ...refusals<Ids>('followup:update', [
    ['update of an unknown follow-up', () => ({ id: 9999, patch: { body: 'x' } }), 'NOT_FOUND'],
    [
      `a body over ${MAX_BODY} characters`,
      (i) => ({ id: i.ann, patch: { body: 'x'.repeat(MAX_BODY + 1) } }),
      'VALIDATION',
      'patch.body',
      /./,
    ],
    [
      'a subject with a line break (header injection)',
      (i) => ({ id: i.ann, patch: { subject: 'Hi\r\nBcc: evil@attacker.example' } }),
      'VALIDATION',
      'patch.subject',
    ],
    ['an invalid email', (i) => ({ id: i.ann, patch: { recipientEmail: 'ann at acme' } }), 'VALIDATION', 'patch.recipientEmail'],
    [
      'an email carrying a header',
      (i) => ({ id: i.ann, patch: { recipientEmail: 'ann@acme.example\r\nBcc: evil@attacker.example' } }),
      'VALIDATION',
      'patch.recipientEmail',
    ],
    [
      'two addresses at once',
      (i) => ({ id: i.ann, patch: { recipientEmail: 'ann@acme.example,evil@attacker.example' } }),
      'VALIDATION',
      'patch.recipientEmail',
    ],
    ['a field of another kind', (i) => ({ id: i.ann, patch: { plan: 'p', body: 'changed' } }), 'VALIDATION', 'patch.plan'],
    [
      'a proposal moved before the interview',
      (i) => ({ id: i.proposal, patch: { dueOn: '2026-03-01', body: 'changed' } }),
      'VALIDATION',
      'patch.dueOn',
    ],
    [
      'editing what was sent',
      (i) => ({ id: i.request, patch: { body: 'changed' } }),
      'CONFLICT',
      'patch.body',
      /sent on Wednesday 4 March/,
    ],
    [
      'editing a follow-up in the trash',
      (i) => ({ id: i.trashedDraft, patch: { body: 'changed' } }),
      'CONFLICT',
      undefined,
      /trash/,
    ],
    ['a patch with an unknown field', (i) => ({ id: i.ann, patch: { status: 'sent' } }), 'VALIDATION'],
  ]),
  ...refusals<Ids>('followup:markSent', [
    [
      'sent before the interview',
      (i) => ({ id: i.ann, sentOn: '2026-03-02' }),
      'VALIDATION',
      'sentOn',
      /cannot be before the interview/,
    ],
    ['sent an hour before the interview', (i) => ({ id: i.ann, sentOn: '2026-03-03T09:00' }), 'VALIDATION', 'sentOn'],
    ['sent in the future', (i) => ({ id: i.ann, sentOn: '2026-03-06' }), 'VALIDATION', 'sentOn', /still to come/],
    ['sent later today', (i) => ({ id: i.ann, sentOn: '2026-03-05T10:00' }), 'VALIDATION', 'sentOn'],
    ['sent on a date in words', (i) => ({ id: i.ann, sentOn: 'yesterday' }), 'VALIDATION', 'sentOn'],
    ['marking an unknown follow-up sent', () => ({ id: 9999 }), 'NOT_FOUND'],
  ]),
  ...refusals<Ids>('followup:setStatus', [
    ['an unknown status', (i) => ({ id: i.request, status: 'ghosted' }), 'VALIDATION', 'status'],
    ['an answer to a thank-you', (i) => ({ id: i.ann, status: 'declined' }), 'VALIDATION', 'status'],
    ['an answer to a draft', (i) => ({ id: i.proposal, status: 'accepted' }), 'CONFLICT', 'status'],
  ]),
  ...refusals<Ids>('followup:remove', [
    ['deleting what was sent', (i) => ({ id: i.request }), 'CONFLICT', undefined, /stays in the history/],
    ['deleting an unknown follow-up', () => ({ id: 9999 }), 'NOT_FOUND'],
  ]),
  ...refusals<Ids>('followup:restoreVersion', [
    ['restoring an unknown version', (i) => ({ id: i.ann, versionId: 9999 }), 'NOT_FOUND', 'versionId'],
    ["restoring another follow-up's version", (i) => ({ id: i.ann, versionId: i.bo }), 'NOT_FOUND', 'versionId'],
  ]),
  ...refusals<Ids>('followup:regenerate', [['regenerating an unknown follow-up', () => ({ id: 9999 }), 'NOT_FOUND']]),
  ...refusals<Ids>('followup-checklist:update', [
    ['ticking an unknown checklist item', () => ({ id: 9999, done: true }), 'NOT_FOUND'],
    ['a checklist change with nothing in it', (i) => ({ id: i.item }), 'VALIDATION', 'done'],
    ['a checklist item emptied', (i) => ({ id: i.item, text: '   ' }), 'VALIDATION', 'text'],
  ]),
  ...refusals<Ids>('followup-checklist:add', [
    ['a checklist item for an unknown follow-up', () => ({ followupId: 9999, text: 'x' }), 'NOT_FOUND'],
    ['a checklist on a thank-you', (i) => ({ followupId: i.ann, text: 'x' }), 'VALIDATION', 'followupId'],
  ]),
  ...refusals<Ids>('followup-checklist:remove', [['removing an unknown checklist item', () => ({ id: 9999 }), 'NOT_FOUND']]),
  ...refusals<Ids>('followup:updatePlan', [
    ['a plan for an unknown interview', () => ({ interviewId: 9999, patch: { thankYouSkipped: true } }), 'NOT_FOUND'],
    ['a plan for a trashed interview', (i) => ({ interviewId: i.trashed, patch: { thankYouSkipped: true } }), 'CONFLICT'],
    [
      'a plan with an unknown window',
      (i) => ({ interviewId: i.iv, patch: { sendWindow: 'next-week' } }),
      'VALIDATION',
      'patch.sendWindow',
    ],
    [
      'a plan decision date before the interview',
      (i) => ({ interviewId: i.iv, patch: { decisionOn: '2026-03-01', thankYouSkipped: true } }),
      'VALIDATION',
      'patch.decisionOn',
    ],
  ]),
  ...refusals<Ids>('followup:overview', [['the overview of an unknown interview', () => ({ interviewId: 9999 }), 'NOT_FOUND']]),
  ...refusals<Ids>('followup:mailto', [['the mailto of an unknown follow-up', () => ({ id: 9999 }), 'NOT_FOUND']]),
  ...refusals<Ids>('followup:openInMail', [['opening an unknown follow-up', () => ({ id: 9999 }), 'NOT_FOUND']]),
  ...refusals<Ids>('followup:get', [
    ['an id that is not a whole number', () => ({ id: 1.5 }), 'VALIDATION', 'id'],
    ['an id as a string', () => ({ id: '1' }), 'VALIDATION', 'id'],
  ]),
];

describe('bad input to follow-up routes', () => {
  it.each(CASES)('$name: $code, nothing written', async ({ route, input, code, path, message }) => {
    const { core } = await open({ now: testClock('2026-03-05T09:00').now });
    const ids = await seed(core);
    const before = snapshot(core.database.db);
    const beforeCounts = counts(core.database.db);
    const error = await fail(core, route, input(ids));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
    if (path !== undefined) expect(error.details?.map((d) => d.path)).toContain(path);
    if (message) expect(error.message).toMatch(message);
    expect(counts(core.database.db)).toEqual(beforeCounts);
    expect(snapshot(core.database.db)).toEqual(before);
  });

  it('the seed itself wrote to every follow-up table (so "nothing written" is a real check)', async () => {
    const { core } = await open({ now: testClock('2026-03-05T09:00').now });
    await seed(core);
    for (const [table, n] of Object.entries(counts(core.database.db))) expect(n, table).toBeGreaterThan(0);
  });
});
