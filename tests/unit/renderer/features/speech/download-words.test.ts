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
    expect(modelSize(TINY_BYTES)).toBe('74 MB');
    expect(modelSize(487_614_201)).toBe('465 MB');
    expect(modelSize(586_836)).toBe('0.6 MB');
    expect(modelSize(-1)).toBe('—');
  });

  it('says what has arrived out of the whole file', () => {
    expect(bytesProgress(0, TINY_BYTES)).toBe('0 bytes of 74 MB');
    expect(bytesProgress(5 * 1024 * 1024 + 300 * 1024, TINY_BYTES)).toBe('5.3 MB of 74 MB');
    expect(bytesProgress(300 * 1024, 586_836)).toBe('300 KB of 573 KB');
  });

  it('gives the speed per second, and nothing while nothing moves', () => {
    expect(speedWords(1_258_291)).toBe('1.2 MB a second');
    expect(speedWords(250 * 1024)).toBe('250 KB a second');
    expect(speedWords(0)).toBeNull();
    expect(speedWords(Number.NaN)).toBeNull();
  });

  it('rounds the time left so it reads calmly: fives of seconds, whole minutes, then hours', () => {
    expect(timeLeftWords(null)).toBeNull();
    expect(timeLeftWords(0)).toBe('A few seconds left');
    expect(timeLeftWords(4)).toBe('A few seconds left');
    expect(timeLeftWords(5)).toBe('About 5 seconds left');
    expect(timeLeftWords(41)).toBe('About 45 seconds left');
    expect(timeLeftWords(59)).toBe('About 60 seconds left');
    expect(timeLeftWords(60)).toBe('About 1 minute left');
    expect(timeLeftWords(200)).toBe('About 3 minutes left');
    expect(timeLeftWords(3600)).toBe('About 1 hour left');
    expect(timeLeftWords(3600 + 125 * 60)).toBe('About 3 hours 5 minutes left');
    expect(timeLeftWords(3660)).toBe('About 1 hour 1 minute left');
  });

  it('counts whole percent, never over 100', () => {
    expect(percentDone({ receivedBytes: 1, totalBytes: 3 })).toBe(33);
    expect(percentDone({ receivedBytes: 5, totalBytes: 4 })).toBe(100);
    expect(percentDone({ receivedBytes: 0, totalBytes: 0 })).toBe(0);
  });

  it('announces a download only at each quarter, and each change of state', () => {
    const at = (receivedBytes: number) => downloadAnnouncement('Tiny', downloadStatus({ receivedBytes, totalBytes: 100 }));
    expect(at(0)).toBe('Downloading Tiny.');
    expect(at(24)).toBe('Downloading Tiny.');
    expect(at(26)).toBe('Downloading Tiny: 25% done.');
    expect(at(49)).toBe(at(26));
    expect(at(99)).toBe('Downloading Tiny: 75% done.');
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
