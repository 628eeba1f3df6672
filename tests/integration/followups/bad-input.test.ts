import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import type { RouteName } from '../../../electron/shared/contract';
import type { ErrorCode } from '../../../electron/shared/errors';
import { MAX_BODY } from '../../../electron/shared/followups-schemas';
import { useCores } from '../support/cores';
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
interface Case {
  name: string;
  route: RouteName;
  input: (ids: Ids) => unknown;
  code: ErrorCode;
  /** A details path the error must name. */
  path?: string;
  message?: RegExp;
}

const impress = (i: Ids, over: Record<string, unknown>) => ({
  interviewId: i.iv,
  form: 'analysis',
  plan: 'p',
  dueOn: '2026-03-10',
  ...over,
});

const CASES: Case[] = [
  {
    name: 'draft for an unknown interview',
    route: 'followup:draftThankYous',
    input: () => ({ interviewId: 9999 }),
    code: 'NOT_FOUND',
    message: /no interview with id 9999/,
  },
  {
    name: 'draft for a trashed interview',
    route: 'followup:draftThankYous',
    input: (i) => ({ interviewId: i.trashed }),
    code: 'CONFLICT',
    message: /trash/,
  },
  {
    name: 'draft for an interviewer who is not there',
    route: 'followup:draftThankYous',
    input: (i) => ({ interviewId: i.iv, interviewers: [5], specificMoment: 'a different moment' }),
    code: 'VALIDATION',
    path: 'interviewers.0',
    message: /has 2 interviewers/,
  },
  {
    name: 'draft with a template of another kind',
    route: 'followup:draftThankYous',
    input: (i) => ({ interviewId: i.iv, templateId: 'second-chance' }),
    code: 'VALIDATION',
    path: 'templateId',
  },
  {
    name: 'draft with an unknown template',
    route: 'followup:draftThankYous',
    input: (i) => ({ interviewId: i.iv, templateId: 'grovel' }),
    code: 'VALIDATION',
    path: 'templateId',
  },
  {
    name: 'draft with a specific moment over the limit',
    route: 'followup:draftThankYous',
    input: (i) => ({ interviewId: i.iv, interviewers: [0], specificMoment: 'x'.repeat(2001) }),
    code: 'VALIDATION',
    path: 'specificMoment',
  },
  {
    name: 'draft with an unknown field',
    route: 'followup:draftThankYous',
    input: (i) => ({ interviewId: i.iv, cc: 'boss@acme.example' }),
    code: 'VALIDATION',
  },
  {
    name: 'draft with a negative interviewer',
    route: 'followup:draftCheckIn',
    input: (i) => ({ interviewId: i.iv, interviewerIndex: -1 }),
    code: 'VALIDATION',
    path: 'interviewerIndex',
  },
  {
    name: 'request to an interviewer who is not there',
    route: 'followup:draftSecondChance',
    input: (i) => ({ interviewId: i.iv, interviewerIndex: 2 }),
    code: 'VALIDATION',
    path: 'interviewerIndex',
  },
  {
    name: 'request with six points',
    route: 'followup:draftSecondChance',
    input: (i) => ({ interviewId: i.iv, missedPoints: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    code: 'VALIDATION',
    path: 'missedPoints',
  },
  {
    name: 'request with an empty point',
    route: 'followup:draftSecondChance',
    input: (i) => ({ interviewId: i.iv, missedPoints: ['  '] }),
    code: 'VALIDATION',
    path: 'missedPoints.0',
  },
  {
    name: 'request with why-you-fit over the limit',
    route: 'followup:draftSecondChance',
    input: (i) => ({ interviewId: i.iv, whyFit: 'x'.repeat(2001) }),
    code: 'VALIDATION',
    path: 'whyFit',
  },
  {
    name: 'proposal due before the interview',
    route: 'followup:draftChanceToImpress',
    input: (i) => impress(i, { dueOn: '2026-03-02' }),
    code: 'VALIDATION',
    path: 'dueOn',
    message: /before the interview/,
  },
  {
    name: 'proposal due on 30 February',
    route: 'followup:draftChanceToImpress',
    input: (i) => impress(i, { dueOn: '2026-02-30' }),
    code: 'VALIDATION',
    path: 'dueOn',
  },
  {
    name: 'proposal of an unknown form',
    route: 'followup:draftChanceToImpress',
    input: (i) => impress(i, { form: 'essay' }),
    code: 'VALIDATION',
    path: 'form',
  },
  {
    name: 'proposal without a plan',
    route: 'followup:draftChanceToImpress',
    input: (i) => impress(i, { plan: '  ' }),
    code: 'VALIDATION',
    path: 'plan',
  },
  {
    name: 'proposal with 31 checklist items',
    route: 'followup:draftChanceToImpress',
    input: (i) => impress(i, { checklist: Array.from({ length: 31 }, (_, n) => `step ${n}`) }),
    code: 'VALIDATION',
    path: 'checklist',
  },
  {
    name: 'proposal with an empty checklist item',
    route: 'followup:draftChanceToImpress',
    input: (i) => impress(i, { checklist: ['ok', ''] }),
    code: 'VALIDATION',
    path: 'checklist.1',
  },
  {
    name: 'update of an unknown follow-up',
    route: 'followup:update',
    input: () => ({ id: 9999, patch: { body: 'x' } }),
    code: 'NOT_FOUND',
  },
  {
    name: `a body over ${MAX_BODY} characters`,
    route: 'followup:update',
    input: (i) => ({ id: i.ann, patch: { body: 'x'.repeat(MAX_BODY + 1) } }),
    code: 'VALIDATION',
    path: 'patch.body',
    message: /./,
  },
  {
    name: 'a subject with a line break (header injection)',
    route: 'followup:update',
    input: (i) => ({ id: i.ann, patch: { subject: 'Hi\r\nBcc: evil@attacker.example' } }),
    code: 'VALIDATION',
    path: 'patch.subject',
  },
  {
    name: 'an invalid email',
    route: 'followup:update',
    input: (i) => ({ id: i.ann, patch: { recipientEmail: 'ann at acme' } }),
    code: 'VALIDATION',
    path: 'patch.recipientEmail',
  },
  {
    name: 'an email carrying a header',
    route: 'followup:update',
    input: (i) => ({ id: i.ann, patch: { recipientEmail: 'ann@acme.example\r\nBcc: evil@attacker.example' } }),
    code: 'VALIDATION',
    path: 'patch.recipientEmail',
  },
  {
    name: 'two addresses at once',
    route: 'followup:update',
    input: (i) => ({ id: i.ann, patch: { recipientEmail: 'ann@acme.example,evil@attacker.example' } }),
    code: 'VALIDATION',
    path: 'patch.recipientEmail',
  },
  {
    name: 'a field of another kind',
    route: 'followup:update',
    input: (i) => ({ id: i.ann, patch: { plan: 'p', body: 'changed' } }),
    code: 'VALIDATION',
    path: 'patch.plan',
  },
  {
    name: 'a proposal moved before the interview',
    route: 'followup:update',
    input: (i) => ({ id: i.proposal, patch: { dueOn: '2026-03-01', body: 'changed' } }),
    code: 'VALIDATION',
    path: 'patch.dueOn',
  },
  {
    name: 'editing what was sent',
    route: 'followup:update',
    input: (i) => ({ id: i.request, patch: { body: 'changed' } }),
    code: 'CONFLICT',
    path: 'patch.body',
    message: /sent on Wednesday 4 March/,
  },
  {
    name: 'editing a follow-up in the trash',
    route: 'followup:update',
    input: (i) => ({ id: i.trashedDraft, patch: { body: 'changed' } }),
    code: 'CONFLICT',
    message: /trash/,
  },
  {
    name: 'a patch with an unknown field',
    route: 'followup:update',
    input: (i) => ({ id: i.ann, patch: { status: 'sent' } }),
    code: 'VALIDATION',
  },
  {
    name: 'sent before the interview',
    route: 'followup:markSent',
    input: (i) => ({ id: i.ann, sentOn: '2026-03-02' }),
    code: 'VALIDATION',
    path: 'sentOn',
    message: /cannot be before the interview/,
  },
  {
    name: 'sent an hour before the interview',
    route: 'followup:markSent',
    input: (i) => ({ id: i.ann, sentOn: '2026-03-03T09:00' }),
    code: 'VALIDATION',
    path: 'sentOn',
  },
  {
    name: 'sent in the future',
    route: 'followup:markSent',
    input: (i) => ({ id: i.ann, sentOn: '2026-03-06' }),
    code: 'VALIDATION',
    path: 'sentOn',
    message: /still to come/,
  },
  {
    name: 'sent later today',
    route: 'followup:markSent',
    input: (i) => ({ id: i.ann, sentOn: '2026-03-05T10:00' }),
    code: 'VALIDATION',
    path: 'sentOn',
  },
  {
    name: 'sent on a date in words',
    route: 'followup:markSent',
    input: (i) => ({ id: i.ann, sentOn: 'yesterday' }),
    code: 'VALIDATION',
    path: 'sentOn',
  },
  { name: 'marking an unknown follow-up sent', route: 'followup:markSent', input: () => ({ id: 9999 }), code: 'NOT_FOUND' },
  {
    name: 'an unknown status',
    route: 'followup:setStatus',
    input: (i) => ({ id: i.request, status: 'ghosted' }),
    code: 'VALIDATION',
    path: 'status',
  },
  {
    name: 'an answer to a thank-you',
    route: 'followup:setStatus',
    input: (i) => ({ id: i.ann, status: 'declined' }),
    code: 'VALIDATION',
    path: 'status',
  },
  {
    name: 'an answer to a draft',
    route: 'followup:setStatus',
    input: (i) => ({ id: i.proposal, status: 'accepted' }),
    code: 'CONFLICT',
    path: 'status',
  },
  {
    name: 'deleting what was sent',
    route: 'followup:remove',
    input: (i) => ({ id: i.request }),
    code: 'CONFLICT',
    message: /stays in the history/,
  },
  { name: 'deleting an unknown follow-up', route: 'followup:remove', input: () => ({ id: 9999 }), code: 'NOT_FOUND' },
  {
    name: 'restoring an unknown version',
    route: 'followup:restoreVersion',
    input: (i) => ({ id: i.ann, versionId: 9999 }),
    code: 'NOT_FOUND',
    path: 'versionId',
  },
  {
    name: "restoring another follow-up's version",
    route: 'followup:restoreVersion',
    input: (i) => ({ id: i.ann, versionId: i.bo }),
    code: 'NOT_FOUND',
    path: 'versionId',
  },
  { name: 'regenerating an unknown follow-up', route: 'followup:regenerate', input: () => ({ id: 9999 }), code: 'NOT_FOUND' },
  {
    name: 'ticking an unknown checklist item',
    route: 'followup-checklist:update',
    input: () => ({ id: 9999, done: true }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a checklist change with nothing in it',
    route: 'followup-checklist:update',
    input: (i) => ({ id: i.item }),
    code: 'VALIDATION',
    path: 'done',
  },
  {
    name: 'a checklist item emptied',
    route: 'followup-checklist:update',
    input: (i) => ({ id: i.item, text: '   ' }),
    code: 'VALIDATION',
    path: 'text',
  },
  {
    name: 'a checklist item for an unknown follow-up',
    route: 'followup-checklist:add',
    input: () => ({ followupId: 9999, text: 'x' }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a checklist on a thank-you',
    route: 'followup-checklist:add',
    input: (i) => ({ followupId: i.ann, text: 'x' }),
    code: 'VALIDATION',
    path: 'followupId',
  },
  {
    name: 'removing an unknown checklist item',
    route: 'followup-checklist:remove',
    input: () => ({ id: 9999 }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a plan for an unknown interview',
    route: 'followup:updatePlan',
    input: () => ({ interviewId: 9999, patch: { thankYouSkipped: true } }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a plan for a trashed interview',
    route: 'followup:updatePlan',
    input: (i) => ({ interviewId: i.trashed, patch: { thankYouSkipped: true } }),
    code: 'CONFLICT',
  },
  {
    name: 'a plan with an unknown window',
    route: 'followup:updatePlan',
    input: (i) => ({ interviewId: i.iv, patch: { sendWindow: 'next-week' } }),
    code: 'VALIDATION',
    path: 'patch.sendWindow',
  },
  {
    name: 'a plan decision date before the interview',
    route: 'followup:updatePlan',
    input: (i) => ({ interviewId: i.iv, patch: { decisionOn: '2026-03-01', thankYouSkipped: true } }),
    code: 'VALIDATION',
    path: 'patch.decisionOn',
  },
  {
    name: 'the overview of an unknown interview',
    route: 'followup:overview',
    input: () => ({ interviewId: 9999 }),
    code: 'NOT_FOUND',
  },
  { name: 'the mailto of an unknown follow-up', route: 'followup:mailto', input: () => ({ id: 9999 }), code: 'NOT_FOUND' },
  { name: 'opening an unknown follow-up', route: 'followup:openInMail', input: () => ({ id: 9999 }), code: 'NOT_FOUND' },
  { name: 'an id that is not a whole number', route: 'followup:get', input: () => ({ id: 1.5 }), code: 'VALIDATION', path: 'id' },
  { name: 'an id as a string', route: 'followup:get', input: () => ({ id: '1' }), code: 'VALIDATION', path: 'id' },
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
