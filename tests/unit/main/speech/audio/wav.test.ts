import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WAV_HEADER_BYTES, patchWavSizes, readWavInfo, wavHeader } from '../../../../../electron/main/speech/audio/wav';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs('debrief-wav-');

describe('WAV files', () => {
  it('reads the fixture as 11 s of 16 kHz mono 16-bit PCM', () => {
    const info = readWavInfo(path.resolve(import.meta.dirname, '../../../../fixtures/speech/jfk.wav'));
    expect(info).toMatchObject({ format: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16 });
    expect(info!.seconds).toBeCloseTo(11, 0);
  });

  it('writes a header, then patches the sizes once the samples are in', () => {
    const file = path.join(tempDir(), 'a.wav');
    fs.writeFileSync(file, wavHeader(0));
    expect(readWavInfo(file)).toMatchObject({ dataBytes: 0, seconds: 0 });
    fs.appendFileSync(file, Buffer.alloc(32000 * 3));
    // Before patching the header says 0 bytes; the reader trusts the bytes on disk.
    expect(readWavInfo(file)?.seconds).toBe(3);
    patchWavSizes(file, 32000 * 3);
    const bytes = fs.readFileSync(file);
    expect(bytes.readUInt32LE(4)).toBe(36 + 96000);
    expect(bytes.readUInt32LE(40)).toBe(96000);
    expect(bytes.length).toBe(WAV_HEADER_BYTES + 96000);
    expect(readWavInfo(file)).toMatchObject({ dataBytes: 96000, seconds: 3 });
  });

  it('says null for a file that is not a WAV', () => {
    const file = path.join(tempDir(), 'x.webm');
    fs.writeFileSync(file, Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4, 5, 6, 7, 8]));
    expect(readWavInfo(file)).toBeNull();
  });
});
