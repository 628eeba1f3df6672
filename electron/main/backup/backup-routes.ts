import type { Handlers } from '../ipc/router';
import type { BackupService } from './backup-service';

/** The backup domain's routes. */
export function backupRoutes(backups: BackupService): Handlers {
  return {
    'backup:create': () => backups.create('manual'),
    'backup:list': () => backups.list(),
  };
}
