// Mounting a story-bank screen or part the way the app does: Pinia, an in-memory router, and a fake API client.
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { ApiClient } from '@renderer/api/client';
import { apiClientKey } from '@renderer/api/inject-api';

/** Mounts `component` in the page with `props`, over `client`; any path routes to an empty page. */
export function mountStoryPart(component: Component, client: ApiClient, props: Record<string, unknown> = {}): VueWrapper {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { render: () => null } }],
  });
  return mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [createPinia(), router], provide: { [apiClientKey as symbol]: client } },
  });
}
