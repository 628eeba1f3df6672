import type { BackupInfo } from '@shared/app-contract';

/** The most recent of several views of "the last backup" (app:info, the list, the one just made), so none goes stale. */
export function newestBackup(...candidates: (BackupInfo | null | undefined)[]): BackupInfo | null {
  let newest: BackupInfo | null = null;
  for (const candidate of candidates) {
    if (candidate && (!newest || candidate.createdAt > newest.createdAt)) newest = candidate;
  }
  return newest;
}
