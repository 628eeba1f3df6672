import { ApiError } from '@renderer/api/api-error';
import { MAX_SPEECH_SECONDS, SPEECH_SAMPLE_RATE } from '@shared/speech-schemas';

/** The one Web Audio part decoding needs; tests in happy-dom (which has no Web Audio) pass a stand-in. */
export type OfflineContextFactory = (channels: number, length: number, sampleRate: number) => BaseAudioContext;

const realContext: OfflineContextFactory = (channels, length, sampleRate) =>
  new OfflineAudioContext(channels, length, sampleRate);

/**
 * A recording (WebM/Opus from MediaRecorder, or anything Chromium decodes) as 16 kHz mono samples, the form
 * whisper.cpp and the voice-activity model read. decodeAudioData on a 16 kHz context resamples as it decodes;
 * channels are then averaged into one.
 */
export async function decodeToMono16k(blob: Blob, makeContext: OfflineContextFactory = realContext): Promise<Float32Array> {
  let decoded: AudioBuffer;
  try {
    decoded = await makeContext(1, 1, SPEECH_SAMPLE_RATE).decodeAudioData(await blob.arrayBuffer());
  } catch {
    throw new ApiError({
      code: 'VALIDATION',
      message: 'This recording could not be read as audio, so it cannot be transcribed.',
    });
  }
  if (decoded.duration > MAX_SPEECH_SECONDS) {
    throw new ApiError({
      code: 'VALIDATION',
      message: `Recordings longer than ${MAX_SPEECH_SECONDS / 60} minutes cannot be transcribed; this one is ${Math.round(decoded.duration / 60)} minutes.`,
    });
  }
  const mono = new Float32Array(decoded.length);
  for (let c = 0; c < decoded.numberOfChannels; c++) {
    const channel = decoded.getChannelData(c);
    for (let i = 0; i < mono.length; i++) mono[i] += channel[i] / decoded.numberOfChannels;
  }
  return mono;
}

/** Float samples in [-1, 1] as 16-bit little-endian PCM bytes (what speech:audioAppend takes), clipped at full scale. */
export function toPcm16le(samples: Float32Array, from = 0, to = samples.length): Uint8Array {
  const bytes = new Uint8Array((to - from) * 2);
  const view = new DataView(bytes.buffer);
  for (let i = from; i < to; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    view.setInt16((i - from) * 2, s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff), true);
  }
  return bytes;
}
