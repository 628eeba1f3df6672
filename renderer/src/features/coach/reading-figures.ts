import type { CoachReading } from '@shared/coach-schemas';

const yesNo = (v: boolean) => (v ? 'yes' : 'no');

/** How long an answer takes, in the words a person uses: "about 45 seconds", "about 1 minute 30 seconds". */
export function lengthWords(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `about ${s} second${s === 1 ? '' : 's'}`;
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  const m = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return rest ? `about ${m} ${rest} second${rest === 1 ? '' : 's'}` : `about ${m}`;
}

/** The verdict on length, against the usual one to two minutes. */
export const LENGTH_VERDICTS: Record<CoachReading['length']['verdict'], string> = {
  short: 'shorter than the usual one to two minutes',
  good: 'within the usual one to two minutes',
  long: 'longer than the usual one to two minutes',
};

/**
 * What changed between an earlier answer's reading and this one, as one line: "Result with a number: no → yes;
 * 'we' 9 → 2". Only figures that moved are named; null when none did or either answer could not be read.
 */
export function trendLine(before: CoachReading, after: CoachReading): string | null {
  if (before.skipped || after.skipped) return null;
  const parts: string[] = [];
  if (before.resultHasNumber !== after.resultHasNumber)
    parts.push(`Result with a number: ${yesNo(before.resultHasNumber)} → ${yesNo(after.resultHasNumber)}`);
  if (before.pronouns.singular !== after.pronouns.singular)
    parts.push(`'I' ${before.pronouns.singular} → ${after.pronouns.singular}`);
  if (before.pronouns.plural !== after.pronouns.plural) parts.push(`'we' ${before.pronouns.plural} → ${after.pronouns.plural}`);
  if (before.hedges.length !== after.hedges.length) parts.push(`hedges ${before.hedges.length} → ${after.hedges.length}`);
  const missing = (r: CoachReading) => Object.values(r.parts).filter((spans) => spans.length === 0).length;
  if (missing(before) !== missing(after)) parts.push(`parts found ${4 - missing(before)} → ${4 - missing(after)}`);
  return parts.length ? parts.join('; ') : null;
}
