import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { journaledInterview, testClock } from './helpers';

const open = useCores();

async function due(core: Core) {
  const list = await call(core, 'followup:due', {});
  return { list, rows: list.items.map((i) => [i.interviewId, i.kind, i.state, i.recipientName]) };
}

describe('the due list over time', () => {
  it('moves a thank-you from upcoming to due now to overdue to sent as the clock moves and the person acts', async () => {
    const clock = testClock('2026-03-03T12:00');
    const { core } = await open({ now: clock.now });
    const iv = await journaledInterview(core);

    let d = await due(core);
    expect(d.rows).toEqual([[iv.id, 'thank-you', 'upcoming', '']]);
    expect(d.list.counts).toEqual({ overdue: 0, dueNow: 0, upcoming: 1, sent: 0, badge: 0 });
    expect(d.list.items[0]).toMatchObject({
      followupId: null,
      opensAt: '2026-03-04T00:00',
      closesAt: '2026-03-06T00:00',
      lastDay: '2026-03-05',
      title: 'Thank-you to Acme Analytics',
    });
    expect(d.list.now).toBe('2026-03-03T12:00');

    clock.set('2026-03-04T00:00');
    d = await due(core);
    expect(d.rows).toEqual([[iv.id, 'thank-you', 'due-now', '']]);
    expect(d.list.counts.badge).toBe(1);

    const [ann, bo] = await call(core, 'followup:draftThankYous', { interviewId: iv.id });
    d = await due(core);
    expect(d.rows).toEqual([
      [iv.id, 'thank-you', 'due-now', 'Ann Lee'],
      [iv.id, 'thank-you', 'due-now', 'Bo Chen'],
    ]);
    expect(d.list.items.map((i) => i.followupId)).toEqual([ann.id, bo.id]);
    expect(d.list.counts.badge).toBe(2);

    clock.set('2026-03-05T17:00');
    await call(core, 'followup:markSent', { id: ann.id });
    clock.set('2026-03-06T00:00');
    d = await due(core);
    expect(d.rows).toEqual([
      [iv.id, 'thank-you', 'overdue', 'Bo Chen'],
      [iv.id, 'thank-you', 'sent', 'Ann Lee'],
    ]);
    expect(d.list.counts).toEqual({ overdue: 1, dueNow: 0, upcoming: 0, sent: 1, badge: 1 });
    expect(d.list.items[1]).toMatchObject({ sentOn: '2026-03-05', status: 'sent' });

    await call(core, 'followup:markSent', { id: bo.id, sentOn: '2026-03-05' });
    d = await due(core);
    expect(d.list.counts).toEqual({ overdue: 0, dueNow: 0, upcoming: 0, sent: 2, badge: 0 });
  });

  it("follows the send-window setting, an interview's own window, and a skipped thank-you", async () => {
    const clock = testClock('2026-03-03T12:00');
    const { core } = await open({ now: clock.now });
    const morning = await journaledInterview(core, { heldAt: '2026-03-03T10:00', company: 'Morning Co' });
    const dateOnly = await journaledInterview(core, { heldAt: '2026-03-03', company: 'Some Day Ltd' });
    expect((await due(core)).list.counts.upcoming).toBe(2);

    expect(await call(core, 'settings:update', { sendWindow: 'same-day' })).toEqual({
      sendWindow: 'same-day',
      yourName: '',
      salutation: 'first-name',
      revision: 2,
    });
    // Both close at midnight; the one whose window opened first comes first.
    expect((await due(core)).rows).toEqual([
      [dateOnly.id, 'thank-you', 'due-now', ''],
      [morning.id, 'thank-you', 'due-now', ''],
    ]);

    await call(core, 'settings:update', { sendWindow: 'within-24h' });
    clock.set('2026-03-04T10:00');
    expect((await due(core)).rows).toEqual([
      [morning.id, 'thank-you', 'overdue', ''],
      [dateOnly.id, 'thank-you', 'due-now', ''], // no time noted: the whole next day counts
    ]);

    const overview = await call(core, 'followup:updatePlan', { interviewId: morning.id, patch: { sendWindow: '1-2-days' } });
    expect(overview.window).toMatchObject({ setting: '1-2-days', firstDay: '2026-03-04', lastDay: '2026-03-05' });
    expect(overview.due.map((i) => i.state)).toEqual(['due-now']);
    await call(core, 'followup:updatePlan', { interviewId: dateOnly.id, patch: { thankYouSkipped: true } });
    expect((await due(core)).rows).toEqual([[morning.id, 'thank-you', 'due-now', '']]);
    await call(core, 'followup:updatePlan', { interviewId: morning.id, patch: { sendWindow: null } });
    expect((await due(core)).rows).toEqual([[morning.id, 'thank-you', 'overdue', '']]);
  });

  it('leaves out trashed interviews and old ones nobody started a thank-you for, but keeps old drafts', async () => {
    const clock = testClock('2026-03-04T09:00');
    const { core } = await open({ now: clock.now });
    const recent = await journaledInterview(core);
    const old = await journaledInterview(core, { heldAt: '2026-01-10', company: 'Long Ago' });
    const oldWithDraft = await journaledInterview(core, { heldAt: '2026-01-12', company: 'Long Ago Drafted' });
    await call(core, 'followup:draftThankYous', { interviewId: oldWithDraft.id, interviewers: [0] });
    expect((await due(core)).rows).toEqual([
      [oldWithDraft.id, 'thank-you', 'overdue', 'Ann Lee'],
      [recent.id, 'thank-you', 'due-now', ''],
    ]);
    expect((await due(core)).rows.some((r) => r[0] === old.id)).toBe(false);

    await call(core, 'interview:trash', { id: recent.id });
    expect((await due(core)).rows.map((r) => r[0])).toEqual([oldWithDraft.id]);
    await call(core, 'interview:restore', { id: recent.id });
    expect((await due(core)).rows.map((r) => r[0])).toEqual([oldWithDraft.id, recent.id]);
  });

  it('suggests a check-in after the decision date until they reply, and drafts it with the date', async () => {
    const clock = testClock('2026-03-06T09:00');
    const { core } = await open({ now: clock.now });
    await call(core, 'settings:update', { yourName: 'Sam' });
    const iv = await journaledInterview(core);
    await call(core, 'followup:updatePlan', { interviewId: iv.id, patch: { thankYouSkipped: true } });
    expect((await due(core)).rows).toEqual([]);

    // Thursday 12 March; two days later is a Saturday, so the check-in is on Monday 16 March.
    const plan = await call(core, 'followup:updatePlan', { interviewId: iv.id, patch: { decisionOn: '2026-03-12' } });
    expect(plan.checkInOn).toBe('2026-03-16');
    expect(plan.due).toMatchObject([
      {
        kind: 'check-in',
        state: 'upcoming',
        opensAt: '2026-03-16T00:00',
        followupId: null,
        title: 'Check in with Acme Analytics',
      },
    ]);

    clock.set('2026-03-16T08:00');
    expect((await due(core)).rows).toEqual([[iv.id, 'check-in', 'due-now', '']]);
    const draft = await call(core, 'followup:draftCheckIn', { interviewId: iv.id, interviewerIndex: 1 });
    expect(draft).toMatchObject({
      kind: 'check-in',
      recipientName: 'Bo Chen',
      subject: 'Checking in on the Data Engineer role',
      unfilled: [],
    });
    expect(draft.body).toContain('you mentioned a decision around Thursday 12 March');
    expect((await due(core)).list.items).toMatchObject([{ kind: 'check-in', state: 'due-now', followupId: draft.id }]);

    const moved = await call(core, 'followup:updatePlan', { interviewId: iv.id, patch: { checkInOn: '2026-03-20' } });
    expect(moved.checkInOn).toBe('2026-03-20');
    expect((await due(core)).rows).toEqual([[iv.id, 'check-in', 'upcoming', 'Bo Chen']]);

    await call(core, 'followup:updatePlan', { interviewId: iv.id, patch: { replyOn: '2026-03-16' } });
    expect((await due(core)).rows).toEqual([]);
    await call(core, 'followup:updatePlan', { interviewId: iv.id, patch: { replyOn: null } });
    await call(core, 'interview:update', { id: iv.id, patch: { outcome: 'rejected' } });
    expect((await due(core)).rows).toEqual([]);
  });

  it('refuses plan dates that do not fit the interview', async () => {
    const { core } = await open({ now: testClock('2026-03-06T09:00').now });
    const iv = await journaledInterview(core);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ decisionOn: '2026-03-02' }, 'patch.decisionOn', /cannot be before the interview \(Tuesday 3 March\)/],
      [{ checkInOn: '2026-03-01' }, 'patch.checkInOn', /before the interview/],
      [{ replyOn: '2026-03-07' }, 'patch.replyOn', /still to come/],
      [{ decisionOn: '2026-03-10', checkInOn: '2026-03-10' }, 'patch.checkInOn', /after the decision date/],
      [{ decisionOn: '2026-02-31' }, 'patch.decisionOn', /There is no 31 February 2026\./],
      [{ decisionOn: '2026-03-10T10:00' }, 'patch.decisionOn', /real date/],
    ];
    for (const [patch, path, message] of cases) {
      const error = await fail(core, 'followup:updatePlan', { interviewId: iv.id, patch });
      expect(error, JSON.stringify(patch)).toMatchObject({ code: 'VALIDATION', details: [{ path }] });
      expect(JSON.stringify(error), JSON.stringify(patch)).toMatch(message);
    }
    await call(core, 'followup:updatePlan', { interviewId: iv.id, patch: { checkInOn: '2026-03-09' } });
    expect(await fail(core, 'followup:updatePlan', { interviewId: iv.id, patch: { decisionOn: '2026-03-09' } })).toMatchObject({
      details: [{ path: 'patch.decisionOn' }],
    });
  });
});
