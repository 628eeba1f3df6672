import type { DueState, SendWindow, SendWindowInfo } from '../../shared/followups-schemas';
import { addDays, dayOf, timeOf } from '../../shared/local-days';

/** The last calendar day a window [opensAt, closesAt) touches. */
export function lastDayBefore(closesAt: string): string {
  return timeOf(closesAt) === '00:00' ? addDays(dayOf(closesAt), -1) : dayOf(closesAt);
}

/**
 * When a thank-you is due, as a local window [opensAt, closesAt):
 * - same-day: from the interview's time (or the start of its day when no time was noted) to the end of that day;
 * - within-24h: from the interview's time to the same time the next day; with no time noted, the most
 *   generous reading: the whole of that day and the next;
 * - 1-2-days (the default, the seed's advice): the two calendar days after the interview, whatever its time,
 *   so there is a night's sleep and an objective look back before writing.
 */
export function sendWindow(heldAt: string, setting: SendWindow): SendWindowInfo {
  const day = dayOf(heldAt);
  const time = timeOf(heldAt);
  const start = `${day}T${time ?? '00:00'}`;
  let opensAt: string;
  let closesAt: string;
  switch (setting) {
    case 'same-day':
      opensAt = start;
      closesAt = `${addDays(day, 1)}T00:00`;
      break;
    case 'within-24h':
      opensAt = start;
      closesAt = time ? `${addDays(day, 1)}T${time}` : `${addDays(day, 2)}T00:00`;
      break;
    case '1-2-days':
      opensAt = `${addDays(day, 1)}T00:00`;
      closesAt = `${addDays(day, 3)}T00:00`;
      break;
  }
  return { setting, opensAt, closesAt, firstDay: dayOf(opensAt), lastDay: lastDayBefore(closesAt) };
}

/** Where a window stands at `now` (all local stamps); a null end means "no deadline", a null start "due from now". */
export function windowState(opensAt: string | null, closesAt: string | null, now: string): Exclude<DueState, 'sent'> {
  if (opensAt !== null && now < opensAt) return 'upcoming';
  if (closesAt !== null && now >= closesAt) return 'overdue';
  return 'due-now';
}
