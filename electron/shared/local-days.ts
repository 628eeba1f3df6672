// The person's own calendar, in one place. Stored instants are UTC, so each is turned into a local day here; day
// strings (YYYY-MM-DD) and wall-clock stamps (YYYY-MM-DDTHH:MM) then compare and step as plain strings, so no
// time-zone or daylight-saving arithmetic can shift a day. Charts, streaks, plans, exports and follow-ups count here.

import { MONTHS } from './months';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The instant as a local wall-clock stamp, YYYY-MM-DDTHH:MM (seconds dropped). */
export function toLocalStamp(date: Date): string {
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The calendar day of a local date or stamp. */
export function dayOf(when: string): string {
  return when.slice(0, 10);
}

/** The time of a local stamp, or null for a date alone. */
export function timeOf(when: string): string | null {
  return when.length > 10 ? when.slice(11, 16) : null;
}

/** Local midnight at the start of a day; across a daylight-saving change it is still that day's first moment. */
export function startOfDay(day: string): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 0, 0, 0, 0);
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

/** The UTC instants [from, to) that cover local days `from` to `to` inclusive; open ends reach any stored time. */
export function instantBounds(range: { from?: string | null; to?: string | null }): { from: string; to: string } {
  return {
    from: range.from ? startOfDay(range.from).toISOString() : '',
    to: range.to ? startOfDay(addDays(range.to, 1)).toISOString() : '\uffff',
  };
}

/**
 * Bounds for local date strings as the journal stores them (YYYY-MM-DD or YYYY-MM-DDTHH:MM): plain string
 * comparison, since the stored value is already the person's own day.
 */
export function heldBounds(range: { from?: string | null; to?: string | null }): { from: string; to: string } {
  return { from: range.from ?? '', to: range.to ? addDays(range.to, 1) : '\uffff' };
}
