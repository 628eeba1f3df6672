import type { Bridge } from '@shared/bridge';
import type { RouteInput, RouteName, RouteOutput } from '@shared/contract';
import type { Envelope } from '@shared/errors';

/** How a call reaches the main process: the Electron bridge or the browser host's HTTP door. */
export type Transport = <N extends RouteName>(name: N, input: RouteInput<N> | undefined) => Promise<Envelope<RouteOutput<N>>>;

/** Calls through `window.api` (Electron). */
export function bridgeTransport(bridge: Bridge): Transport {
  return (name, input) => (bridge[name] as (input: unknown) => Promise<Envelope<RouteOutput<typeof name>>>)(input);
}

/** Browsers refuse keepalive requests whose bodies add up to 64 KiB; stay well under. */
const KEEPALIVE_LIMIT = 60_000;

/** Calls the browser host: POST /api/<route> with the per-run token. Transport failures become envelopes too. */
export function httpTransport(token: string, fetchImpl: typeof fetch = fetch.bind(globalThis)): Transport {
  return async (name, input) => {
    let response: Response;
    try {
      const body = input === undefined ? '' : JSON.stringify(input);
      response = await fetchImpl(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
        // keepalive lets a save started as the tab closes still arrive; browsers allow it only for small bodies.
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Could not reach the Debrief host. Is `npm run web` still running?' },
      };
    }
    try {
      return (await response.json()) as Envelope<RouteOutput<typeof name>>;
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `The Debrief host answered ${response.status} without a readable body.` },
      };
    }
  };
}
