// The bar's text alternative, and the one sentence that says why a transcript has no words.
import type { Transcript } from '@shared/speech-schemas';
import { clockAt, tenthsOfSecond, wholeSeconds } from './clock-at';

/** True when the transcript has words to show under the audio. */
export function hasWords(transcript: Pick<Transcript, 'words'>): boolean {
  return transcript.words.length > 0;
}

/**
 * Why there are no words, in one sentence; null when there are words. modelInstalled: a speech model is installed
 * now, so a voice-activity-only transcript can be transcribed again (the screen offers it) rather than needing one.
 */
export function noWordsReason(
  transcript: Pick<Transcript, 'words' | 'modelId' | 'figures'>,
  modelInstalled = false,
): string | null {
  if (hasWords(transcript)) return null;
  // Nothing to hear: a model would find no words either, so the microphone is the thing to check, not a model.
  if (transcript.figures.speakingSeconds === 0)
    return 'No speech was heard in this recording. If you did speak, check which microphone your system uses.';
  if (transcript.modelId === null)
    return modelInstalled
      ? 'Only speaking time and pauses were measured: no speech model was installed then. Transcribe it with the speech model to see the words.'
      : 'Install a speech model in Settings → Speech to see the words.';
  return 'No words were recognised in this recording.';
}

/**
 * What the bar shows, in words: how long the speaking was, each long pause and each filler with its moment. Fillers
 * are left out when there are no words, since none could have been heard.
 */
export function timelineSentences(transcript: Pick<Transcript, 'words' | 'figures'>, duration: number): string[] {
  const { figures } = transcript;
  const sentences = [`Speaking for ${wholeSeconds(figures.speakingSeconds)} of ${wholeSeconds(duration)}.`];
  const pauses = figures.longPauses;
  sentences.push(
    pauses.length === 0
      ? 'No long pauses.'
      : `${pauses.length} long ${pauses.length === 1 ? 'pause' : 'pauses'}: ` +
          pauses.map((p) => `at ${clockAt(p.start)} (${tenthsOfSecond(p.end - p.start)})`).join(', ') +
          '.',
  );
  if (hasWords(transcript)) {
    const fillers = figures.fillerPositions;
    sentences.push(
      fillers.length === 0
        ? 'No fillers heard.'
        : `${fillers.length} ${fillers.length === 1 ? 'filler' : 'fillers'}: ` +
            fillers.map((f) => `“${f.word}” at ${clockAt(f.start)}`).join(', ') +
            '.',
    );
  }
  return sentences;
}
