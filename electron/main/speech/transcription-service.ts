import crypto from 'node:crypto';
import os from 'node:os';
import { AppError, type AppErrorData } from '../../shared/errors';
import type { SpeechJob, Transcript } from '../../shared/speech-schemas';
import { initialPrompt } from './analysis/filler-prompt';
import { speechFigures } from './analysis/speech-figures';
import { tokensToWords, wordsToText } from './analysis/tokens-to-words';
import type { SpeechAudioService } from './audio/speech-audio-service';
import { EngineCancelled, transcriptionFailed, type EngineHost } from './engine/engine-host';
import type { EngineResult } from './engine/engine-messages';
import type { ModelStore } from './models/model-store';
import type { RecognisedTranscript, SpeechRepo } from './speech-repo';

/** How many finished jobs are remembered for polling; older ones are forgotten (their transcripts are saved). */
const KEEP_FINISHED = 50;

/** whisper.cpp's threads: all cores but one when there are several, so the window stays responsive. */
export function engineThreads(cores = os.availableParallelism()): number {
  return Math.max(1, Math.min(8, cores > 2 ? cores - 1 : cores));
}

/** Turns the engine's raw output into the saved transcript: words from tokens, figures from words and the VAD. */
export function buildTranscript(
  result: EngineResult,
  meta: { audioId: number; recordingId: number | null; modelId: string | null; durationSeconds: number; createdAt: string },
): RecognisedTranscript {
  const words = tokensToWords(result.tokens);
  return {
    audioId: meta.audioId,
    recordingId: meta.recordingId,
    modelId: meta.modelId,
    language: result.language,
    text: wordsToText(words),
    words,
    speech: result.speech,
    figures: speechFigures({
      words,
      speech: result.speech,
      durationSeconds: meta.durationSeconds,
      modelRan: meta.modelId !== null,
    }),
    createdAt: meta.createdAt,
  };
}

/** Transcription jobs the renderer polls: queued -> running (VAD, then words) -> done, failed or cancelled. */
export function createTranscriptionService(deps: {
  audio: SpeechAudioService;
  models: ModelStore;
  repo: SpeechRepo;
  engine: EngineHost;
  vadModelPath: string;
  activeModelId: () => string | null;
  now: () => Date;
}) {
  const jobs = new Map<string, SpeechJob>();

  function forgetOld(): void {
    const finished = [...jobs.values()].filter((j) => j.state !== 'queued' && j.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(j.jobId);
  }

  function job(jobId: string): SpeechJob {
    const found = jobs.get(jobId);
    if (!found) throw new AppError('NOT_FOUND', 'That transcription is not known (it finished long ago, or the app restarted).');
    return found;
  }

  return {
    /** Starts a job for finished audio; without a model (none installed, or asked), only the VAD runs. */
    transcribe(audioId: number, requestedModel: string | null | undefined, language: string | undefined): SpeechJob {
      const { file, audio } = deps.audio.readyFile(audioId);
      const modelId = requestedModel === undefined ? deps.activeModelId() : requestedModel;
      let modelPath: string | null = null;
      let lang = language ?? 'en';
      if (modelId !== null) {
        const entry = deps.models.entry(modelId);
        if (!deps.models.isInstalled(modelId))
          throw new AppError('NOT_FOUND', `${entry.name} is not installed; download it in Settings -> Speech.`, [
            { path: 'modelId', message: 'Not installed.' },
          ]);
        modelPath = deps.models.pathOf(modelId);
        if (entry.language === 'en') lang = 'en';
        else lang = language ?? 'auto';
      }
      const jobId = crypto.randomUUID();
      const state: SpeechJob = {
        jobId,
        audioId,
        modelId,
        state: 'queued',
        stage: null,
        percent: 0,
        error: null,
        transcript: null,
      };
      jobs.set(jobId, state);
      forgetOld();
      const fail = (error: AppErrorData) => Object.assign(state, { state: 'failed', stage: null, error });
      deps.engine
        .run(
          {
            jobId,
            audioPath: file,
            vadModelPath: deps.vadModelPath,
            modelPath,
            language: lang,
            prompt: initialPrompt(lang),
            threads: engineThreads(),
          },
          (stage, percent) => {
            if (state.state === 'cancelled') return;
            // Each stage's own percent, as the engine reports it: 0 until the engine says more, so the screen shows
            // activity and the time spent rather than a figure that stands still (recognition reports unevenly).
            const rounded = Math.round(percent);
            state.percent = state.stage === stage ? Math.max(state.percent, rounded) : rounded;
            state.state = 'running';
            state.stage = stage;
          },
        )
        .then((result) => {
          if (state.state === 'cancelled') return;
          const record = buildTranscript(result, {
            audioId,
            recordingId: audio.recordingId,
            modelId,
            durationSeconds: audio.seconds,
            createdAt: deps.now().toISOString(),
          });
          let saved: Transcript | null;
          try {
            deps.repo.saveTranscript(record);
            saved = deps.repo.transcript(audioId);
          } catch (err) {
            console.error('Saving a transcript failed:', err);
            return fail({ code: 'STORAGE', message: 'The transcript could not be saved. Try again.' });
          }
          Object.assign(state, { state: 'done', stage: null, percent: 100, transcript: saved });
        })
        .catch((err: unknown) => {
          if (err instanceof EngineCancelled || state.state === 'cancelled') return;
          fail(err instanceof AppError ? err.toData() : transcriptionFailed().toData());
        });
      return { ...state };
    },

    job: (jobId: string): SpeechJob => ({ ...job(jobId) }),

    /** Cancels at once: the job says cancelled, and the engine stops (or its process is ended). */
    cancel(jobId: string): SpeechJob {
      const found = job(jobId);
      if (found.state === 'queued' || found.state === 'running') {
        Object.assign(found, { state: 'cancelled', stage: null });
        deps.engine.cancel(jobId);
      }
      return { ...found };
    },

    /** Stops any job still reading this audio, so it neither saves a transcript of deleted audio nor fails loudly. */
    stopJobsOf(audioId: number): void {
      for (const j of jobs.values()) {
        if (j.audioId !== audioId || (j.state !== 'queued' && j.state !== 'running')) continue;
        Object.assign(j, { state: 'cancelled', stage: null });
        deps.engine.cancel(j.jobId);
      }
    },

    transcript: (audioId: number) => {
      deps.audio.get(audioId);
      return deps.repo.transcript(audioId);
    },
  };
}

export type TranscriptionService = ReturnType<typeof createTranscriptionService>;
