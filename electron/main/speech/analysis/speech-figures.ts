import type { SpeechFigures, TimeSpan, TimedWord } from '../../../shared/speech-schemas';
import { countSpokenFillers, findFillers } from './spoken-fillers';
import { longPauses, paceBand, pausesBetween, speakingSeconds, wordsPerMinute } from './speech-timing';

/** Every figure shown about one spoken answer, from its timed words and the VAD's speech segments. */
export function speechFigures(input: {
  words: readonly TimedWord[];
  speech: readonly TimeSpan[];
  durationSeconds: number;
  /** False when only the voice-activity model ran: no words were ever asked for. */
  modelRan: boolean;
}): SpeechFigures {
  const speaking = speakingSeconds(input.speech);
  const wpm = wordsPerMinute(input.words.length, speaking);
  const fillerPositions = findFillers(input.words);
  return {
    durationSeconds: Math.round(input.durationSeconds * 100) / 100,
    speakingSeconds: speaking,
    wordCount: input.words.length,
    wordsPerMinute: wpm,
    pace: paceBand(wpm),
    pauses: pausesBetween(input.speech),
    longPauses: longPauses(input.speech),
    fillers: countSpokenFillers(fillerPositions),
    fillerCount: fillerPositions.length,
    fillerPositions,
    noWordsRecognised: input.modelRan && speaking > 0 && input.words.length === 0,
  };
}
