// Speech, long pauses and fillers as positions on the player's bar, in percent of the recording.
import type { TimeSpan, Transcript } from '@shared/speech-schemas';

/** A stretch on the bar: where it starts and how wide it is, both in percent; `start`/`end` in seconds. */
export interface SpanMark {
  left: number;
  width: number;
  start: number;
  end: number;
}

/** A filler: where on the bar, the word, and its moment in seconds. */
export interface FillerMark {
  left: number;
  word: string;
  start: number;
}

/** Everything the bar draws. */
export interface TimelineMarks {
  speech: SpanMark[];
  longPauses: SpanMark[];
  fillers: FillerMark[];
}

/** Where `time` sits on a recording of `duration` seconds, in percent, kept on the bar; 0 when the length is unknown. */
export function percentAt(time: number, duration: number): number {
  if (!(duration > 0) || !Number.isFinite(time)) return 0;
  return Math.min(100, Math.max(0, (time / duration) * 100));
}

/** The moment, in seconds, of a point `fraction` (0-1) of the way along the bar. */
export function timeAtFraction(fraction: number, duration: number): number {
  if (!(duration > 0) || !Number.isFinite(fraction)) return 0;
  return Math.min(1, Math.max(0, fraction)) * duration;
}

function spanMark(span: TimeSpan, duration: number): SpanMark {
  const left = percentAt(span.start, duration);
  return { left, width: Math.max(0, percentAt(span.end, duration) - left), start: span.start, end: span.end };
}

/**
 * The bar's marks for a transcript. With no known length nothing can be placed, so nothing is (the text beside
 * the bar still says what was found).
 */
export function timelineMarks(transcript: Pick<Transcript, 'speech' | 'figures'>, duration: number): TimelineMarks {
  if (!(duration > 0)) return { speech: [], longPauses: [], fillers: [] };
  return {
    speech: transcript.speech.map((s) => spanMark(s, duration)),
    longPauses: transcript.figures.longPauses.map((p) => spanMark(p, duration)),
    fillers: transcript.figures.fillerPositions.map((f) => ({
      left: percentAt(f.start, duration),
      word: f.word,
      start: f.start,
    })),
  };
}
