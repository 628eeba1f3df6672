import { LONG_PAUSE_SECONDS, MIN_SECONDS_FOR_PACE, USUAL_PACE, type TimeSpan } from '../../../shared/speech-schemas';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Speech segments sorted and with overlaps merged, so sums and gaps are honest whatever order the VAD gave. */
export function normaliseSegments(segments: readonly TimeSpan[]): TimeSpan[] {
  const sorted = segments.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: TimeSpan[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** Speaking time: the sum of the VAD's speech segments, not the clock. */
export function speakingSeconds(segments: readonly TimeSpan[]): number {
  return round2(normaliseSegments(segments).reduce((sum, s) => sum + (s.end - s.start), 0));
}

/** The silences between consecutive speech segments (not between words, whose timestamps absorb silence). */
export function pausesBetween(segments: readonly TimeSpan[]): TimeSpan[] {
  const list = normaliseSegments(segments);
  const pauses: TimeSpan[] = [];
  for (let i = 1; i < list.length; i++) pauses.push({ start: list[i - 1].end, end: list[i].start });
  return pauses;
}

/** Pauses longer than 2.5 s. */
export function longPauses(segments: readonly TimeSpan[], over = LONG_PAUSE_SECONDS): TimeSpan[] {
  return pausesBetween(segments).filter((p) => p.end - p.start > over);
}

/** Words per minute over speaking time, whole; null when there is too little speech or no words to say anything. */
export function wordsPerMinute(wordCount: number, speaking: number): number | null {
  if (wordCount <= 0 || speaking < MIN_SECONDS_FOR_PACE) return null;
  return Math.round((wordCount / speaking) * 60);
}

/** Where a pace sits against the usual 130-170 band. */
export function paceBand(wpm: number | null): 'slower' | 'usual' | 'faster' | null {
  if (wpm === null) return null;
  if (wpm < USUAL_PACE.low) return 'slower';
  if (wpm > USUAL_PACE.high) return 'faster';
  return 'usual';
}
