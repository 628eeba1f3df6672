import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../../electron/main/core';
import type { DueList } from '../../../../electron/shared/followups-schemas';

// The one Electron part of reminders: a fake Notification records what would be shown.
const shown: { title: string; body: string; clicks: (() => void)[] }[] = [];
let supported = true;
// What the OS says when it cannot show a notification (an unsigned macOS app, notifications turned off).
let failWith: string | null = null;
vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => supported;
    private entry: { title: string; body: string; clicks: (() => void)[] };
    constructor(options: { title: string; body: string }) {
      this.entry = { ...options, clicks: [] };
    }
    private failed: ((event: unknown, error: string) => void)[] = [];
    on(event: string, fn: (event?: unknown, error?: string) => void) {
      if (event === 'click') this.entry.clicks.push(fn as () => void);
      if (event === 'failed') this.failed.push(fn as (event: unknown, error: string) => void);
      return this;
    }
    show() {
      if (failWith !== null) return this.failed.forEach((fn) => fn({}, failWith!));
      shown.push(this.entry);
    }
  },
}));

const { startFollowupNotifications } = await import('../../../../electron/main/followups/followup-notifier-electron');

function dueList(opensAt: string): DueList {
  return {
    now: '2026-03-04T09:00',
    items: [
      {
        key: 'thank-you:1:new',
        reminderKey: `thank-you:1:${opensAt}`,
        kind: 'thank-you',
        state: 'due-now',
        interviewId: 1,
        company: 'Acme',
        role: '',
        heldAt: '2026-03-03',
        followupId: null,
        status: null,
        recipientName: '',
        title: 'Thank-you to Acme',
        opensAt,
        closesAt: '2099-01-01T00:00',
        lastDay: '2098-12-31',
        sentOn: null,
        checklist: null,
      },
    ],
    counts: { overdue: 0, dueNow: 1, upcoming: 0, sent: 0, badge: 1 },
  };
}

describe('startFollowupNotifications', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    shown.length = 0;
    supported = true;
    failWith = null;
  });
  afterEach(() => vi.useRealTimers());

  it('reads the due list through the router and shows a notification when something new is due', async () => {
    let list = dueList('2000-01-01T00:00');
    const dispatch = vi.fn(async () => ({ ok: true as const, data: list as unknown }));
    const clicked = vi.fn();
    const inApp = vi.fn();
    const stop = startFollowupNotifications({ router: { dispatch } } as unknown as Core, {
      onClick: clicked,
      showInApp: inApp,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(dispatch).toHaveBeenCalledWith('followup:due', {});
    expect(shown).toEqual([]); // already due at start: the screen shows it, no burst of notifications
    list = dueList('2000-01-02T00:00');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(shown.map((n) => [n.title, n.body])).toEqual([
      ['Thank-you to Acme', 'Your thank-you for the Acme interview is due by Wednesday 31 December.'],
    ]);
    shown[0].clicks[0]();
    expect(clicked).toHaveBeenCalledOnce();
    expect(inApp).not.toHaveBeenCalled();
    stop();
    list = dueList('2000-01-03T00:00');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(shown).toHaveLength(1);
  });

  it.each([
    ['the system has no notifications', () => (supported = false), /not supported/],
    ['the OS fails to show one', () => (failWith = 'Code Signature Invalid'), /could not be shown \(Code Signature Invalid\)/],
  ])('shows the reminder in the app, and logs why, where %s', async (_label, breakIt, why) => {
    breakIt();
    const logged = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let list = dueList('2000-01-01T00:00');
    const dispatch = async () => ({ ok: true as const, data: list as unknown });
    const inApp = vi.fn();
    const stop = startFollowupNotifications({ router: { dispatch } } as unknown as Core, {
      onClick: () => {},
      showInApp: inApp,
    });
    await vi.advanceTimersByTimeAsync(0);
    list = dueList('2000-01-02T00:00');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(shown).toEqual([]);
    expect(inApp).toHaveBeenCalledWith(expect.objectContaining({ title: 'Thank-you to Acme' }));
    expect(logged.mock.calls.flat().join(' ')).toMatch(why);
    logged.mockRestore();
    stop();
  });
});
