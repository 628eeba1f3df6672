import type { SpeechJob } from '@shared/speech-schemas';
import type { TranscriptionPhase } from './use-transcription';

/** Seconds as a person reads a wait: "8 s", "1 min 05 s". */
export function elapsedWords(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** Whether the bar can show a value: a percentage the engine (or the upload) actually reported for this step. */
export function progressMeasured(phase: TranscriptionPhase | 'waiting', stage: SpeechJob['stage'], percent: number): boolean {
  return phase === 'sending' || (phase === 'running' && stage === 'transcribe' && percent > 0 && percent < 100);
}

/**
 * The status line under a transcription's progress bar, in the person's words. While the engine runs the time spent
 * is said and moves every second, with the percentage only where the engine reported one: never a figure that stands still.
 */
export function transcriptionStatus(
  phase: TranscriptionPhase,
  stage: SpeechJob['stage'],
  percent: number,
  elapsedSeconds = 0,
): string {
  switch (phase) {
    case 'idle':
      return '';
    case 'decoding':
      return 'Preparing the recording…';
    case 'sending':
      return `Preparing the recording… ${percent}%`;
    case 'queued':
      return 'Waiting for the speech engine…';
    case 'running': {
      const spent = elapsedWords(elapsedSeconds);
      if (stage !== 'transcribe') return `Finding where you spoke… ${spent}`;
      return progressMeasured(phase, stage, percent)
        ? `Turning your words into text… ${percent}% · ${spent}`
        : `Turning your words into text… ${spent}`;
    }
    case 'done':
      return 'Transcribed on this computer.';
    case 'failed':
      return 'Transcription failed. Your answer and the recording are kept; try again.';
    case 'cancelled':
      return 'Transcription cancelled. Your answer and the recording are kept.';
  }
}
