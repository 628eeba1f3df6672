import { describe, expect, it } from 'vitest';
import { backupInfoSchema } from '@shared/app-contract';
import { backupReasonText } from '@renderer/features/backup/backup-reason';
import { formatBytes } from '@renderer/shared/format/format-bytes';
import { formatDateTime, formatDateTimeInSentence, formatTime } from '@renderer/shared/format/format-date';
import { hostLabel } from '@renderer/features/settings/host-label';
import { errorHint } from '@renderer/shared/format/error-hint';
import { ApiError } from '@renderer/api/api-error';
import { newestBackup } from '@renderer/features/backup/newest-backup';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1.0 KB'],
    [16_384, '16 KB'],
    [1_572_864, '1.5 MB'],
    [50 * 1024 * 1024, '50 MB'],
    [3 * 1024 ** 3, '3.0 GB'],
    [-1, '—'],
    [Number.NaN, '—'],
  ])('%d bytes reads as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatDateTime', () => {
  // Local times, so the calendar-day logic is tested in whatever zone the machine is in.
  const now = new Date(2026, 10, 26, 15, 0);
  const at = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m, d, h, min).toISOString();

  it('says "Today" and "Yesterday" by calendar day, not by 24 hours', () => {
    expect(formatDateTime(at(2026, 10, 26, 0, 5), now, 'en-GB')).toBe('Today at 00:05');
    expect(formatDateTime(at(2026, 10, 25, 23, 55), now, 'en-GB')).toBe('Yesterday at 23:55');
  });

  it('gives the date, and the year only when it is not this year', () => {
    expect(formatDateTime(at(2026, 10, 3, 9, 30), now, 'en-GB')).toBe('3 Nov at 09:30');
    expect(formatDateTime(at(2025, 0, 14, 18, 0), now, 'en-GB')).toBe('14 Jan 2025 at 18:00');
  });

  it('reads inside a sentence: "moved to the trash today at…", a month name kept as written', () => {
    expect(formatDateTimeInSentence(at(2026, 10, 26, 0, 5), now, 'en-GB')).toBe('today at 00:05');
    expect(formatDateTimeInSentence(at(2026, 10, 25, 23, 55), now, 'en-GB')).toBe('yesterday at 23:55');
    expect(formatDateTimeInSentence(at(2026, 10, 3, 9, 30), now, 'en-GB')).toBe('3 Nov at 09:30');
  });

  it('does not show "Invalid Date" to people', () => {
    expect(formatDateTime('not a date', now)).toBe('Unknown date');
    expect(formatTime('not a date')).toBe('an unknown time');
  });
});

describe('plain words', () => {
  it('names every backup reason without its code', () => {
    // Every reason the contract knows, so a new one without words fails here.
    const reasons = backupInfoSchema.shape.reason.options;
    const texts = reasons.map(backupReasonText);
    expect(backupReasonText('manual')).toBe('You made this one');
    expect(backupReasonText('before-delete')).toBe('Made before deleting all data');
    for (const text of texts) expect(text).toMatch(/^[A-Z][A-Za-z ]+$/);
    expect(new Set(texts).size).toBe(reasons.length);
  });

  it('names the host', () => {
    expect(hostLabel('electron')).toBe('Desktop app');
    expect(hostLabel('browser')).toContain('npm run web');
  });

  it('tells a forbidden page to use the newest printed link, and other failures to try again', () => {
    expect(errorHint(new ApiError({ code: 'FORBIDDEN', message: 'x' }))).toContain('newest link');
    expect(errorHint(new ApiError({ code: 'STORAGE', message: 'x' }))).toContain('disk');
    expect(errorHint(new ApiError({ code: 'INTERNAL', message: 'x' }))).toContain('Try again');
  });
});

describe('newestBackup', () => {
  const at = (createdAt: string) => ({ fileName: `${createdAt}.db`, createdAt, sizeBytes: 1, reason: 'manual' as const });

  it('picks the latest of the known backups and skips missing ones', () => {
    const a = at('2026-11-26T04:00:00.000Z');
    const b = at('2026-11-26T05:00:00.000Z');
    expect(newestBackup(a, null, b, undefined)).toBe(b);
    expect(newestBackup(b, a)).toBe(b);
    expect(newestBackup(null, undefined)).toBeNull();
  });
});
