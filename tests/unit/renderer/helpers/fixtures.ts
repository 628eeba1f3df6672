// Sample data shaped exactly like the contract's outputs, so type changes in the contract break these tests first.
import type { BackupInfo } from '@shared/app-contract';
import type { RouteOutput } from '@shared/contract';

/** A backup as backup:list returns it. */
export function backup(overrides: Partial<BackupInfo> = {}): BackupInfo {
  return {
    fileName: 'debrief-20261126T040512123Z-manual.db',
    createdAt: '2026-11-26T04:05:12.123Z',
    sizeBytes: 16_384,
    reason: 'manual',
    ...overrides,
  };
}

/** app:info as the browser host answers it. */
export function appInfo(overrides: Partial<RouteOutput<'app:info'>> = {}): RouteOutput<'app:info'> {
  return {
    name: 'Debrief',
    version: '0.1.0',
    dataDir: '/home/sam/.config/Debrief',
    databasePath: '/home/sam/.config/Debrief/debrief.db',
    schemaVersion: 1,
    lastBackup: null,
    notices: [],
    host: 'browser',
    ...overrides,
  };
}
