// Charts and streaks count the person's own calendar days. Stored instants are UTC, so each is turned into a local
// day here, in one place; day strings (YYYY-MM-DD) then compare and step without any time-zone arithmetic.

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
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
