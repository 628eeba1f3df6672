import { LONG_PAUSE_SECONDS, MIN_SECONDS_FOR_PACE, USUAL_PACE } from '@shared/speech-schemas';
import type { SpeechFigures, SpeechTrend, TimeSpan } from '@shared/speech-schemas';

// The words for the figures from a voice: observable facts (how long, how fast, where the pauses fell), no score.

/** A length in seconds as short words: "8 s", "1 min 12 s", "3 min". */
export function secondsLabel(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const rest = s % 60;
  return rest ? `${Math.floor(s / 60)} min ${rest} s` : `${s / 60} min`;
}

/** Where in the recording something happened, as a clock: "0:07", "1:32". */
export function atLabel(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const PACE_WORDS = { slower: 'slower than usual', usual: 'within the usual range', faster: 'faster than usual' } as const;

/** "150 words a minute, within the usual range (130–170)", or why there is no pace. */
export function paceLabel(figures: SpeechFigures): string {
  if (figures.wordsPerMinute === null) {
    if (figures.wordCount === 0) return '';
    return `Under ${MIN_SECONDS_FOR_PACE} seconds of speech: too little to tell a pace from.`;
  }
  const band = `${USUAL_PACE.low}–${USUAL_PACE.high}`;
  const where = figures.pace ? PACE_WORDS[figures.pace] : '';
  return `${Math.round(figures.wordsPerMinute)} words a minute${where ? `, ${where}` : ''} (usual ${band}).`;
}

/** Where the pace marker sits on a 0-100 scale from 60 to 240 words a minute, and where the usual band is. */
export const PACE_SCALE = { min: 60, max: 240 } as const;
export function paceScale(wpm: number): { marker: number; bandFrom: number; bandTo: number } {
  const at = (v: number) =>
    Math.round(
      ((Math.min(PACE_SCALE.max, Math.max(PACE_SCALE.min, v)) - PACE_SCALE.min) / (PACE_SCALE.max - PACE_SCALE.min)) * 100,
    );
  return { marker: at(wpm), bandFrom: at(USUAL_PACE.low), bandTo: at(USUAL_PACE.high) };
}

/** "2 long pauses (over 2.5 s): at 0:12 for 3 s, at 0:40 for 4 s.", or that there were none. */
export function pausesLabel(longPauses: readonly TimeSpan[]): string {
  if (!longPauses.length) return `No pauses over ${LONG_PAUSE_SECONDS} s.`;
  const where = longPauses.map((p) => `at ${atLabel(p.start)} for ${secondsLabel(p.end - p.start)}`).join(', ');
  const count = longPauses.length === 1 ? '1 long pause' : `${longPauses.length} long pauses`;
  return `${count} (over ${LONG_PAUSE_SECONDS} s): ${where}.`;
}

/** "At least 3 fillers: “um” 2, “like” 1.", or none heard; Whisper leaves some out, so it is never an exact count. */
export function fillersLabel(figures: SpeechFigures): string {
  if (figures.fillerCount === 0) return 'No fillers heard.';
  const which = figures.fillers.map((f) => `“${f.word}” ${f.count}`).join(', ');
  return `At least ${figures.fillerCount} ${figures.fillerCount === 1 ? 'filler' : 'fillers'}: ${which}.`;
}

/** Where each filler fell: "at 0:05, 0:17". */
export function fillerPlaces(figures: SpeechFigures): string {
  if (!figures.fillerPositions.length) return '';
  return `Heard at ${figures.fillerPositions.map((f) => `${atLabel(f.start)} (“${f.word}”)`).join(', ')}.`;
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * One line across the spoken tries at a question: "Pace 190 → 150 wpm over three tries; fillers 6 → 2; long pauses
 * 3 → 1". Only figures that exist, and only with two or more spoken tries; empty otherwise.
 */
export function trendLine(trend: SpeechTrend | null): string {
  if (!trend || trend.tries < 2) return '';
  const tries = `over ${COUNT_WORDS[trend.tries] ?? trend.tries} tries`;
  const parts: string[] = [];
  if (trend.pace) parts.push(`pace ${Math.round(trend.pace.first)} → ${Math.round(trend.pace.last)} wpm`);
  if (trend.fillers) parts.push(`fillers ${trend.fillers.first} → ${trend.fillers.last}`);
  if (trend.longPauses) parts.push(`long pauses ${trend.longPauses.first} → ${trend.longPauses.last}`);
  if (!parts.length) return '';
  parts[0] = `${parts[0]} ${tries}`;
  const line = parts.join('; ');
  return `${line[0].toUpperCase()}${line.slice(1)}.`;
}
