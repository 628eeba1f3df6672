// Follow-up dates are wall-clock dates as the person lives them ("the day after the interview"), so they are
// compared as local YYYY-MM-DDTHH:MM strings: no time-zone or daylight-saving arithmetic can shift a day.

import { MONTHS } from '../../shared/months';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as a local wall-clock stamp, YYYY-MM-DDTHH:MM (seconds dropped). */
export function toLocalStamp(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The calendar day of a local date or stamp. */
export function dayOf(when: string): string {
  return when.slice(0, 10);
}

/** The time of a local stamp, or null for a date alone. */
export function timeOf(when: string): string | null {
  return when.length > 10 ? when.slice(11, 16) : null;
}

/** Moves a calendar day by whole days (negative goes back). */
export function addDays(day: string, days: number): string {
  const d = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 0 for Sunday to 6 for Saturday. */
function weekdayOf(day: string): number {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))).getUTCDay();
}

/** The same day, or the Monday after when it falls on a weekend: nobody should be nudged to email on a Sunday. */
export function nextWeekday(day: string): string {
  const wd = weekdayOf(day);
  return wd === 6 ? addDays(day, 2) : wd === 0 ? addDays(day, 1) : day;
}

/** A day as a message says it: "Tuesday 3 March" (English, like the templates). */
export function formatDay(day: string): string {
  return `${DAYS[weekdayOf(day)]} ${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
}

/**
 * Whether `a` is earlier than `b`, where either may be a date alone: a date alone compares by day, so a
 * date-only interview is never "after" something sent later that same day.
 */
export function isBefore(a: string, b: string): boolean {
  if (a.length === 10 || b.length === 10) return dayOf(a) < dayOf(b);
  return a < b;
}
