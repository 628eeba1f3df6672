import { describe, expect, it } from 'vitest';
import {
  buildDueList,
  dueItemsFor,
  effectiveCheckIn,
  type DueFollowup,
  type DueInterview,
} from '../../../../electron/main/followups/due-list';
import { dueInterview as interview } from './due-fixtures';

function followup(over: Partial<DueFollowup> = {}): DueFollowup {
  return {
    id: 10,
    kind: 'thank-you',
    status: 'draft',
    recipientName: 'Ann Lee',
    sentOn: null,
    dueOn: null,
    form: null,
    checklist: null,
    ...over,
  };
}

const states = (iv: DueInterview, now: string) => dueItemsFor(iv, '1-2-days', now).map((i) => [i.kind, i.state, i.followupId]);

describe('thank-you items', () => {
  it('an interview with nothing drafted yet is upcoming, then due, then overdue, by the send window', () => {
    expect(states(interview(), '2026-03-03T18:00')).toEqual([['thank-you', 'upcoming', null]]);
    expect(states(interview(), '2026-03-04T00:00')).toEqual([['thank-you', 'due-now', null]]);
    expect(states(interview(), '2026-03-06T00:00')).toEqual([['thank-you', 'overdue', null]]);
  });

  it('stops suggesting a thank-you nobody started two weeks after the window closed (old journal entries)', () => {
    expect(states(interview(), '2026-03-19T23:59')).toEqual([['thank-you', 'overdue', null]]);
    expect(states(interview(), '2026-03-20T00:00')).toEqual([]);
  });

  it('a draft stays overdue until it is sent or deleted, however old', () => {
    expect(states(interview({ followups: [followup()] }), '2027-01-01T00:00')).toEqual([['thank-you', 'overdue', 10]]);
  });

  it('one item per draft, one reminder key per interview, and the interview name in the title', () => {
    const items = dueItemsFor(
      interview({ followups: [followup({ id: 10, recipientName: 'Ann Lee' }), followup({ id: 11, recipientName: 'Bo Chen' })] }),
      '1-2-days',
      '2026-03-04T09:00',
    );
    expect(items.map((i) => i.title)).toEqual(['Thank-you to Ann Lee at Acme', 'Thank-you to Bo Chen at Acme']);
    expect(new Set(items.map((i) => i.key)).size).toBe(2);
    expect(new Set(items.map((i) => i.reminderKey)).size).toBe(1);
    expect(items[0]).toMatchObject({ opensAt: '2026-03-04T00:00', closesAt: '2026-03-06T00:00', lastDay: '2026-03-05' });
  });

  it('a sent thank-you is listed as sent and no new one is suggested', () => {
    const items = dueItemsFor(
      interview({ followups: [followup({ status: 'sent', sentOn: '2026-03-04' })] }),
      '1-2-days',
      '2026-03-04T09:00',
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ state: 'sent', sentOn: '2026-03-04', opensAt: null, closesAt: null, lastDay: null });
  });

  it("uses the interview's own window over the default, and nothing when the person skipped it", () => {
    expect(states(interview({ plan: { ...interview().plan, sendWindow: 'same-day' } }), '2026-03-03T18:00')).toEqual([
      ['thank-you', 'due-now', null],
    ]);
    expect(dueItemsFor(interview(), 'same-day', '2026-03-03T18:00')[0].state).toBe('due-now');
    expect(
      states(interview({ plan: { ...interview().plan, thankYouSkipped: true }, followups: [followup()] }), '2026-03-04T09:00'),
    ).toEqual([]);
  });
});

describe('check-ins', () => {
  const waiting = (plan: Partial<DueInterview['plan']>, over: Partial<DueInterview> = {}) =>
    interview({ plan: { ...interview().plan, thankYouSkipped: true, ...plan }, ...over });

  it('default to two days after the decision date, moved off the weekend', () => {
    expect(effectiveCheckIn({ decisionOn: '2026-03-10', checkInOn: null })).toBe('2026-03-12'); // Tuesday -> Thursday
    expect(effectiveCheckIn({ decisionOn: '2026-03-12', checkInOn: null })).toBe('2026-03-16'); // Thursday -> Saturday -> Monday
    expect(effectiveCheckIn({ decisionOn: '2026-03-10', checkInOn: '2026-03-20' })).toBe('2026-03-20');
    expect(effectiveCheckIn({ decisionOn: null, checkInOn: null })).toBeNull();
  });

  it('are upcoming before the date, due for three days, then overdue', () => {
    const iv = waiting({ decisionOn: '2026-03-10' });
    expect(states(iv, '2026-03-11T23:59')).toEqual([['check-in', 'upcoming', null]]);
    expect(states(iv, '2026-03-12T00:00')).toEqual([['check-in', 'due-now', null]]);
    expect(states(iv, '2026-03-14T23:59')).toEqual([['check-in', 'due-now', null]]);
    expect(states(iv, '2026-03-15T00:00')).toEqual([['check-in', 'overdue', null]]);
  });

  it('are not suggested once they replied, or once the journal shows an outcome', () => {
    expect(states(waiting({ decisionOn: '2026-03-10', replyOn: '2026-03-09' }), '2026-03-12T09:00')).toEqual([]);
    expect(states(waiting({ decisionOn: '2026-03-10' }, { outcome: 'rejected' }), '2026-03-12T09:00')).toEqual([]);
    expect(states(waiting({ decisionOn: '2026-03-10' }, { outcome: 'next-round' }), '2026-03-12T09:00')).toEqual([]);
  });

  it('a drafted check-in takes the place of the suggestion; a sent one ends it', () => {
    const draft = followup({ id: 20, kind: 'check-in' });
    expect(states(waiting({ decisionOn: '2026-03-10' }, { followups: [draft] }), '2026-03-12T09:00')).toEqual([
      ['check-in', 'due-now', 20],
    ]);
    const sent = { ...draft, status: 'sent' as const, sentOn: '2026-03-12' };
    expect(states(waiting({ decisionOn: '2026-03-10' }, { followups: [sent] }), '2026-03-12T09:00')).toEqual([
      ['check-in', 'sent', 20],
    ]);
  });
});

describe('second chances', () => {
  const skip = { ...interview().plan, thankYouSkipped: true };

  it('a drafted request is due now with no window; an answered one is listed as sent with its answer', () => {
    const items = dueItemsFor(
      interview({
        plan: skip,
        followups: [
          followup({ id: 30, kind: 'second-chance' }),
          followup({ id: 31, kind: 'second-chance', status: 'declined', sentOn: '2026-03-05' }),
        ],
      }),
      '1-2-days',
      '2026-03-05T09:00',
    );
    expect(items.map((i) => [i.followupId, i.state, i.status, i.opensAt, i.closesAt])).toEqual([
      [31, 'sent', 'declined', null, null],
      [30, 'due-now', 'draft', null, null],
    ]);
    expect(items[1].title).toBe('Second-chance request to Ann Lee at Acme');
  });

  it('a chance to impress turns due two days before its due date (not before the interview) and overdue after it', () => {
    const proposal = followup({
      id: 40,
      kind: 'chance-to-impress',
      dueOn: '2026-03-12',
      form: 'analysis',
      checklist: { done: 1, total: 3 },
    });
    const iv = interview({ plan: skip, followups: [proposal] });
    expect(dueItemsFor(iv, '1-2-days', '2026-03-09T23:59')[0]).toMatchObject({
      state: 'upcoming',
      opensAt: '2026-03-10T00:00',
      closesAt: '2026-03-13T00:00',
      lastDay: '2026-03-12',
      title: 'Analysis for Acme',
      checklist: { done: 1, total: 3 },
    });
    expect(states(iv, '2026-03-10T00:00')).toEqual([['chance-to-impress', 'due-now', 40]]);
    expect(states(iv, '2026-03-13T00:00')).toEqual([['chance-to-impress', 'overdue', 40]]);
    const soon = interview({ plan: skip, followups: [{ ...proposal, dueOn: '2026-03-04' }] });
    expect(dueItemsFor(soon, '1-2-days', '2026-03-03T12:00')[0].opensAt).toBe('2026-03-03T00:00');
  });
});

describe('buildDueList', () => {
  it('sorts overdue, due now, upcoming, sent (newest first) and counts the badge as due now plus overdue', () => {
    const list = buildDueList(
      [
        interview({ id: 1, heldAt: '2026-03-01', followups: [followup({ id: 1, status: 'sent', sentOn: '2026-03-02' })] }),
        interview({ id: 2, heldAt: '2026-03-02' }),
        interview({ id: 3, heldAt: '2026-03-04' }),
        interview({ id: 4, heldAt: '2026-03-05' }),
        interview({
          id: 5,
          heldAt: '2026-02-27',
          followups: [followup({ id: 5, status: 'accepted', kind: 'second-chance', sentOn: '2026-03-03' })],
        }),
      ],
      '1-2-days',
      '2026-03-05T09:00',
    );
    expect(list.items.map((i) => [i.interviewId, i.state])).toEqual([
      [5, 'overdue'],
      [2, 'overdue'],
      [3, 'due-now'],
      [4, 'upcoming'],
      [5, 'sent'],
      [1, 'sent'],
    ]);
    expect(list.counts).toEqual({ overdue: 2, dueNow: 1, upcoming: 1, sent: 2, badge: 3 });
    expect(list.now).toBe('2026-03-05T09:00');
  });
});

describe('the order of the steps: thank-you first, a second chance after it', () => {
  const request = followup({ id: 30, kind: 'second-chance' });

  it('a drafted request waits (upcoming) until the thank-you window closes, while the thank-you is due now', () => {
    const items = buildDueList([interview({ followups: [request] })], '1-2-days', '2026-03-04T09:00').items;
    expect(items.map((i) => [i.kind, i.state, i.opensAt])).toEqual([
      ['thank-you', 'due-now', '2026-03-04T00:00'],
      ['second-chance', 'upcoming', '2026-03-06T00:00'],
    ]);
    expect(states(interview({ followups: [request] }), '2026-03-06T00:00')).toContainEqual(['second-chance', 'due-now', 30]);
  });

  it('is due at once when the thank-you has gone out, or none is wanted', () => {
    const sent = followup({ id: 10, status: 'sent', sentOn: '2026-03-04' });
    expect(states(interview({ followups: [sent, request] }), '2026-03-04T09:00')).toContainEqual([
      'second-chance',
      'due-now',
      30,
    ]);
    const skipped = { ...interview().plan, thankYouSkipped: true };
    expect(states(interview({ plan: skipped, followups: [request] }), '2026-03-04T09:00')).toEqual([
      ['second-chance', 'due-now', 30],
    ]);
  });
});
