import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWebmOpus, demuxWebmOpus } from '../../../../../electron/main/speech/audio/webm-opus';

const webm = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/speech/jfk-chromium.webm'));

describe('WebM/Opus from MediaRecorder', () => {
  it('finds the mono Opus track and its frames, whatever the unknown sizes say', () => {
    const track = demuxWebmOpus(webm);
    expect(track.channels).toBe(1);
    expect(track.frames).toHaveLength(191);
    for (const f of track.frames) expect(f.length).toBeGreaterThan(0);
  });

  it("decodes to 16 kHz mono samples of the recording's length, with real sound in them", async () => {
    const samples = await decodeWebmOpus(webm);
    expect(samples.length / 16000).toBeCloseTo(11.46, 1);
    const peak = samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak).toBeGreaterThan(3000);
  });

  it('refuses a file that is not WebM, one cut off mid-element, and WebM without Opus', () => {
    expect(() => demuxWebmOpus(Buffer.from('RIFF....WAVE'))).toThrow('This is not a WebM file.');
    expect(() => demuxWebmOpus(webm.subarray(0, 30))).toThrow(/ends in the middle|no Opus audio|damaged/);
    const noOpus = Buffer.from(webm);
    const at = noOpus.indexOf('A_OPUS');
    noOpus.write('A_VORB', at, 'ascii');
    expect(() => demuxWebmOpus(noOpus)).toThrow(/no Opus audio \(its tracks: A_VORB\)/);
  });
});
