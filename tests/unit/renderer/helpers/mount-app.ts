// Mounts a component the way main.ts wires the app: Pinia, a router (in memory), and the API client provided.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { Component } from 'vue';
import type { Router } from 'vue-router';
import type { ApiClient } from '@renderer/api/client';
import { apiClientKey } from '@renderer/api/inject-api';
import { createTestRouter } from '@renderer/app/create-app-router';

/** The mounted component and its router, after the first navigation and its data calls have settled. */
export async function mountWithApp(
  component: Component,
  client: ApiClient,
  path = '/journal',
): Promise<{ wrapper: VueWrapper; router: Router }> {
  const router = createTestRouter();
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, {
    attachTo: document.body,
    global: { plugins: [createPinia(), router], provide: { [apiClientKey as symbol]: client } },
  });
  await flushPromises();
  return { wrapper, router };
}
