import fs from 'node:fs';
import { SPEECH_SAMPLE_RATE } from '../../../shared/speech-schemas';

/** Bytes before the samples in the canonical PCM WAV layout Debrief writes. */
export const WAV_HEADER_BYTES = 44;

/** A 44-byte header for 16 kHz mono 16-bit PCM holding `dataBytes` of samples. */
export function wavHeader(dataBytes: number, sampleRate = SPEECH_SAMPLE_RATE): Buffer {
  const h = Buffer.alloc(WAV_HEADER_BYTES);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16); // fmt chunk size
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  h.writeUInt16LE(2, 32); // block align
  h.writeUInt16LE(16, 34); // bits per sample
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** Rewrites the two size fields once all samples are in, and syncs, so a reader sees the whole file. */
export function patchWavSizes(file: string, dataBytes: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const header = wavHeader(dataBytes);
    fs.writeSync(fd, header, 4, 4, 4);
    fs.writeSync(fd, header, 40, 4, 40);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** What a WAV file says about itself: format, rate, channels, and its length in seconds. */
export interface WavInfo {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Where the samples start in the file. */
  dataOffset: number;
  dataBytes: number;
  seconds: number;
}

/** Reads a WAV file's chunks (any order, any extra chunks) far enough to know its length; null if it is not a WAV. */
export function readWavInfo(file: string): WavInfo | null {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(12);
    if (
      fs.readSync(fd, head, 0, 12, 0) < 12 ||
      head.toString('ascii', 0, 4) !== 'RIFF' ||
      head.toString('ascii', 8, 12) !== 'WAVE'
    )
      return null;
    let offset = 12;
    let fmt: Omit<WavInfo, 'dataOffset' | 'dataBytes' | 'seconds'> | null = null;
    const chunk = Buffer.alloc(24);
    while (offset + 8 <= size) {
      fs.readSync(fd, chunk, 0, 24, offset);
      const id = chunk.toString('ascii', 0, 4);
      const length = chunk.readUInt32LE(4);
      if (id === 'fmt ') {
        fmt = {
          format: chunk.readUInt16LE(8),
          channels: chunk.readUInt16LE(10),
          sampleRate: chunk.readUInt32LE(12),
          bitsPerSample: chunk.readUInt16LE(22),
        };
      } else if (id === 'data' && fmt) {
        // A header written before the recording ended may say 0 or too much: trust the bytes that are there.
        const dataBytes = length === 0 || offset + 8 + length > size ? size - offset - 8 : length;
        const bytesPerSecond = fmt.sampleRate * fmt.channels * (fmt.bitsPerSample / 8);
        return { ...fmt, dataOffset: offset + 8, dataBytes, seconds: bytesPerSecond ? dataBytes / bytesPerSecond : 0 };
      }
      offset += 8 + length + (length % 2);
    }
    return null;
  } finally {
    fs.closeSync(fd);
  }
}
