import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoryTrashItem } from '@shared/stories-schemas';
import StoriesTrashView from '@renderer/features/stories/StoriesTrashView.vue';
import { formatDateTimeInSentence } from '@renderer/shared/format/format-date';
import { fakeClient, ok } from '../../helpers/fake-client';
import { eventually } from '../../../../helpers/eventually';
import { summary } from './story-fixtures';
import { mountStoryPart } from './story-screens';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

/** A story in the trash, written long before it was moved there. */
function trashed(id: number, title: string, deletedAt: string): StoryTrashItem {
  return { ...summary({ id, title, updatedAt: '2025-01-15T09:00:00.000Z' }), deletedAt };
}

describe('StoriesTrashView', () => {
  it('says when each story was moved to the trash, not when it was last changed', async () => {
    const movedAt = '2026-11-20T16:45:00.000Z';
    const fake = fakeClient({ 'story:listTrash': () => ok([trashed(3, 'The audit', movedAt)]) });
    wrapper = mountStoryPart(StoriesTrashView, fake.client);
    const list = () => wrapper!.get('[aria-label="Stories in the trash"]');
    await eventually(() => expect(list().text()).toContain('The audit'));
    expect(list().text()).toContain(`moved to the trash ${formatDateTimeInSentence(movedAt)}`);
    expect(list().text()).not.toContain('changed');
    expect(list().text()).not.toContain('2025');
  });

  it('moves focus to the next Restore after a restore, else the previous one, else the page heading', async () => {
    let items = [
      trashed(1, 'First', '2026-11-20T16:45:00.000Z'),
      trashed(2, 'Second', '2026-11-20T16:44:00.000Z'),
      trashed(3, 'Third', '2026-11-20T16:43:00.000Z'),
    ];
    const fake = fakeClient({
      'story:listTrash': () => ok(items),
      'story:restore': (input) => {
        items = items.filter((s) => s.id !== input!.id);
        return ok({ ok: true as const });
      },
      'story:list': () => ok({ items: [], total: 0, tags: [] }),
    });
    wrapper = mountStoryPart(StoriesTrashView, fake.client);
    const restore = (title: string) => wrapper!.get(`button[aria-label="Restore “${title}”"]`);
    await eventually(() => expect(wrapper!.find('button[aria-label="Restore “Third”"]').exists()).toBe(true));
    const focused = () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim();

    (restore('Second').element as HTMLElement).focus();
    await restore('Second').trigger('click');
    await eventually(() => expect(wrapper!.text()).toContain('“Second” is back in your stories.'));
    expect(focused()).toBe('Restore “Third”');

    await restore('Third').trigger('click');
    await eventually(() => expect(wrapper!.text()).toContain('“Third” is back in your stories.'));
    expect(focused()).toBe('Restore “First”');

    await restore('First').trigger('click');
    await eventually(() => expect(wrapper!.text()).toContain('The trash is empty'));
    expect(document.activeElement?.tagName).toBe('H1');
    expect(focused()).toBe('Stories in the trash');
  });
});
