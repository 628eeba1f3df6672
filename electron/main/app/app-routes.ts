import type { RouteOutput } from '../../shared/contract';
import type { Handlers } from '../ipc/router';
import type { BackupService } from '../backup/backup-domain';

/** Facts about the running app that do not change while it runs. */
type AppFacts = Omit<RouteOutput<'app:info'>, 'lastBackup'>;

/** The shell's own route: what Settings shows about the app and its data. */
export function appRoutes(facts: AppFacts, backups: BackupService): Handlers {
  return {
    'app:info': () => ({ ...facts, lastBackup: backups.latest() }),
  };
}
