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
