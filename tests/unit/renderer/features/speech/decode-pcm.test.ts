import { describe, expect, it } from 'vitest';
import { decodeToMono16k, toPcm16le, type OfflineContextFactory } from '@renderer/features/speech';
import { transcriptionStatus } from '@renderer/features/speech';

/** A decoded buffer as Web Audio gives it; happy-dom has no Web Audio, so the context is stood in for. */
function contextGiving(channels: number[][], sampleRateSeen: number[] = [], duration?: number): OfflineContextFactory {
  return (_c, _l, sampleRate) => {
    sampleRateSeen.push(sampleRate);
    return {
      decodeAudioData: async () =>
        ({
          length: channels[0].length,
          duration: duration ?? channels[0].length / sampleRate,
          numberOfChannels: channels.length,
          getChannelData: (c: number) => Float32Array.from(channels[c]),
        }) as unknown as AudioBuffer,
    } as unknown as BaseAudioContext;
  };
}

describe('decodeToMono16k', () => {
  it('decodes on a 16 kHz context (which resamples) and averages the channels into one', async () => {
    const rates: number[] = [];
    const mono = await decodeToMono16k(
      new Blob(['x']),
      contextGiving(
        [
          [0.5, -1, 0],
          [0.5, 0, 1],
        ],
        rates,
      ),
    );
    expect(rates).toEqual([16_000]);
    expect(Array.from(mono)).toEqual([0.5, -0.5, 0.5]);
  });

  it('refuses over 30 minutes with the length in the message, and unreadable audio plainly', async () => {
    await expect(decodeToMono16k(new Blob(['x']), contextGiving([[0]], [], 31 * 60))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Recordings longer than 30 minutes cannot be transcribed; this one is 31 minutes.',
    });
    const broken: OfflineContextFactory = () =>
      ({ decodeAudioData: () => Promise.reject(new DOMException('bad', 'EncodingError')) }) as unknown as BaseAudioContext;
    await expect(decodeToMono16k(new Blob(['x']), broken)).rejects.toMatchObject({
      message: 'This recording could not be read as audio, so it cannot be transcribed.',
    });
  });
});

describe('toPcm16le', () => {
  it('writes little-endian 16-bit samples, clipping beyond full scale', () => {
    const bytes = toPcm16le(Float32Array.from([0, 1, -1, 2, -2, 0.5]));
    const view = new DataView(bytes.buffer);
    expect([0, 1, 2, 3, 4, 5].map((i) => view.getInt16(i * 2, true))).toEqual([0, 32767, -32768, 32767, -32768, 16384]);
    expect(Array.from(toPcm16le(Float32Array.from([1]))).slice(0, 2)).toEqual([0xff, 0x7f]);
  });

  it('writes only the asked range', () => {
    expect(toPcm16le(Float32Array.from([0, 0.25, 0.5, 1]), 1, 3).length).toBe(4);
  });
});

describe('transcriptionStatus', () => {
  it('says each step in words, with the percent where there is one', () => {
    expect(transcriptionStatus('sending', null, 45)).toBe('Preparing the recording… 45%');
    expect(transcriptionStatus('running', 'vad', 0)).toBe('Finding where you spoke… 0 s');
    expect(transcriptionStatus('running', 'transcribe', 60, 12)).toBe('Turning your words into text… 60% · 12 s');
    // Nothing reported yet: no figure to freeze on, only the time spent, which moves.
    expect(transcriptionStatus('running', 'transcribe', 0, 25)).toBe('Turning your words into text… 25 s');
    expect(transcriptionStatus('running', 'transcribe', 0, 65)).toBe('Turning your words into text… 1 min 05 s');
    expect(transcriptionStatus('failed', null, 0)).toMatch(
      /^Transcription failed\. Your answer and the recording are kept; try again\.$/,
    );
    expect(transcriptionStatus('idle', null, 0)).toBe('');
  });
});
