import type { Grade, GradePreview } from '@shared/practice-schemas';

// When a question comes back, in words people use: "in 1 minute", "later today", "tomorrow", "in 4 days". The grade
// buttons, the "Next:" line and the summary all say it with these words, so what a button promises reads the same
// as what was saved.

function dayNumber(d: Date): number {
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
}

/** The next-due moment relative to now: minutes within the hour, then calendar days of the person's own time zone. */
export function dueInWords(iso: string, now: Date = new Date()): string {
  const due = new Date(iso);
  if (Number.isNaN(due.getTime())) return 'at an unknown time';
  const ms = due.getTime() - now.getTime();
  if (ms <= 0) return 'now';
  const days = dayNumber(due) - dayNumber(now);
  if (days <= 0) {
    // Rounded up: "in 1 minute" until the moment it is due, never "in 0 minutes".
    const minutes = Math.ceil(ms / 60_000);
    if (minutes < 60) return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
    return 'later today';
  }
  if (days === 1) return 'tomorrow';
  if (days < 14) return `in ${days} days`;
  if (days < 60) return `in ${Math.round(days / 7)} weeks`;
  const months = Math.round(days / 30);
  return months < 24 ? `in ${months} months` : `in ${Math.round(days / 365)} years`;
}

/** "Next: tomorrow"; a question not graded yet has no next date. */
export function nextDueText(iso: string | null, now: Date = new Date()): string {
  return iso ? `Next: ${dueInWords(iso, now)}` : 'Not scheduled yet';
}

const PASSING: readonly Grade[] = ['hard', 'good', 'easy'];
const clock = (d: Date) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * What each grade button says. Two grades whose words would read the same ("tomorrow") but come back at different
 * moments get the time too ("tomorrow at 10:02"), so the buttons never claim a difference or a sameness that is not there.
 */
export function previewWords(preview: GradePreview, now: Date = new Date()): Record<Grade, string> {
  const words = Object.fromEntries(Object.entries(preview).map(([g, iso]) => [g, dueInWords(iso, now)])) as Record<Grade, string>;
  const out = { ...words };
  for (const g of Object.keys(preview) as Grade[]) {
    const clash = (Object.keys(preview) as Grade[]).some((o) => o !== g && words[o] === words[g] && preview[o] !== preview[g]);
    if (clash && !/minute/.test(words[g])) out[g] = `${words[g]} at ${clock(new Date(preview[g]))}`;
  }
  return out;
}

/**
 * When Hard, Good and Easy bring a question back at the same moment (after an Again, the schedule restarts at its
 * shortest interval, one day), says so and why, rather than let three buttons look like a choice of dates.
 */
export function sameTimeNote(preview: GradePreview, now: Date = new Date()): string {
  const [first, ...rest] = PASSING.map((g) => preview[g]);
  if (rest.some((iso) => iso !== first)) return '';
  return `Hard, Good and Easy all bring it back ${dueInWords(first, now)}, at the same time: after Again, a question starts over at the shortest interval. Your grade still sets how fast the gaps grow after that.`;
}
