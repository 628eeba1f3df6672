import type { RouteInput, RouteName, RouteOutput } from '@shared/contract';
import { ApiError } from './api-error';
import type { Transport } from './transport';

/** The renderer's one way to the main process: typed by the contract, failures thrown as ApiError. */
export interface ApiClient {
  call<N extends RouteName>(
    name: N,
    ...input: undefined extends RouteInput<N> ? [RouteInput<N>?] : [RouteInput<N>]
  ): Promise<RouteOutput<N>>;
}

/** Wraps a transport; tests pass their own transport or a whole client. */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(name, ...rest) {
      const result = await transport(name, rest[0]);
      if (!result.ok) throw new ApiError(result.error);
      return result.data;
    },
  };
}
