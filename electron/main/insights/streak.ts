import type { Streak } from '../../shared/insights-schemas';
import { addDays } from '../../shared/local-days';

/** Days the streak's calendar strip shows, today included. */
export const RECENT_DAYS = 28;

/**
 * Practice days in a row from answers per local day. Today still counts as open: a run that reached yesterday
 * is current until today ends, so the number never drops to zero in the morning before the person has practised.
 * Days after today (a clock set back) are ignored.
 */
export function computeStreak(answersPerDay: ReadonlyMap<string, number>, today: string): Streak {
  const days = [...answersPerDay.keys()].filter((d) => d <= today && (answersPerDay.get(d) ?? 0) > 0).sort();
  const practised = new Set(days);
  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of days) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  let current = 0;
  let cursor = practised.has(today) ? today : addDays(today, -1);
  while (practised.has(cursor)) {
    current++;
    cursor = addDays(cursor, -1);
  }
  return {
    current,
    longest,
    practisedToday: practised.has(today),
    lastPractisedOn: days.at(-1) ?? null,
    today,
    recent: Array.from({ length: RECENT_DAYS }, (_, k) => {
      const day = addDays(today, k - RECENT_DAYS + 1);
      return { day, answers: practised.has(day) ? answersPerDay.get(day)! : 0 };
    }),
  };
}
