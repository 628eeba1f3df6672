import { describe, expect, it } from 'vitest';
import {
  bytesProgress,
  downloadAnnouncement,
  isDownloadActive,
  modelSize,
  percentDone,
  speedWords,
  timeLeftWords,
} from '@renderer/features/speech/download-words';
import { downloadStatus, TINY_BYTES } from './speech-model-fixtures';

describe('download words', () => {
  it('gives model sizes in whole megabytes, as the catalog is read', () => {
    expect([TINY_BYTES, 487_614_201, 586_836, -1].map((bytes) => modelSize(bytes))).toEqual(['74 MB', '465 MB', '0.6 MB', '—']);
  });

  it('says what has arrived out of the whole file', () => {
    expect(bytesProgress(0, TINY_BYTES)).toBe('0 bytes of 74 MB');
    expect(bytesProgress(5 * 1024 * 1024 + 300 * 1024, TINY_BYTES)).toBe('5.3 MB of 74 MB');
    expect(bytesProgress(300 * 1024, 586_836)).toBe('300 KB of 573 KB');
  });

  it('gives the speed per second, and nothing while nothing moves', () => {
    expect([1_258_291, 250 * 1024].map((bytes) => speedWords(bytes))).toEqual(['1.2 MB a second', '250 KB a second']);
    expect(speedWords(0)).toBeNull();
    expect(speedWords(Number.NaN)).toBeNull();
  });

  it('rounds the time left so it reads calmly: fives of seconds, whole minutes, then hours', () => {
    expect(timeLeftWords(null)).toBeNull();
    const left = (seconds: number[]) => seconds.map((s) => timeLeftWords(s));
    expect(left([0, 4])).toEqual(['A few seconds left', 'A few seconds left']);
    expect(left([5, 41, 59])).toEqual(['About 5 seconds left', 'About 45 seconds left', 'About 60 seconds left']);
    expect(left([60, 200])).toEqual(['About 1 minute left', 'About 3 minutes left']);
    expect(left([3600, 3660])).toEqual(['About 1 hour left', 'About 1 hour 1 minute left']);
    expect(left([3600 + 125 * 60])).toEqual(['About 3 hours 5 minutes left']);
  });

  it('counts whole percent, never over 100', () => {
    expect(percentDone({ receivedBytes: 1, totalBytes: 3 })).toBe(33);
    expect(percentDone({ receivedBytes: 5, totalBytes: 4 })).toBe(100);
    expect(percentDone({ receivedBytes: 0, totalBytes: 0 })).toBe(0);
  });

  it('announces a download only at each quarter, and each change of state', () => {
    const at = (receivedBytes: number) => downloadAnnouncement('Tiny', downloadStatus({ receivedBytes, totalBytes: 100 }));
    expect([0, 24, 26, 99].map(at)).toEqual([
      'Downloading Tiny.',
      'Downloading Tiny.',
      'Downloading Tiny: 25% done.',
      'Downloading Tiny: 75% done.',
    ]);
    expect(at(49)).toBe(at(26));
    const s = (state: 'paused' | 'verifying' | 'done' | 'failed' | 'cancelled') =>
      downloadAnnouncement('Tiny', downloadStatus({ state, receivedBytes: 40, totalBytes: 100 }));
    expect(s('paused')).toBe('Download of Tiny paused at 40%.');
    expect(s('verifying')).toBe('Checking the downloaded file of Tiny.');
    expect(s('done')).toBe('Tiny is downloaded, checked and installed.');
    expect(s('failed')).toBe('The download of Tiny stopped.');
    expect(s('cancelled')).toBe('The download of Tiny was cancelled.');
  });

  it('counts downloading and verifying as active, nothing else', () => {
    expect(isDownloadActive(downloadStatus({ state: 'downloading' }))).toBe(true);
    expect(isDownloadActive(downloadStatus({ state: 'verifying' }))).toBe(true);
    for (const state of ['paused', 'done', 'failed', 'cancelled'] as const)
      expect(isDownloadActive(downloadStatus({ state }))).toBe(false);
    expect(isDownloadActive(null)).toBe(false);
  });
});
