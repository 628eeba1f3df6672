// Opening the microphone for a MediaRecorder, shared by practice answers and dictation: which audio type to record,
// what each getUserMedia failure means for the person, and letting go of the microphone.

/** Opus in WebM is what Chromium (and so Electron) records; the others are for completeness. */
export const PREFERRED_AUDIO_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

/** The browser parts recording needs (happy-dom has neither); tests pass fakes, the app the real ones. */
export interface MicrophoneDeps {
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  MediaRecorder?: typeof MediaRecorder;
}

/** Why the microphone cannot be used: none here, not allowed, or it broke. */
export type MicrophoneProblem = 'unavailable' | 'denied' | 'failed';

/** An open microphone with a recorder on it, not yet started. */
export interface OpenMicrophone {
  recorder: MediaRecorder;
  /** The type asked for (the recorder's own mimeType may stay empty until it starts). */
  mimeType: string | undefined;
  /** Stops every track, so the system's "microphone in use" light goes off. Safe to call twice. */
  release(): void;
}

export type MicrophoneCapture =
  | { kind: 'open'; microphone: OpenMicrophone }
  | { kind: 'refused'; problem: MicrophoneProblem }
  /** The person left (or another use took over) while the permission was being asked: the microphone is let go. */
  | { kind: 'abandoned' };

/** The real browser's parts, where it has them. */
export function browserMicrophone(): MicrophoneDeps {
  return {
    getUserMedia: navigator.mediaDevices?.getUserMedia ? (c) => navigator.mediaDevices.getUserMedia(c) : undefined,
    MediaRecorder: typeof MediaRecorder === 'undefined' ? undefined : MediaRecorder,
  };
}

/** What a getUserMedia rejection means for the person. */
export function microphoneProblem(err: unknown): MicrophoneProblem {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'unavailable';
  return 'failed';
}

/**
 * Asks for the microphone and puts a recorder on it. The permission prompt can take as long as the person likes, so
 * `stillWanted` is asked once it answers: if they left meanwhile, the tracks are stopped at once and nothing records.
 */
export async function captureMicrophone(deps: MicrophoneDeps, stillWanted: () => boolean): Promise<MicrophoneCapture> {
  const Recorder = deps.MediaRecorder;
  if (!deps.getUserMedia || !Recorder) return { kind: 'refused', problem: 'unavailable' };
  let stream: MediaStream;
  try {
    stream = await deps.getUserMedia({ audio: true, video: false });
  } catch (err) {
    return { kind: 'refused', problem: microphoneProblem(err) };
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    stream.getTracks().forEach((t) => t.stop());
  };
  if (!stillWanted()) {
    release();
    return { kind: 'abandoned' };
  }
  try {
    const mimeType = PREFERRED_AUDIO_TYPES.find((t) => Recorder.isTypeSupported?.(t));
    const recorder = new Recorder(stream, mimeType ? { mimeType } : undefined);
    return { kind: 'open', microphone: { recorder, mimeType, release } };
  } catch {
    release();
    return { kind: 'refused', problem: 'failed' };
  }
}
