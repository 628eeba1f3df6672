import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_INTERVAL_MS, startBackupTimer, type BackupService } from '../../../../electron/main/backup/backup-service';

function fakeService(createIfChanged: BackupService['createIfChanged']): BackupService {
  return {
    create: vi.fn(),
    list: vi.fn(() => []),
    latest: vi.fn(() => null),
    createIfChanged: vi.fn(createIfChanged),
  };
}

describe('startBackupTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('backs up every fifteen minutes, and not before', async () => {
    expect(BACKUP_INTERVAL_MS).toBe(15 * 60 * 1000);
    const service = fakeService(async () => null);
    const stop = startBackupTimer(service, vi.fn());
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS - 1);
    expect(service.createIfChanged).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(service.createIfChanged).toHaveBeenCalledTimes(1);
    expect(service.createIfChanged).toHaveBeenCalledWith('interval');
    await vi.advanceTimersByTimeAsync(2 * BACKUP_INTERVAL_MS);
    expect(service.createIfChanged).toHaveBeenCalledTimes(3);
    stop();
  });

  it('stops when told to', async () => {
    const service = fakeService(async () => null);
    const stop = startBackupTimer(service, vi.fn(), 1000);
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(service.createIfChanged).toHaveBeenCalledTimes(1);
  });

  it('reports a failed backup to onError and keeps running', async () => {
    const failure = new Error('disk full');
    const service = fakeService(() => Promise.reject(failure));
    const onError = vi.fn();
    const stop = startBackupTimer(service, onError, 1000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledWith(failure);
    stop();
  });
});
