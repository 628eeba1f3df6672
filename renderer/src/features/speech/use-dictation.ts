import { computed, getCurrentScope, onScopeDispose, ref, type ComputedRef, type Ref } from 'vue';
import type { ApiClient } from '@renderer/api/client';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { MAX_SPEECH_SECONDS } from '@shared/speech-schemas';
import { transcriptionStatus } from './transcription-status';
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
export interface DictationDeps {
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  MediaRecorder?: typeof MediaRecorder;
  now?: () => number;
  /** How often the elapsed time moves on screen. */
  tickMs?: number;
  /** Passed to the transcription: the decoder (tests skip Web Audio) and the polling interval. */
  decode?: (blob: Blob) => Promise<Float32Array>;
  pollMs?: number;
}

/** Kind, plain words for each way a dictation can end without words; typing always still works. */
export const DICTATION_MESSAGES = {
  empty: 'No words were recognised; nothing was added.',
  cancelled: 'Dictation cancelled; nothing was added.',
  added: 'Added what you said to the end of the field.',
  unavailable: 'Dictation is not available here: no microphone was found. Typing works as usual.',
  denied:
    'The microphone was not allowed, so nothing can be dictated. Typing works as usual. You can allow the microphone for Debrief in your system settings and try again.',
  'mic-failed': 'The microphone stopped because something went wrong, so nothing was added. Typing works as usual.',
} as const;

/** Opus in WebM is what Chromium (and so Electron) records; the others are for completeness. */
const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

/** "0:07", "12:30": the time spent listening. */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** What a dictate control reads and calls. */
export interface Dictation {
  status: Ref<DictationStatus>;
  /** Whole seconds listened so far. */
  elapsedSeconds: Ref<number>;
  /** The line for the aria-live status next to the field; empty when there is nothing to say. */
  message: ComputedRef<string>;
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

function defaultDeps(): DictationDeps {
  return {
    getUserMedia: navigator.mediaDevices?.getUserMedia ? (c) => navigator.mediaDevices.getUserMedia(c) : undefined,
    MediaRecorder: typeof MediaRecorder === 'undefined' ? undefined : MediaRecorder,
  };
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
  deps: DictationDeps = defaultDeps(),
): Dictation {
  const now = deps.now ?? (() => performance.now());
  const status = ref<DictationStatus>('idle');
  const elapsedSeconds = ref(0);
  // The audio the transcription sent, learned from its speech:audioStart, so it can be deleted whatever happens.
  let audioId: number | null = null;
  const tracked: ApiClient = {
    call: (async (name: Parameters<ApiClient['call']>[0], ...rest: unknown[]) => {
      const out = await (api.call as (n: string, ...r: unknown[]) => Promise<unknown>)(name, ...rest);
      if (name === 'speech:audioStart') audioId = (out as { audioId: number }).audioId;
      return out;
    }) as ApiClient['call'],
  };
  const transcription = useTranscription(tracked, { decode: deps.decode, pollMs: deps.pollMs });
  let recorder: MediaRecorder | null = null;
  let stream: MediaStream | null = null;
  let chunks: Blob[] = [];
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
        return `Listening… ${formatElapsed(elapsedSeconds.value)}`;
      case 'transcribing': {
        const phase = transcription.phase.value;
        return transcription.busy.value
          ? transcriptionStatus(phase, transcription.stage.value, transcription.percent.value)
          : 'Preparing the recording…';
      }
      case 'failed':
        return `Dictation failed: ${transcription.error.value?.message ?? 'the speech engine stopped.'} Nothing was added; typing works as usual.`;
      default:
        return DICTATION_MESSAGES[status.value];
    }
  });

  function stopTicker(): void {
    if (ticker !== null) clearInterval(ticker);
    ticker = null;
  }

  function releaseMicrophone(): void {
    stopTicker();
    stream?.getTracks().forEach((t) => t.stop());
    stream = null;
  }

  async function deleteAudio(): Promise<void> {
    const id = audioId;
    audioId = null;
    if (id === null) return;
    // A dictation's audio only carried the words; if deleting fails there is nothing the person can do about it.
    await api.call('speech:deleteAudio', { audioId: id }).catch(() => undefined);
  }

  async function start(): Promise<boolean> {
    if (status.value === 'starting' || status.value === 'listening' || status.value === 'transcribing') return true;
    // A failure left waiting for "Try again" is let go: this dictation replaces it.
    if (status.value === 'failed') await deleteAudio();
    const Recorder = deps.MediaRecorder;
    if (!deps.getUserMedia || !Recorder) {
      status.value = 'unavailable';
      return false;
    }
    status.value = 'starting';
    try {
      stream = await deps.getUserMedia({ audio: true, video: false });
    } catch (err) {
      const name = err instanceof DOMException || err instanceof Error ? err.name : '';
      status.value =
        name === 'NotAllowedError' || name === 'SecurityError'
          ? 'denied'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'unavailable'
            : 'mic-failed';
      return false;
    }
    try {
      const type = PREFERRED_TYPES.find((t) => Recorder.isTypeSupported?.(t));
      const current = new Recorder(stream, type ? { mimeType: type } : undefined);
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
      current.start(1000);
      recorder = current;
    } catch {
      recorder = null;
      releaseMicrophone();
      status.value = 'mic-failed';
      return false;
    }
    startedAt = now();
    elapsedSeconds.value = 0;
    ticker = setInterval(() => {
      elapsedSeconds.value = Math.floor((now() - startedAt) / 1000);
      // Past what can be transcribed, stop and keep what was said rather than lose it all.
      if (elapsedSeconds.value >= MAX_SPEECH_SECONDS) void stop();
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
