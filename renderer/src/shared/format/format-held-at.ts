import { formatClock, formatLocalDay } from './format-day';

const HELD_AT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** The date and optional time a person entered, as a local Date (no time zone shift); null when unreadable. */
export function parseHeldAt(value: string): { date: Date; hasTime: boolean } | null {
  const m = HELD_AT.exec(value);
  if (!m) return null;
  const hasTime = m[4] !== undefined;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hasTime ? Number(m[4]) : 0, hasTime ? Number(m[5]) : 0);
  return Number.isNaN(date.getTime()) ? null : { date, hasTime };
}

/** When an interview was held, for people: "Tue, 3 Mar 2026" or "Tue, 3 Mar 2026, 14:30" (the one date format). */
export function formatHeldAt(value: string, locale?: string): string {
  const parsed = parseHeldAt(value);
  if (!parsed) return value || 'No date';
  const day = formatLocalDay(parsed.date, { weekday: true, locale });
  return parsed.hasTime ? `${day}, ${formatClock(parsed.date, locale)}` : day;
}

/** A compact date for list rows: "3 Mar" this year, "3 Mar 2025" otherwise. */
export function formatRowDay(value: string, now: Date = new Date(), locale?: string): string {
  const parsed = parseHeldAt(value);
  if (!parsed) return value || 'No date';
  return formatLocalDay(parsed.date, { year: 'not-this-year', now, locale });
}

/** Today as YYYY-MM-DD in the person's own time zone, the default date of a new interview. */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day before `now` as YYYY-MM-DD (local): a new interview's date, as people write it down the day after. */
export function yesterdayLocal(now: Date = new Date()): string {
  return todayLocal(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
}

/** Splits heldAt into the values of a date input and a time input. */
export function splitHeldAt(value: string): { date: string; time: string } {
  const [date = '', time = ''] = value.split('T');
  return { date, time };
}

/** Joins a date input and an optional time input back into heldAt. */
export function joinHeldAt(date: string, time: string): string {
  return time ? `${date}T${time}` : date;
}
