import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorySummary } from '@shared/stories-schemas';
import StoriesView from '@renderer/features/stories/StoriesView.vue';
import { STORY_PAGE_SIZE } from '@renderer/features/stories/stories-list-store';
import { fail, fakeClient, ok } from '../../helpers/fake-client';
import { eventually } from '../../../../helpers/eventually';
import { summary } from './story-fixtures';
import { mountStoryPart } from './story-screens';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

describe('StoriesView', () => {
  it('shows the stories as saved now when its window comes back into view (renamed in another window)', async () => {
    let items: StorySummary[] = [summary({ id: 7, title: 'Month-end close' })];
    const fake = fakeClient({ 'story:list': () => ok({ items, total: items.length, tags: [] }) });
    wrapper = mountStoryPart(StoriesView, fake.client);
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

  it('shows the first page of a long bank with "Showing N of M", and "Show more" brings the rest', async () => {
    const bank = Array.from({ length: 120 }, (_, i) => summary({ id: 120 - i, title: `Story number ${120 - i}` }));
    const sent: { limit?: number; offset?: number }[] = [];
    let failNext = false;
    const fake = fakeClient({
      'story:list': (input) => {
        sent.push({ limit: input?.limit, offset: input?.offset });
        if (failNext) return fail('INTERNAL', 'The stories could not be read. Try again.');
        const offset = input?.offset ?? 0;
        return ok({ items: bank.slice(offset, offset + (input?.limit ?? 200)), total: bank.length, tags: [] });
      },
    });
    wrapper = mountStoryPart(StoriesView, fake.client);
    const rows = () => wrapper!.findAll('[aria-label="Your stories"] > li');
    await eventually(() => expect(rows()).toHaveLength(STORY_PAGE_SIZE));
    expect(wrapper.get('[data-testid=story-count]').text()).toBe('120 stories');
    const more = () => wrapper!.get('[data-testid=show-more]');
    expect(more().text()).toContain(`Showing ${STORY_PAGE_SIZE} of 120`);

    // A next page that fails says why beside the list, and the stories shown stay.
    failNext = true;
    await more().get('button').trigger('click');
    await eventually(() => expect(more().text()).toContain('The stories could not be read. Try again.'));
    expect(rows()).toHaveLength(STORY_PAGE_SIZE);

    failNext = false;
    await more().get('button').trigger('click');
    await eventually(() => expect(rows()).toHaveLength(2 * STORY_PAGE_SIZE));
    expect(more().text()).toContain(`Showing ${2 * STORY_PAGE_SIZE} of 120`);
    expect(more().text()).not.toContain('could not be read');
    await more().get('button').trigger('click');
    await eventually(() => expect(rows()).toHaveLength(120));
    expect(wrapper.find('[data-testid=show-more]').exists()).toBe(false);
    expect(rows().at(-1)!.text()).toContain('Story number 1');

    // Back from another window: the list as saved now, as long as it was, not folded back to the first page.
    document.dispatchEvent(new Event('visibilitychange'));
    await flushPromises();
    await eventually(() => expect(sent.at(-1)).toEqual({ limit: 120, offset: 0 }));
    expect(rows()).toHaveLength(120);
  });
});
