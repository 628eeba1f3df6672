import type { SpeechJob } from '@shared/speech-schemas';
import type { TranscriptionPhase } from './use-transcription';

/** The status line under a transcription's progress bar, in the person's words. */
export function transcriptionStatus(phase: TranscriptionPhase, stage: SpeechJob['stage'], percent: number): string {
  switch (phase) {
    case 'idle':
      return '';
    case 'decoding':
      return 'Preparing the recording…';
    case 'sending':
      return `Preparing the recording… ${percent}%`;
    case 'queued':
      return 'Waiting for the speech engine…';
    case 'running':
      return stage === 'transcribe' ? `Turning your words into text… ${percent}%` : 'Finding where you spoke…';
    case 'done':
      return 'Transcribed on this computer.';
    case 'failed':
      return 'Transcription failed. Your answer and the recording are kept; try again.';
    case 'cancelled':
      return 'Transcription cancelled. Your answer and the recording are kept.';
  }
}
