import type { RouteInput, RouteName, RouteOutput } from './contract';
import type { Envelope } from './errors';

/** The shape of `window.api`: one function per route, derived from the contract, never written out by hand. */
export type Bridge = {
  readonly [N in RouteName]: (input?: RouteInput<N>) => Promise<Envelope<RouteOutput<N>>>;
};
