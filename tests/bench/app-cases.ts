import { listBackups } from '../../electron/main/db/backups';
import type { BenchCase } from './harness';
import type { BenchContext } from './bench-context';

/** The shell's routes: app facts and the backup list, against reading the same facts directly. */
export function appCases(ctx: BenchContext): BenchCase[] {
  const version = ctx.db.prepare('SELECT MAX(version) FROM schema_migrations').pluck();
  return [
    {
      name: 'app:info',
      route: () => ctx.call('app:info'),
      raw: () => [version.get(), listBackups(ctx.paths.backups)[0]],
    },
    {
      name: 'backup:list',
      route: () => ctx.call('backup:list'),
      raw: () => listBackups(ctx.paths.backups),
    },
  ];
}
