// Speech data shaped like the contract's outputs, and a pretend main process for transcription jobs.
import type { SpeechFigures, SpeechJob, Transcript } from '@shared/speech-schemas';
import { ok, type FakeRoutes } from './fake-client';

/** Figures of a spoken answer with words: 30 s recorded, 24 s of speech, 150 wpm, one long pause, two fillers. */
export function figures(overrides: Partial<SpeechFigures> = {}): SpeechFigures {
  return {
    durationSeconds: 30,
    speakingSeconds: 24,
    wordCount: 60,
    wordsPerMinute: 150,
    pace: 'usual',
    pauses: [
      { start: 4, end: 5 },
      { start: 12.2, end: 15.4 },
    ],
    longPauses: [{ start: 12.2, end: 15.4 }],
    fillers: [{ word: 'um', count: 2 }],
    fillerCount: 2,
    fillerPositions: [
      { word: 'um', start: 1.5, end: 1.8 },
      { word: 'um', start: 20.1, end: 20.4 },
    ],
    noWordsRecognised: false,
    ...overrides,
  };
}

/** Figures of an answer in which nothing was said: no speech, no words, no pace, no pauses, no fillers. */
export function silentFigures(overrides: Partial<SpeechFigures> = {}): SpeechFigures {
  return figures({
    speakingSeconds: 0,
    wordCount: 0,
    wordsPerMinute: null,
    pace: null,
    pauses: [],
    longPauses: [],
    fillers: [],
    fillerCount: 0,
    fillerPositions: [],
    ...overrides,
  });
}

/** A saved transcript of audio 40 (recording 9). */
export function transcript(overrides: Partial<Transcript> = {}): Transcript {
  return {
    audioId: 40,
    recordingId: 9,
    modelId: 'tiny.en',
    language: 'en',
    text: 'Um, I brought data to the conversation.',
    words: [],
    speech: [{ start: 0.5, end: 24.5 }],
    figures: figures(),
    createdAt: '2026-11-26T09:02:00.000Z',
    editedText: null,
    revision: 1,
    ...overrides,
  };
}

/** A job in one of its states. */
export function job(state: SpeechJob['state'], overrides: Partial<SpeechJob> = {}): SpeechJob {
  return {
    jobId: '00000000-0000-4000-8000-000000000001',
    audioId: 40,
    modelId: 'tiny.en',
    state,
    stage: state === 'running' ? 'transcribe' : null,
    percent: state === 'done' ? 100 : 0,
    error: null,
    transcript: null,
    ...overrides,
  };
}

/**
 * The speech routes of a transcription that finishes with `made` after one poll (or stays running until `hold` says
 * otherwise); every saveText is recorded and answered with the next revision.
 */
export function speechRoutes(made: Transcript = transcript(), options: { hold?: () => boolean } = {}) {
  const saves: { audioId: number; text: string; baseRevision: number }[] = [];
  let revision = made.revision;
  const routes: FakeRoutes = {
    'speech:audioStart': () => ok({ audioId: made.audioId }),
    'speech:audioAppend': () => ok({ seconds: 1 }),
    'speech:audioFinish': () =>
      ok({ audioId: made.audioId, recordingId: made.recordingId, seconds: 30, sizeBytes: 960_000, complete: true }),
    'speech:transcribe': () => ok(job('queued')),
    'speech:job': () => ok(options.hold?.() ? job('running', { percent: 40 }) : job('done', { transcript: made })),
    'speech:cancel': () => ok(job('cancelled')),
    'speech:trend': () => ok({ attempts: [], tries: 1, pace: null, fillers: null, longPauses: null }),
    'speech:saveText': (input) => {
      saves.push(input!);
      revision += 1;
      return ok({ ...made, editedText: input!.text, revision });
    },
  };
  return { routes, saves };
}

/** An OfflineAudioContext stand-in (happy-dom has no Web Audio): decodes anything to one second of silence. */
export class FakeOfflineAudioContext {
  decodeAudioData(): Promise<AudioBuffer> {
    const samples = new Float32Array(16_000);
    return Promise.resolve({
      duration: 1,
      length: samples.length,
      numberOfChannels: 1,
      sampleRate: 16_000,
      getChannelData: () => samples,
    } as unknown as AudioBuffer);
  }
}
