// Local calendar days ("2026-05-02", or a date-time whose first ten characters are one) in the person's words.

function parts(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  // Read as a UTC midnight and format in UTC, so the day never shifts with the time zone.
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** "2 May 2026"; the input unchanged when it is not a date. */
export function formatDay(value: string, locale?: string): string {
  const date = parts(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "2 May", for chart axes where the year would crowd the labels. */
export function formatShortDay(value: string, locale?: string): string {
  const date = parts(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** "Sat 2", for the two-week forecast where the weekday matters more than the month. */
export function formatWeekday(value: string, locale?: string): string {
  const date = parts(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}
