import { onScopeDispose, ref, type Ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import type { ApiClient } from '@renderer/api/client';
import { useApi } from '@renderer/api/inject-api';
import { blobToBase64 } from '@renderer/shared/base64';
import { browserMicrophone, captureMicrophone, type MicrophoneDeps } from '@renderer/shared/capture-microphone';
import { watchInputLevel } from '@renderer/shared/input-level';

/** Where the microphone is: not in use, being asked for, recording (or paused with the timer), or why it cannot be used. */
export type RecorderStatus = 'idle' | 'starting' | 'recording' | 'paused' | 'stopping' | 'unavailable' | 'denied' | 'failed';

/** The stored facts of a finished recording. */
type FinishedRecording = RouteOutput<'recording:finish'>;

/** A finished recording: its stored facts, and the same audio in memory so it can be transcribed without reading it back. */
export interface StoppedRecording {
  info: FinishedRecording;
  blob: Blob;
}

/** The browser parts a recorder needs; tests pass fakes, the app passes the real ones. */
export interface RecorderDeps extends MicrophoneDeps {
  now?: () => number;
}

/** Slices of about a second: each is sent as it arrives, so a crash loses at most one. */
const CHUNK_MS = 1000;
/** A level above this has been a voice (or at least a sound), not the hiss of an open microphone. */
const HEARD_LEVEL = 0.25;

/** Kind, plain words for each way the microphone can be out of reach; typing always still works. */
export const RECORDER_MESSAGES = {
  unavailable: 'Recording is not available here: no microphone was found. Typing your answer works as usual.',
  denied:
    'The microphone was not allowed, so this answer is not being recorded. Typing works as usual. You can allow the microphone for Debrief in your system settings and try again.',
  failed: 'The recording stopped because something went wrong. What you typed is safe.',
} as const;

function defaultDeps(): RecorderDeps {
  return { ...browserMicrophone(), now: () => performance.now() };
}

/** What the recorder offers the session screen. */
interface Recorder {
  status: Ref<RecorderStatus>;
  /** Why recording is not happening, in words for the person; empty when all is well. */
  message: Ref<string>;
  /** The id of the recording in progress, to link to the saved answer before its last chunk lands. */
  recordingId: Ref<number | null>;
  /** How loud the microphone is now, 0 to 1, while recording; 0 otherwise. */
  level: Ref<number>;
  /** Whether this recording has heard any sound yet: the person's proof that the microphone works. */
  heard: Ref<boolean>;
  start(): Promise<boolean>;
  pause(): void;
  resume(): void;
  stop(): Promise<StoppedRecording | null>;
  discard(): Promise<void>;
}

/**
 * Records the answer through the microphone: MediaRecorder (audio only) in ~1 s chunks, each appended to one
 * file in the data folder with recording:append as it arrives, then recording:finish with the duration.
 */
export function useRecorder(api: ApiClient = useApi(), deps: RecorderDeps = defaultDeps()): Recorder {
  const status = ref<RecorderStatus>('idle');
  const message = ref('');
  const recordingId = ref<number | null>(null);
  const level = ref(0);
  const heard = ref(false);
  let stopLevel: () => void = () => undefined;
  const now = deps.now ?? (() => Date.now());
  let recorder: MediaRecorder | null = null;
  let release: () => void = () => undefined;
  // Set when the screen goes: a start still waiting for the microphone (or the recording's row) then lets go.
  let disposed = false;
  let chain: Promise<void> = Promise.resolve();
  // The chunks again, in memory: the file on disk is the record, this copy is for the transcription that follows.
  let chunks: Blob[] = [];
  let activeMs = 0;
  let runningSince: number | null = null;

  function refuse(kind: 'unavailable' | 'denied' | 'failed'): false {
    status.value = kind;
    message.value = RECORDER_MESSAGES[kind];
    return false;
  }

  function releaseMicrophone(): void {
    stopLevel();
    stopLevel = () => undefined;
    level.value = 0;
    release();
    release = () => undefined;
  }

  async function append(id: number, blob: Blob): Promise<void> {
    try {
      await api.call('recording:append', { id, chunk: await blobToBase64(blob) });
    } catch {
      message.value = RECORDER_MESSAGES.failed;
    }
  }

  async function start(): Promise<boolean> {
    if (status.value === 'recording' || status.value === 'starting' || status.value === 'paused') return true;
    if (disposed) return false;
    status.value = 'starting';
    message.value = '';
    const capture = await captureMicrophone(deps, () => !disposed);
    if (capture.kind === 'abandoned') {
      status.value = 'idle';
      return false;
    }
    if (capture.kind === 'refused') return refuse(capture.problem);
    const { microphone } = capture;
    release = microphone.release;
    try {
      recorder = microphone.recorder;
      const { id } = await api.call('recording:start', {
        mimeType: recorder.mimeType || microphone.mimeType || 'audio/webm',
      });
      if (disposed) {
        // Left while the recording's row was being made: nothing was recorded, so it goes again.
        recorder = null;
        releaseMicrophone();
        status.value = 'idle';
        // The screen is gone, so there is no one to tell if this fails; the empty row holds no audio.
        await api.call('recording:delete', { id }).catch(() => undefined);
        return false;
      }
      recordingId.value = id;
      chain = Promise.resolve();
      chunks = [];
      const current = recorder;
      recorder.addEventListener('dataavailable', (event: BlobEvent) => {
        if (event.data.size === 0) return;
        if (recorder === current) chunks.push(event.data);
        chain = chain.then(() => append(id, event.data));
      });
      recorder.start(CHUNK_MS);
      heard.value = false;
      stopLevel = watchInputLevel(recorder.stream, (value) => {
        level.value = value;
        if (value >= HEARD_LEVEL) heard.value = true;
      });
      activeMs = 0;
      runningSince = now();
      status.value = 'recording';
      return true;
    } catch {
      recorder = null;
      recordingId.value = null;
      releaseMicrophone();
      return refuse('failed');
    }
  }

  /** Pauses with the timer, so the recording's length matches the answer's. */
  function pause(): void {
    if (status.value !== 'recording' || !recorder) return;
    recorder.pause();
    if (runningSince !== null) activeMs += now() - runningSince;
    runningSince = null;
    status.value = 'paused';
  }

  function resume(): void {
    if (status.value !== 'paused' || !recorder) return;
    recorder.resume();
    runningSince = now();
    status.value = 'recording';
  }

  /**
   * Stops the microphone, waits for every chunk to be stored, then finishes the file; gives its facts and the audio.
   * Null when nothing was recording.
   */
  async function stop(): Promise<StoppedRecording | null> {
    const id = recordingId.value;
    if (!recorder || id === null || (status.value !== 'recording' && status.value !== 'paused')) return null;
    const current = recorder;
    status.value = 'stopping';
    if (runningSince !== null) activeMs += now() - runningSince;
    runningSince = null;
    // The last chunk arrives just before 'stop'; waiting for 'stop' means the chain already holds it.
    const stopped = new Promise<void>((resolve) => current.addEventListener('stop', () => resolve(), { once: true }));
    current.stop();
    await stopped;
    releaseMicrophone();
    await chain;
    recorder = null;
    recordingId.value = null;
    const blob = new Blob(chunks, { type: current.mimeType || chunks[0]?.type || 'audio/webm' });
    chunks = [];
    try {
      const info = await api.call('recording:finish', { id, durationMs: Math.round(activeMs) });
      status.value = 'idle';
      return { info, blob };
    } catch {
      refuse('failed');
      return null;
    }
  }

  /** Stops and deletes the recording in progress (the person turned recording off, or left mid-answer). */
  async function discard(): Promise<void> {
    const id = recordingId.value;
    if (id === null) return;
    await stop();
    await api.call('recording:delete', { id }).catch(() => undefined);
    if (status.value !== 'failed') status.value = 'idle';
  }

  // Leaving the screen mid-answer: let go of the microphone and drop the unlinked recording.
  onScopeDispose(() => {
    disposed = true;
    if (recorder && (status.value === 'recording' || status.value === 'paused')) void discard();
    else releaseMicrophone();
  });

  return { status, message, recordingId, level, heard, start, pause, resume, stop, discard };
}
