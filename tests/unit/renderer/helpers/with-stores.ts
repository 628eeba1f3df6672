// Runs store code the way the app does: inside an app that provides the API client, with a fresh Pinia.
import { createPinia, setActivePinia } from 'pinia';
import { createApp, type App } from 'vue';
import type { ApiClient } from '@renderer/api/client';
import { apiClientKey } from '@renderer/api/inject-api';

/** A fresh app + Pinia with `client` provided; `run` calls store factories in that app's injection context. */
export function withStores(client: ApiClient): { app: App; run: <T>(fn: () => T) => T } {
  const app = createApp({ render: () => null });
  app.provide(apiClientKey, client);
  const pinia = createPinia();
  app.use(pinia);
  setActivePinia(pinia);
  return { app, run: (fn) => app.runWithContext(fn) };
}
