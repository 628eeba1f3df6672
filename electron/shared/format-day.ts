// The one date formatter: every date on screen reads "3 Mar 2026" (day, short month, year), with the weekday or the
// time where a screen needs them, and the year left out only where a screen says so. One locale for all of it, so no
// screen says "Mar 3, 2026" while the next says "3 Mar 2026" (the app's words are English; its dates match them).

/** The locale of every date and time the app shows. */
export const DATE_LOCALE = 'en-GB';

/** What a screen may add to or leave out of the date. */
export interface DayOptions {
  /** "Tue, 3 Mar 2026": where the day of the week matters (when to send, when it was held). */
  weekday?: boolean;
  /** 'always' (the default); 'not-this-year' for compact rows ("3 Mar", but "3 Mar 2025"); 'never' for chart axes. */
  year?: 'always' | 'not-this-year' | 'never';
  /** Today, for 'not-this-year'. */
  now?: Date;
  locale?: string;
}

/** A calendar day (YYYY-MM-DD, or a stamp that starts with one) as a UTC midnight, so it never shifts with the zone. */
function dayOf(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A Date's own local calendar day, as the UTC midnight the formatter reads. */
function localDayOf(date: Date): Date {
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
}

function words(day: Date, options: DayOptions): string {
  const year = options.year ?? 'always';
  const showYear =
    year === 'always' || (year === 'not-this-year' && day.getUTCFullYear() !== (options.now ?? new Date()).getFullYear());
  return new Intl.DateTimeFormat(options.locale ?? DATE_LOCALE, {
    weekday: options.weekday ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: showYear ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(day);
}

/** "2 May 2026" for a calendar day or local stamp; the input unchanged when it is not a date. */
export function formatDay(value: string, options: DayOptions = {}): string {
  const day = dayOf(value);
  return day ? words(day, options) : value;
}

/** The same words for an instant, on the person's own calendar day. */
export function formatLocalDay(date: Date, options: DayOptions = {}): string {
  return words(localDayOf(date), options);
}

/** "2 May", for chart axes where the year would crowd the labels. */
export function formatShortDay(value: string, locale?: string): string {
  const day = dayOf(value);
  return day ? words(day, { year: 'never', locale }) : value;
}

/** "Sat 2", for the two-week forecast where the weekday matters more than the month. */
export function formatWeekday(value: string, locale?: string): string {
  const day = dayOf(value);
  if (!day) return value;
  return new Intl.DateTimeFormat(locale ?? DATE_LOCALE, { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(day);
}

/** A time of day, "14:05", in the same locale as the dates. */
export function formatClock(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? DATE_LOCALE, { hour: '2-digit', minute: '2-digit' }).format(date);
}
