// Dates on the follow-up screens: the local stamps the main process sends (YYYY-MM-DD or YYYY-MM-DDTHH:MM), in words.
import type { DueItem } from '@shared/followups-schemas';
import { formatDay as formatAnyDay } from '@renderer/shared/format/format-day';

/** "Wed, 4 Mar" (the year only when it is not this year); the stamp itself when unreadable. */
export function formatDay(stamp: string, now: Date = new Date(), locale?: string): string {
  return formatAnyDay(stamp, { weekday: true, year: 'not-this-year', now, locale });
}

/** When an item of the due list wants doing, in one short line. */
export function dueWhen(item: DueItem, now: Date = new Date(), locale?: string): string {
  const day = (stamp: string) => formatDay(stamp, now, locale);
  switch (item.state) {
    case 'sent':
      return item.sentOn ? `Sent ${day(item.sentOn)}` : 'Sent';
    case 'overdue':
      return item.lastDay ? `The suggested window ended ${day(item.lastDay)}; it can still go out` : 'Past its suggested moment';
    case 'due-now':
      return item.lastDay ? `Send by ${day(item.lastDay)}` : 'Ready when you are';
    case 'upcoming':
      // A proposal is known by the day it promises (the message says "by" that day); its reminder starts earlier.
      if (item.kind === 'chance-to-impress' && item.lastDay)
        return item.opensAt ? `Due ${day(item.lastDay)}; reminder from ${day(item.opensAt)}` : `Due ${day(item.lastDay)}`;
      if (item.kind === 'second-chance' && item.opensAt) return `After the thank-you, from ${day(item.opensAt)}`;
      return item.opensAt ? `From ${day(item.opensAt)}` : 'Later';
  }
}
