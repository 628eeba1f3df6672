// How practice writes time: a countdown clock (mm:ss) and plain words for figures and screen readers.

/** A countdown as mm:ss; seconds round up so the clock shows 00:01 until time is really up, never 00:00 early. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** Time counted up (the timer is off): whole seconds passed, as mm:ss. */
export function elapsedClockText(ms: number): string {
  return clockText(Math.floor(Math.max(0, ms) / 1000) * 1000);
}

/** A duration in short words for figures: "45 s", "1 min 12 s", "3 min". */
export function shortDuration(ms: number): string {
  const total = Math.round(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** A duration in full words for screen readers: "2 minutes", "1 minute 30 seconds", "45 seconds". */
export function spokenDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const m = minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const s = seconds === 1 ? '1 second' : `${seconds} seconds`;
  if (minutes === 0) return s;
  return seconds === 0 ? m : `${m} ${s}`;
}
