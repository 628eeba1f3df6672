import { expect } from 'vitest';
import type { Core } from '../../../electron/main/core';
import type { RouteName, RouteOutput } from '../../../electron/shared/contract';
import type { AppErrorData } from '../../../electron/shared/errors';
import { withCurrentRevision, type SaveInput } from './current-revision';

/** Calls a route that must succeed, and returns its typed output (the failure is shown if it does not). */
export async function call<N extends RouteName>(core: Core, name: N, input: SaveInput<N>): Promise<RouteOutput<N>> {
  const result = await core.router.dispatch(name, withCurrentRevision(core.database.db, name, input));
  if (!result.ok) expect.fail(`${name} failed: ${JSON.stringify(result.error).slice(0, 2000)}`);
  return result.data as RouteOutput<N>;
}

/** Calls a route that must fail (input may be deliberately malformed), and returns its error. */
export async function fail(core: Core, name: RouteName, input: unknown): Promise<AppErrorData> {
  const result = await core.router.dispatch(name, withCurrentRevision(core.database.db, name, input));
  if (result.ok) expect.fail(`${name} should have failed but returned ${JSON.stringify(result.data).slice(0, 300)}`);
  return result.error;
}
