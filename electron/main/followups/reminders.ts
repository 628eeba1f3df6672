import type { DueItem, DueList } from '../../shared/followups-schemas';
import { formatDay, toLocalStamp } from '../../shared/local-days';
import { windowState } from './send-window';

/** One OS notification: what became due, in plain words. */
export interface Reminder {
  key: string;
  title: string;
  body: string;
  interviewId: number;
}

/**
 * Which due-list items should notify now: unsent items with a window that has opened by `now` (a local stamp)
 * and whose reminder key was not notified yet. Items without a start (a drafted request) never notify: the
 * person just wrote them. Items sharing a key (the thank-yous of one interview) notify once.
 */
export function remindersDue(items: DueItem[], notified: ReadonlySet<string>, now: string): DueItem[] {
  const fresh = new Map<string, DueItem>();
  for (const item of items) {
    if (item.state === 'sent' || item.opensAt === null || notified.has(item.reminderKey) || fresh.has(item.reminderKey)) continue;
    if (windowState(item.opensAt, item.closesAt, now) !== 'upcoming') fresh.set(item.reminderKey, item);
  }
  return [...fresh.values()];
}

/** The words of a notification for one item. */
export function reminderFor(item: DueItem): Reminder {
  const by = item.lastDay ? ` by ${formatDay(item.lastDay)}` : '';
  const what: Record<DueItem['kind'], string> = {
    'thank-you': `Your thank-you for the ${item.company} interview is due${by}.`,
    'check-in': `${item.company}'s decision date has passed. A short check-in is due${by}.`,
    'second-chance': `Your second-chance request to ${item.company} is ready to send.`,
    'chance-to-impress': `What you offered ${item.company} is due${by}.`,
  };
  return { key: item.reminderKey, title: item.title, body: what[item.kind], interviewId: item.interviewId };
}

interface ReminderDeps {
  /** The current due list (through the router, so the reminders see exactly what the screen shows). */
  loadDue: () => Promise<DueList> | DueList;
  notify: (reminder: Reminder) => void;
  now: () => Date;
  /** Starts a repeating timer and returns its stop; tests pass their own and tick by hand. */
  every?: (ms: number, run: () => void) => () => void;
  intervalMs?: number;
  log?: (msg: string, err: unknown) => void;
}

const realTimer = (ms: number, run: () => void) => {
  const timer = setInterval(run, ms);
  timer.unref?.(); // a reminder tick must never keep the process alive on quit
  return () => clearInterval(timer);
};

/**
 * Notifies when a follow-up becomes due while the app runs. The first check only records what is already due:
 * those were missed while the app was closed, and the Follow-ups screen shows them (overdue, due now) instead
 * of a burst of notifications at start.
 */
export function createFollowupReminders(deps: ReminderDeps) {
  const notified = new Set<string>();
  let first = true;
  const log = deps.log ?? console.error;

  let running: Promise<Reminder[]> | undefined;

  async function run(): Promise<Reminder[]> {
    const list = await deps.loadDue();
    const due = remindersDue(list.items, notified, toLocalStamp(deps.now()));
    for (const item of due) notified.add(item.reminderKey);
    if (first) {
      first = false;
      return [];
    }
    const sent = due.map(reminderFor);
    for (const r of sent) deps.notify(r);
    return sent;
  }

  /** One check at a time: a slow check and a timer tick must not both notify the same item. */
  function check(): Promise<Reminder[]> {
    running ??= run().finally(() => (running = undefined));
    return running;
  }

  return {
    check,
    /** Checks now and then every minute (by default); returns the stop. */
    start(): () => void {
      const tick = () => void check().catch((err: unknown) => log('Follow-up reminder check failed:', err));
      tick();
      return (deps.every ?? realTimer)(deps.intervalMs ?? 60_000, tick);
    },
  };
}
