import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { StorySummary } from '@shared/stories-schemas';
import { apiClientKey } from '@renderer/api/inject-api';
import StoriesView from '@renderer/features/stories/StoriesView.vue';
import { fakeClient, ok } from '../../helpers/fake-client';
import { eventually } from '../../../../helpers/eventually';
import { summary } from './story-fixtures';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

describe('StoriesView', () => {
  it('shows the stories as saved now when its window comes back into view (renamed in another window)', async () => {
    let items: StorySummary[] = [summary({ id: 7, title: 'Month-end close' })];
    const fake = fakeClient({ 'story:list': () => ok({ items, total: items.length, tags: [] }) });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:p(.*)*', component: { render: () => null } }],
    });
    wrapper = mount(StoriesView, {
      attachTo: document.body,
      global: { plugins: [createPinia(), router], provide: { [apiClientKey as symbol]: fake.client } },
    });
    await eventually(() => expect(wrapper!.get('[aria-label="Your stories"]').text()).toContain('Month-end close'));

    // In another window, the story was renamed and a second one written.
    items = [summary({ id: 8, title: 'Audit with no findings' }), summary({ id: 7, title: 'The close I rescued' })];
    document.dispatchEvent(new Event('visibilitychange'));
    await flushPromises();
    await eventually(() => expect(wrapper!.get('[data-testid=story-count]').text()).toBe('2 stories'));
    const list = wrapper!.get('[aria-label="Your stories"]').text();
    expect(list).toContain('The close I rescued');
    expect(list).not.toContain('Month-end close');
  });
});
