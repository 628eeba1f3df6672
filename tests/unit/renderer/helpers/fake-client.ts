// A hand-made API client for renderer tests: each route answers from a function the test writes, and every call is recorded.
import type { RouteInput, RouteName, RouteOutput } from '@shared/contract';
import type { AppErrorData, Envelope } from '@shared/errors';
import { createApiClient, type ApiClient } from '@renderer/api/client';

/** How a test answers one route: an envelope, or a promise of one (to hold a call open). */
export type FakeRoute<N extends RouteName> = (
  input: RouteInput<N> | undefined,
) => Envelope<RouteOutput<N>> | Promise<Envelope<RouteOutput<N>>>;

/** The answers for the routes a test uses; any other route fails the test loudly. */
export type FakeRoutes = { [N in RouteName]?: FakeRoute<N> };

/** A success envelope. */
export function ok<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

/** A failure envelope, as the main process sends it. */
export function fail(code: AppErrorData['code'], message: string, details?: AppErrorData['details']): Envelope<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/** The client plus the names of the routes it was asked for, in order. */
export interface FakeClient {
  client: ApiClient;
  calls: RouteName[];
  routes: FakeRoutes;
}

/** Builds a client over a test transport; `routes` can be changed between calls (e.g. fail once, then succeed). */
export function fakeClient(routes: FakeRoutes): FakeClient {
  const calls: RouteName[] = [];
  const client = createApiClient(async (name, input) => {
    calls.push(name);
    const route = routes[name] as FakeRoute<typeof name> | undefined;
    if (!route) throw new Error(`The test did not expect a call to ${name}`);
    return route(input);
  });
  return { client, calls, routes };
}

/** A promise the test resolves when it chooses, to observe "busy" states without timers. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A client over `routes` that records every input it was sent, by route. */
export function recording(routes: FakeRoutes) {
  const sent: { route: RouteName; input: unknown }[] = [];
  const wrapped: FakeRoutes = {};
  for (const [name, run] of Object.entries(routes) as [RouteName, (input: unknown) => never][]) {
    (wrapped as Record<string, unknown>)[name] = (input: unknown) => (sent.push({ route: name, input }), run(input));
  }
  const fake = fakeClient(wrapped);
  const of = <N extends RouteName>(route: N) => sent.filter((s) => s.route === route).map((s) => s.input as RouteInput<N>);
  return { fake, of };
}
