// The words a model download is shown with: sizes, speed and time left, said the way a person reads them.
import type { DownloadStatus } from '@shared/speech-schemas';
import { formatBytes } from '@renderer/shared/format/format-bytes';

const MB = 1024 * 1024;

/** A model's size in whole megabytes ("74 MB"), as the catalog lists them; under 1 MB in one decimal. */
export function modelSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const mb = bytes / MB;
  return mb < 1 ? `${mb.toFixed(1)} MB` : `${Math.round(mb)} MB`;
}

/** "12.3 MB of 74 MB": what has arrived out of the whole file. */
export function bytesProgress(received: number, total: number): string {
  return `${formatBytes(received)} of ${formatBytes(total)}`;
}

/** "1.2 MB a second"; null when nothing is moving yet (the first half second, a pause). */
export function speedWords(bytesPerSecond: number): string | null {
  if (!Number.isFinite(bytesPerSecond) || bytesPerSecond <= 0) return null;
  return `${formatBytes(bytesPerSecond)} a second`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "About 3 minutes left", rounded so it does not flicker: seconds in fives under a minute, whole minutes under an
 * hour, then hours and minutes. Null while the speed is not known yet.
 */
export function timeLeftWords(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 5) return 'A few seconds left';
  if (seconds < 60) return `About ${plural(Math.ceil(seconds / 5) * 5, 'second')} left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `About ${plural(minutes, 'minute')} left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `About ${plural(hours, 'hour')}${rest ? ` ${plural(rest, 'minute')}` : ''} left`;
}

/** Whole percent of the file received, 0-100. */
export function percentDone(status: Pick<DownloadStatus, 'receivedBytes' | 'totalBytes'>): number {
  if (status.totalBytes <= 0) return 0;
  return Math.min(100, Math.floor((status.receivedBytes / status.totalBytes) * 100));
}

/**
 * What a screen reader hears about a download (an aria-live polite region): the state, and while downloading only
 * every quarter, so it is told how far along it is without a new sentence every half second.
 */
export function downloadAnnouncement(name: string, status: DownloadStatus): string {
  switch (status.state) {
    case 'downloading': {
      const quarter = Math.floor(percentDone(status) / 25) * 25;
      return quarter === 0 ? `Downloading ${name}.` : `Downloading ${name}: ${quarter}% done.`;
    }
    case 'paused':
      return `Download of ${name} paused at ${percentDone(status)}%.`;
    case 'verifying':
      return `Checking the downloaded file of ${name}.`;
    case 'done':
      return `${name} is downloaded, checked and installed.`;
    case 'failed':
      return `The download of ${name} stopped.`;
    case 'cancelled':
      return `The download of ${name} was cancelled.`;
  }
}

/** True while the main process is still working on a download, so its status is worth polling. */
export function isDownloadActive(status: DownloadStatus | null | undefined): boolean {
  return status?.state === 'downloading' || status?.state === 'verifying';
}
