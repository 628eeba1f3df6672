import { inject, type InjectionKey } from 'vue';
import type { ApiClient } from './client';

/** Where the app provides its client; tests provide their own. */
export const apiClientKey: InjectionKey<ApiClient> = Symbol('api-client');

/** The client for stores and components; a missing provide is a wiring bug, so it throws. */
export function useApi(): ApiClient {
  const client = inject(apiClientKey);
  if (!client) throw new Error('No API client provided');
  return client;
}
