import type { BackupInfo } from '@shared/app-contract';

const REASONS: Record<BackupInfo['reason'], string> = {
  manual: 'You made this one',
  start: 'Made when Debrief started',
  interval: 'Made automatically while you worked',
  'before-restore': 'Made before restoring a backup',
  'before-migration': 'Made before updating how data is stored',
  'before-delete': 'Made before deleting all data',
};

/** Why a backup exists, in plain words instead of the code the file name carries. */
export function backupReasonText(reason: BackupInfo['reason']): string {
  return REASONS[reason] ?? 'Backup';
}
