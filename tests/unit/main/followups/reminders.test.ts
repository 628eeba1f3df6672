import { describe, expect, it } from 'vitest';
import { buildDueList, type DueInterview } from '../../../../electron/main/followups/due-list';
import { toLocalStamp } from '../../../../electron/shared/local-days';
import { createFollowupReminders, reminderFor, remindersDue, type Reminder } from '../../../../electron/main/followups/reminders';
import type { DueItem, DueList } from '../../../../electron/shared/followups-schemas';
import { dueItem } from '../../../helpers/followup-details';
import { dueInterview } from './due-fixtures';

/** A thank-you to Acme not written yet, its window opening on 4 March. */
const item = (over: Partial<DueItem> = {}): DueItem =>
  dueItem({
    key: 'thank-you:1:new',
    state: 'upcoming',
    role: 'Engineer',
    followupId: null,
    status: null,
    recipientName: '',
    title: 'Thank-you to Acme',
    ...over,
  });

describe('remindersDue', () => {
  it('says an item is due once its window has opened, and not before', () => {
    expect(remindersDue([item()], new Set(), '2026-03-03T23:59')).toEqual([]);
    expect(remindersDue([item()], new Set(), '2026-03-04T00:00')).toEqual([item()]);
  });

  it('skips what was already notified, what was sent, and what has no window (a request the person just drafted)', () => {
    const now = '2026-03-04T09:00';
    expect(remindersDue([item()], new Set(['thank-you:1:2026-03-04T00:00']), now)).toEqual([]);
    expect(remindersDue([item({ state: 'sent', opensAt: null })], new Set(), now)).toEqual([]);
    expect(
      remindersDue(
        [item({ kind: 'second-chance', opensAt: null, closesAt: null, reminderKey: 'second-chance:3' })],
        new Set(),
        now,
      ),
    ).toEqual([]);
  });

  it('notifies once for the several thank-yous of one interview', () => {
    const two = [item({ key: 'a', recipientName: 'Ann' }), item({ key: 'b', recipientName: 'Bo' })];
    expect(remindersDue(two, new Set(), '2026-03-04T09:00')).toHaveLength(1);
  });

  it('still reminds of an item that went straight from upcoming to overdue between checks (a sleeping laptop)', () => {
    expect(remindersDue([item()], new Set(), '2026-03-07T09:00')).toHaveLength(1);
  });
});

describe('reminderFor', () => {
  it('says what is due and by when, in plain words', () => {
    expect(reminderFor(item())).toEqual({
      key: 'thank-you:1:2026-03-04T00:00',
      title: 'Thank-you to Acme',
      body: 'Your thank-you for the Acme interview is due by Thursday 5 March.',
      interviewId: 1,
    });
  });
});

/** Lets pending promise callbacks run (no timers involved). */
const flush = () => new Promise((resolve) => setImmediate(resolve));

/** A clock the test moves, and a due list computed from one interview at that clock, like the route. */
function harness() {
  let now = new Date(2026, 2, 3, 12, 0);
  const iv: DueInterview = dueInterview();
  const notes: Reminder[] = [];
  let tick: (() => void) | undefined;
  let stopped = false;
  const reminders = createFollowupReminders({
    now: () => now,
    loadDue: (): DueList => buildDueList([iv], '1-2-days', toLocalStamp(now)),
    notify: (r) => notes.push(r),
    every: (_ms, run) => {
      tick = run;
      return () => {
        stopped = true;
      };
    },
  });
  return {
    reminders,
    notes,
    iv,
    set: (d: Date) => (now = d),
    tick: () => tick?.(),
    stopped: () => stopped,
  };
}

describe('createFollowupReminders', () => {
  it('notifies when a follow-up becomes due while the app runs, once', async () => {
    const h = harness();
    expect(await h.reminders.check()).toEqual([]); // the first check only records
    h.set(new Date(2026, 2, 3, 23, 59));
    expect(await h.reminders.check()).toEqual([]);
    h.set(new Date(2026, 2, 4, 0, 0));
    const sent = await h.reminders.check();
    expect(sent.map((r) => r.title)).toEqual(['Thank-you to Acme']);
    expect(h.notes).toEqual(sent);
    h.set(new Date(2026, 2, 4, 9, 0));
    expect(await h.reminders.check()).toEqual([]);
    expect(h.notes).toHaveLength(1);
  });

  it('does not burst at start with what was missed while the app was closed (the due list shows it as overdue)', async () => {
    const h = harness();
    h.set(new Date(2026, 2, 8, 9, 0));
    expect(await h.reminders.check()).toEqual([]);
    expect(await h.reminders.check()).toEqual([]);
    expect(h.notes).toEqual([]);
  });

  it("start checks at once and on every tick of its timer, and returns the timer's stop", async () => {
    const h = harness();
    const stop = h.reminders.start();
    await flush(); // the first check (at start) records what is already due
    h.set(new Date(2026, 2, 4, 8, 0));
    h.tick();
    await flush();
    expect(h.notes).toHaveLength(1);
    h.iv.plan = { ...h.iv.plan, decisionOn: '2026-03-10' };
    h.set(new Date(2026, 2, 12, 8, 0));
    h.tick();
    await flush();
    expect(h.notes.map((n) => n.title)).toEqual(['Thank-you to Acme', 'Check in with Acme']);
    stop();
    expect(h.stopped()).toBe(true);
  });

  it('runs one check at a time: a tick during a slow check shares its result', async () => {
    const h = harness();
    await h.reminders.check();
    h.set(new Date(2026, 2, 4, 8, 0));
    const [a, b] = await Promise.all([h.reminders.check(), h.reminders.check()]);
    expect(a).toBe(b);
    expect(h.notes).toHaveLength(1);
  });

  it('logs a failed check instead of throwing out of the timer', async () => {
    const errors: unknown[] = [];
    const reminders = createFollowupReminders({
      now: () => new Date(),
      loadDue: () => Promise.reject(new Error('database closed')),
      notify: () => {},
      every: () => () => {},
      log: (_msg, err) => errors.push(err),
    });
    reminders.start();
    await flush();
    expect(errors).toEqual([new Error('database closed')]);
  });
});
