import { DATE_LOCALE, formatClock, formatLocalDay } from './format-day';

/** Calendar-day difference, so "yesterday" means the day before in the person's own time zone, not 24 hours ago. */
function daysBetween(a: Date, b: Date): number {
  const dayA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const dayB = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((dayB - dayA) / 86_400_000);
}

/** A moment for people: "Today at 14:05", "Yesterday at 09:12", "3 Nov at 14:05", or "3 Nov 2025 at 14:05". */
export function formatDateTime(iso: string, now: Date = new Date(), locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'Unknown date';
  const time = formatClock(date, locale);
  const days = daysBetween(date, now);
  if (days === 0) return `Today at ${time}`;
  if (days === 1) return `Yesterday at ${time}`;
  return `${formatLocalDay(date, { year: 'not-this-year', now, locale })} at ${time}`;
}

/** The full date and time with seconds, for a title tooltip where the short form hides detail. */
export function formatFullDateTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale ?? DATE_LOCALE, { dateStyle: 'full', timeStyle: 'medium' }).format(date);
}

/** Just the time of day, for things that happened moments ago. */
export function formatTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown time';
  return formatClock(date, locale);
}

/** formatDateTime inside a sentence: "moved to the trash today at 14:05", "… 3 Nov at 14:05". */
export function formatDateTimeInSentence(iso: string, now: Date = new Date(), locale?: string): string {
  return formatDateTime(iso, now, locale).replace(/^[A-Z]/, (c) => c.toLowerCase());
}
