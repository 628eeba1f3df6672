import type Database from 'better-sqlite3';
import type { RouteName } from '../../electron/shared/contract';
import type { DataPaths } from '../../electron/main/db/data-paths';
import type { Core } from '../../electron/main/core';

/** What every domain's cases get: the open core, its database, the run's sizes, and a call that fails loudly. */
export interface BenchContext {
  core: Core;
  db: Database.Database;
  paths: DataPaths;
  interviews: number;
  /** Timed runs per case (a case may ask for fewer); cases that use up a row per run prepare this many and more. */
  iterations: number;
  call(name: RouteName, input?: unknown): Promise<unknown>;
}

/** Wraps the router so a failing route stops the benchmark instead of timing an error. */
export function benchContext(core: Core, sizes: { interviews: number; iterations: number }): BenchContext {
  return {
    core,
    db: core.database.db,
    paths: core.database.paths,
    ...sizes,
    async call(name, input) {
      const result = await core.router.dispatch(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.data;
    },
  };
}
