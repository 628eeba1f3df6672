import type { ApiClient } from '@renderer/api/client';
import { bytesToBase64 } from '@renderer/shared/base64';
import type { SpeechAudio } from '@shared/speech-schemas';
import { SPEECH_SAMPLE_RATE } from '@shared/speech-schemas';
import { toPcm16le } from './decode-pcm';

/** Five seconds a chunk (160 KB of PCM): well under the 1 MB route limit, and a progress step the person can see. */
export const PCM_CHUNK_SAMPLES = 5 * SPEECH_SAMPLE_RATE;

/** Thrown when the person cancelled while the audio was still being sent. */
export class SendCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'SendCancelled';
  }
}

/**
 * Sends 16 kHz mono samples to the main process the way recordings go: speech:audioStart, then chunks appended
 * (each synced to disk there), then speech:audioFinish. recordingId links the audio to its recording; null is a
 * dictation. A cancel between chunks stops sending; what arrived stays unfinished and is never transcribed.
 */
export async function sendPcm(
  api: ApiClient,
  samples: Float32Array,
  recordingId: number | null,
  options: { onProgress?: (fraction: number) => void; cancelled?: () => boolean } = {},
): Promise<SpeechAudio> {
  const { audioId } = await api.call('speech:audioStart', { recordingId });
  for (let from = 0; from < samples.length; from += PCM_CHUNK_SAMPLES) {
    if (options.cancelled?.()) throw new SendCancelled();
    const to = Math.min(samples.length, from + PCM_CHUNK_SAMPLES);
    await api.call('speech:audioAppend', { audioId, chunk: bytesToBase64(toPcm16le(samples, from, to)) });
    options.onProgress?.(to / samples.length);
  }
  if (options.cancelled?.()) throw new SendCancelled();
  return api.call('speech:audioFinish', { audioId });
}
