import { computed, getCurrentScope, onScopeDispose, ref, type ComputedRef, type Ref } from 'vue';
import type { ApiClient } from '@renderer/api/client';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { browserMicrophone, captureMicrophone, type MicrophoneDeps } from '@renderer/shared/capture-microphone';
import { MAX_SPEECH_SECONDS } from '@shared/speech-schemas';
import { clockAt } from './clock-at';
import { holdMicrophone, letGoOfMicrophone } from './microphone-holder';
import { useTranscription } from './use-transcription';

/**
 * Where one dictation stands: asking for the microphone, listening, turning it into text, or how it ended (words
 * added, none recognised, cancelled, failed) and the ways the microphone can be out of reach.
 */
export type DictationStatus =
  | 'idle'
  | 'starting'
  | 'listening'
  | 'transcribing'
  | 'added'
  | 'empty'
  | 'cancelled'
  | 'failed'
  | 'denied'
  | 'unavailable'
  | 'mic-failed';

/** The browser parts dictation needs (happy-dom has neither); tests pass fakes, the app the real ones. */
export interface DictationDeps extends MicrophoneDeps {
  now?: () => number;
  /** How often the elapsed time moves on screen. */
  tickMs?: number;
  /** Passed to the transcription: the decoder (tests skip Web Audio) and the polling interval. */
  decode?: (blob: Blob) => Promise<Float32Array>;
  pollMs?: number;
}

/**
 * A dictation stops by itself this long in, a little before the longest audio that can be transcribed: the
 * recorder runs a moment longer than the clock shows, and a clip over the limit could not be turned into words.
 */
export const DICTATION_LIMIT_SECONDS = MAX_SPEECH_SECONDS - 10;

/** Kind, plain words for each way a dictation can end without words; typing always still works. */
export const DICTATION_MESSAGES = {
  empty: 'No words were recognised; nothing was added.',
  cancelled: 'Dictation cancelled; nothing was added.',
  added: 'Added what you said to the end of the field.',
  limit: `Dictation stops by itself at ${clockAt(DICTATION_LIMIT_SECONDS)}; press Dictate to go on.`,
  unavailable: 'Dictation is not available here: no microphone was found. Typing works as usual.',
  denied:
    'The microphone was not allowed, so nothing can be dictated. Typing works as usual. You can allow the microphone for Debrief in your system settings and try again.',
  'mic-failed': 'The microphone stopped because something went wrong, so nothing was added. Typing works as usual.',
} as const;

/** What a dictate control reads and calls. */
export interface Dictation {
  status: Ref<DictationStatus>;
  /** Whole seconds listened so far. */
  elapsedSeconds: Ref<number>;
  /**
   * The line for the aria-live status next to the field; it changes only when the dictation's state does, so a
   * screen reader is not read the clock every second. Empty when there is nothing to say.
   */
  message: ComputedRef<string>;
  /** What moves within a state, for the eye only: the time listened ("0:07"), or how far the transcription is. */
  detail: ComputedRef<string>;
  listening: ComputedRef<boolean>;
  /** From Stop until the words are in (or it ended another way): Cancel is offered then. */
  transcribing: ComputedRef<boolean>;
  error: Ref<ApiError | null>;
  start(): Promise<boolean>;
  /** Stops listening and turns what was said into text. */
  stop(): Promise<void>;
  /** Gives up the transcription under way; nothing is added, and its audio is deleted. */
  cancel(): Promise<void>;
  /** After a failure: transcribes the same audio again. */
  retry(): Promise<void>;
  /** After a failure: lets it go, deleting its audio. */
  dismiss(): Promise<void>;
}

/**
 * Speaking into a field: the microphone is recorded into memory (a dictation is not a practice recording, so it
 * has no recording row or file of its own), and on Stop it is decoded and transcribed on this computer with the
 * installed model. The words go to `onWords`; the audio and transcript made on the way are deleted once they have
 * served (words added, none found, cancelled, or a failure dismissed).
 */
export function useDictation(
  onWords: (words: string) => void,
  api: ApiClient = useApi(),
  deps: DictationDeps = browserMicrophone(),
): Dictation {
  const now = deps.now ?? (() => performance.now());
  const status = ref<DictationStatus>('idle');
  const elapsedSeconds = ref(0);
  // Every audio the transcription started (a Try again after a send failed part-way starts another), learned from
  // its speech:audioStart, so each is deleted whatever happens.
  const audioIds = new Set<number>();
  const tracked: ApiClient = {
    call: (async (name: Parameters<ApiClient['call']>[0], ...rest: unknown[]) => {
      const out = await (api.call as (n: string, ...r: unknown[]) => Promise<unknown>)(name, ...rest);
      if (name === 'speech:audioStart') audioIds.add((out as { audioId: number }).audioId);
      return out;
    }) as ApiClient['call'],
  };
  const transcription = useTranscription(tracked, { decode: deps.decode, pollMs: deps.pollMs });
  let recorder: MediaRecorder | null = null;
  let release: () => void = () => undefined;
  let chunks: Blob[] = [];
  // Set when the field goes; a start still waiting for the microphone then lets go of it instead of listening.
  let disposed = false;
  // Bumped when another field's dictation takes the microphone while this one is still asking for it.
  let starts = 0;
  // True when the last listening ended at the limit rather than on Stop.
  const stoppedAtLimit = ref(false);
  const holder = { letGo: () => void letGo() };
  let startedAt = 0;
  let ticker: ReturnType<typeof setInterval> | null = null;
  // Each transcription (and each cancel) bumps this; a transcription that comes back to an older one is dropped.
  let attempt = 0;
  let running: Promise<unknown> = Promise.resolve();

  const listening = computed(() => status.value === 'listening');
  const transcribing = computed(() => status.value === 'transcribing');

  const message = computed(() => {
    switch (status.value) {
      case 'idle':
        return '';
      case 'starting':
        return 'Asking for the microphone…';
      case 'listening':
        return 'Listening…';
      case 'transcribing':
        return transcribingWords();
      case 'failed':
        return `Dictation failed: ${transcription.error.value?.message ?? 'the speech engine stopped.'} Nothing was added; typing works as usual.`;
      case 'added':
      case 'empty':
        return stoppedAtLimit.value
          ? `${DICTATION_MESSAGES[status.value]} ${DICTATION_MESSAGES.limit}`
          : DICTATION_MESSAGES[status.value];
      default:
        return DICTATION_MESSAGES[status.value];
    }
  });

  /** The step of the transcription, without its percent (that is `detail`, which is not announced). */
  function transcribingWords(): string {
    switch (transcription.phase.value) {
      case 'queued':
        return 'Waiting for the speech engine…';
      case 'running':
        return transcription.stage.value === 'transcribe' ? 'Turning your words into text…' : 'Finding where you spoke…';
      default:
        return 'Preparing the recording…';
    }
  }

  const detail = computed(() => {
    if (status.value === 'listening') return clockAt(elapsedSeconds.value);
    if (status.value !== 'transcribing') return '';
    const phase = transcription.phase.value;
    const counting = phase === 'sending' || (phase === 'running' && transcription.stage.value === 'transcribe');
    return counting ? `${transcription.percent.value}%` : '';
  });

  function stopTicker(): void {
    if (ticker !== null) clearInterval(ticker);
    ticker = null;
  }

  function releaseMicrophone(): void {
    stopTicker();
    release();
    release = () => undefined;
    letGoOfMicrophone(holder);
  }

  async function deleteAudio(): Promise<void> {
    const ids = [...audioIds];
    audioIds.clear();
    // Not shown when it fails: the person could do nothing about it, and the app deletes every dictation's audio
    // the next time it starts anyway (electron/main/speech/speech-domain.ts), so none of it stays for long.
    await Promise.all(ids.map((audioId) => api.call('speech:deleteAudio', { audioId }).catch(() => undefined)));
  }

  /** Another field's dictation took the microphone: a start still asking gives way, a listening one stops. */
  async function letGo(): Promise<void> {
    if (status.value === 'starting') {
      starts++;
      status.value = 'idle';
    } else if (status.value === 'listening') await stop();
  }

  async function start(): Promise<boolean> {
    if (status.value === 'starting' || status.value === 'listening' || status.value === 'transcribing') return true;
    if (disposed) return false;
    // A failure left waiting for "Try again" is let go: this dictation replaces it.
    if (status.value === 'failed') await deleteAudio();
    status.value = 'starting';
    stoppedAtLimit.value = false;
    // One microphone for all the fields: the dictation before this one stops (its words still go to its field).
    holdMicrophone(holder);
    const mine = ++starts;
    const capture = await captureMicrophone(deps, () => !disposed && mine === starts);
    if (capture.kind === 'abandoned') {
      letGoOfMicrophone(holder);
      return false;
    }
    if (capture.kind === 'refused') {
      letGoOfMicrophone(holder);
      status.value = capture.problem === 'failed' ? 'mic-failed' : capture.problem;
      return false;
    }
    const { microphone } = capture;
    release = microphone.release;
    try {
      const current = microphone.recorder;
      chunks = [];
      current.addEventListener('dataavailable', (event: BlobEvent) => {
        if (event.data.size > 0) chunks.push(event.data);
      });
      current.addEventListener('error', () => {
        if (recorder !== current) return;
        recorder = null;
        chunks = [];
        releaseMicrophone();
        status.value = 'mic-failed';
      });
      // The clock starts with the recorder, so the limit below is measured on what it records.
      startedAt = now();
      current.start(1000);
      recorder = current;
    } catch {
      recorder = null;
      releaseMicrophone();
      status.value = 'mic-failed';
      return false;
    }
    elapsedSeconds.value = 0;
    ticker = setInterval(() => {
      elapsedSeconds.value = Math.floor((now() - startedAt) / 1000);
      // At the limit, stop and keep what was said rather than lose it all.
      if (elapsedSeconds.value >= DICTATION_LIMIT_SECONDS) {
        stoppedAtLimit.value = true;
        void stop();
      }
    }, deps.tickMs ?? 250);
    status.value = 'listening';
    return true;
  }

  /** Stops the recorder and hands back everything it recorded (the last piece arrives just before 'stop'). */
  async function stopRecorder(): Promise<Blob | null> {
    const current = recorder;
    recorder = null;
    stopTicker();
    if (!current) return null;
    const stopped = new Promise<void>((resolve) => current.addEventListener('stop', () => resolve(), { once: true }));
    current.stop();
    await stopped;
    releaseMicrophone();
    const blob = new Blob(chunks, { type: current.mimeType || chunks[0]?.type || 'audio/webm' });
    chunks = [];
    return blob;
  }

  async function transcribe(work: () => Promise<Awaited<ReturnType<typeof transcription.fromBlob>>>): Promise<void> {
    const mine = ++attempt;
    status.value = 'transcribing';
    const pending = work();
    running = pending;
    const transcript = await pending;
    if (mine !== attempt) return;
    if (transcript) {
      const words = transcript.figures.noWordsRecognised ? '' : transcript.text.trim();
      if (words) onWords(words);
      status.value = words ? 'added' : 'empty';
      await deleteAudio();
    } else if (transcription.phase.value === 'failed') {
      // Kept for "Try again", which sends nothing twice; Dismiss (or the next dictation) deletes it.
      status.value = 'failed';
    } else {
      status.value = 'cancelled';
      await deleteAudio();
    }
  }

  async function stop(): Promise<void> {
    if (status.value !== 'listening') return;
    status.value = 'transcribing';
    const blob = await stopRecorder();
    // Cancelled (or the page left) while the recorder was handing over its last piece.
    if (status.value !== 'transcribing') return;
    if (!blob || blob.size === 0) {
      status.value = 'empty';
      return;
    }
    await transcribe(() => transcription.fromBlob(blob, null));
  }

  async function cancel(): Promise<void> {
    if (status.value !== 'transcribing') return;
    attempt++;
    status.value = 'cancelled';
    await transcription.cancel();
    // The step under way finishes first (an audio it was starting is then known), and only then is it deleted.
    await running.catch(() => undefined);
    await deleteAudio();
  }

  async function retry(): Promise<void> {
    if (status.value !== 'failed') return;
    await transcribe(() => transcription.retry());
  }

  async function dismiss(): Promise<void> {
    if (status.value !== 'failed') return;
    status.value = 'idle';
    await deleteAudio();
  }

  // Leaving the page: let go of the microphone, drop what was heard, and stop and delete what was being transcribed.
  if (getCurrentScope())
    onScopeDispose(() => {
      disposed = true;
      if (recorder) {
        const current = recorder;
        recorder = null;
        chunks = [];
        current.stop();
      }
      releaseMicrophone();
      if (status.value === 'transcribing') void cancel();
      else if (status.value === 'failed') void deleteAudio();
    });

  return {
    status,
    elapsedSeconds,
    message,
    detail,
    listening,
    transcribing,
    error: transcription.error,
    start,
    stop,
    cancel,
    retry,
    dismiss,
  };
}
