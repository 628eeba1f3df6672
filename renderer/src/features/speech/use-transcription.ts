import { computed, getCurrentScope, onScopeDispose, ref, type ComputedRef, type Ref } from 'vue';
import type { ApiClient } from '@renderer/api/client';
import { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { RouteInput } from '@shared/contract';
import type { SpeechJob, Transcript } from '@shared/speech-schemas';
import { decodeToMono16k } from './decode-pcm';
import { SendCancelled, sendPcm } from './send-pcm';

/**
 * Where one transcription stands: the recording being decoded to 16 kHz, sent to the main process, waiting for
 * the engine, running (finding speech, then words), or finished one of three ways.
 */
export type TranscriptionPhase = 'idle' | 'decoding' | 'sending' | 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** What a "What you said" section shows: a transcription's phase, or "waiting" for a recording never transcribed. */
export type SpokenPhase = TranscriptionPhase | 'waiting';

/** Where a spoken answer's transcription stands, as its progress line shows it (props of both spoken-answer parts). */
export interface TranscriptionProgressState {
  /** "waiting": a saved recording that was never transcribed (the session was left before it ran). */
  phase: SpokenPhase;
  percent: number;
  stage: SpeechJob['stage'];
  error: ApiError | null;
}

/** The model and language to ask for; left out, the main process uses the active model (or only voice activity). */
type TranscribeOptions = Omit<RouteInput<'speech:transcribe'>, 'audioId'>;

/** What the screens read and call. */
export interface Transcription {
  phase: Ref<TranscriptionPhase>;
  /** 0-100 within the current phase (sending, or the engine's own progress). */
  percent: Ref<number>;
  /** The engine's stage while running: finding speech (vad), then recognising words. */
  stage: Ref<SpeechJob['stage']>;
  transcript: Ref<Transcript | null>;
  error: Ref<ApiError | null>;
  /** True from the first step until the job ends; screens keep working meanwhile. */
  busy: ComputedRef<boolean>;
  /** Decodes a recording, sends its 16 kHz copy and transcribes it. recordingId null is a dictation. */
  fromBlob(blob: Blob, recordingId: number | null, options?: TranscribeOptions): Promise<Transcript | null>;
  /** Transcribes audio already sent (again, or with another model). */
  fromAudio(audioId: number, options?: TranscribeOptions): Promise<Transcript | null>;
  /** Stops whatever step is under way; what was saved before stays. */
  cancel(): Promise<void>;
  /** Runs the last transcription again, reusing its audio once it was sent. */
  retry(): Promise<Transcript | null>;
}

interface TranscriptionDeps {
  decode?: (blob: Blob) => Promise<Float32Array>;
  /** How often speech:job is asked while the engine runs. */
  pollMs?: number;
}

const TERMINAL = new Set<TranscriptionPhase>(['idle', 'done', 'failed', 'cancelled']);

/**
 * One transcription at a time for the screen that holds it. The router is request/response, so the job is
 * polled. Leaving the screen stops the polling only: the job finishes in the main process and its transcript is
 * saved with the audio, so nothing is lost.
 */
export function useTranscription(api: ApiClient = useApi(), deps: TranscriptionDeps = {}): Transcription {
  const decode = deps.decode ?? ((blob: Blob) => decodeToMono16k(blob));
  const pollMs = deps.pollMs ?? 400;
  const phase = ref<TranscriptionPhase>('idle');
  const percent = ref(0);
  const stage = ref<SpeechJob['stage']>(null);
  const transcript = ref<Transcript | null>(null);
  const error = ref<ApiError | null>(null);
  const busy = computed(() => !TERMINAL.has(phase.value));
  // Each start (and each cancel or dispose) bumps the run; a step of an older run sees it and stops.
  let run = 0;
  let jobId: string | null = null;
  let audioId: number | null = null;
  let last: { blob: Blob; recordingId: number | null; options?: TranscribeOptions } | null = null;
  let lastOptions: TranscribeOptions | undefined;

  function begin(): number {
    run++;
    jobId = null;
    percent.value = 0;
    stage.value = null;
    transcript.value = null;
    error.value = null;
    return run;
  }

  function apply(job: SpeechJob): void {
    phase.value = job.state;
    percent.value = job.percent;
    stage.value = job.stage;
    if (job.state === 'done') transcript.value = job.transcript;
    if (job.state === 'failed')
      error.value = new ApiError(job.error ?? { code: 'INTERNAL', message: 'The speech engine stopped.' });
  }

  async function poll(mine: number): Promise<Transcript | null> {
    while (mine === run && jobId !== null && (phase.value === 'queued' || phase.value === 'running')) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      if (mine !== run || jobId === null) return null;
      const job = await api.call('speech:job', { jobId });
      if (mine !== run) return null;
      apply(job);
    }
    return transcript.value;
  }

  async function transcribe(mine: number, id: number, options?: TranscribeOptions): Promise<Transcript | null> {
    audioId = id;
    lastOptions = options;
    const job = await api.call('speech:transcribe', { audioId: id, ...options });
    if (mine !== run) {
      // Cancelled while the request was on its way: cancel the job it started too.
      await api.call('speech:cancel', { jobId: job.jobId }).catch(() => undefined);
      return null;
    }
    jobId = job.jobId;
    apply(job);
    return poll(mine);
  }

  function fail(mine: number, err: unknown): null {
    if (mine !== run) return null;
    if (err instanceof SendCancelled) {
      phase.value = 'cancelled';
      return null;
    }
    phase.value = 'failed';
    error.value = toApiError(err);
    return null;
  }

  async function fromBlob(blob: Blob, recordingId: number | null, options?: TranscribeOptions): Promise<Transcript | null> {
    const mine = begin();
    last = { blob, recordingId, options };
    audioId = null;
    phase.value = 'decoding';
    try {
      const samples = await decode(blob);
      if (mine !== run) return null;
      phase.value = 'sending';
      const audio = await sendPcm(api, samples, recordingId, {
        onProgress: (fraction) => {
          if (mine === run) percent.value = Math.round(fraction * 100);
        },
        cancelled: () => mine !== run,
      });
      if (mine !== run) return null;
      return await transcribe(mine, audio.audioId, options);
    } catch (err) {
      return fail(mine, err);
    }
  }

  async function fromAudio(id: number, options?: TranscribeOptions): Promise<Transcript | null> {
    const mine = begin();
    last = null;
    phase.value = 'queued';
    try {
      return await transcribe(mine, id, options);
    } catch (err) {
      return fail(mine, err);
    }
  }

  async function cancel(): Promise<void> {
    if (!busy.value) return;
    const id = jobId;
    run++;
    phase.value = 'cancelled';
    if (id === null) return;
    try {
      const job = await api.call('speech:cancel', { jobId: id });
      // A job that finished before the cancel arrived keeps its transcript: it was saved, so show it.
      if (job.state === 'done') apply(job);
    } catch {
      // The job already ended and was forgotten; there is nothing left to stop.
    }
  }

  async function retry(): Promise<Transcript | null> {
    if (audioId !== null) return fromAudio(audioId, lastOptions);
    if (last) return fromBlob(last.blob, last.recordingId, last.options);
    return null;
  }

  if (getCurrentScope()) onScopeDispose(() => run++);

  return { phase, percent, stage, transcript, error, busy, fromBlob, fromAudio, cancel, retry };
}
