import type { SpeechFigures, SpeechTrend } from '../../../shared/speech-schemas';

/** One attempt's saved figures, as the trend reads them. */
export interface AttemptFigures {
  attemptId: number;
  createdAt: string;
  figures: SpeechFigures;
}

/** first -> last of a figure across the attempts that have it; null when fewer than two do. */
function change(values: (number | null)[]): { first: number; last: number } | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length >= 2 ? { first: known[0], last: known[known.length - 1] } : null;
}

/** The same figures across attempts at one question, oldest first ("pace 190 -> 150 wpm over three tries"). */
export function speechTrend(list: readonly AttemptFigures[]): SpeechTrend {
  const sorted = [...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.attemptId - b.attemptId);
  const attempts = sorted.map((a) => ({
    attemptId: a.attemptId,
    createdAt: a.createdAt,
    wordsPerMinute: a.figures.wordsPerMinute,
    speakingSeconds: a.figures.speakingSeconds,
    fillerCount: a.figures.fillerCount,
    longPauseCount: a.figures.longPauses.length,
  }));
  return {
    attempts,
    tries: attempts.length,
    pace: change(attempts.map((a) => a.wordsPerMinute)),
    // An attempt without words (no model, or none recognised) has no filler count to compare.
    fillers: change(sorted.map((a) => (a.figures.wordCount > 0 ? a.figures.fillerCount : null))),
    longPauses: change(attempts.map((a) => a.longPauseCount)),
  };
}
