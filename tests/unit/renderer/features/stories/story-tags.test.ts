import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClientKey } from '@renderer/api/inject-api';
import StoryTags from '@renderer/features/stories/components/StoryTags.vue';
import { useStoryEditorStore } from '@renderer/features/stories/story-editor-store';
import { fail, fakeClient, ok } from '../../helpers/fake-client';
import { eventually } from '../../../../helpers/eventually';
import { story } from './story-fixtures';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

async function mountTags(tags: string[]) {
  let saved = story({ tags });
  const fake = fakeClient({
    'story:get': () => ok(saved),
    'story:update': (input) => {
      const next = input?.patch.tags ?? [];
      // As the contract refuses them.
      if (next.length > 12)
        return fail('VALIDATION', 'A story carries at most 12 tags.', [
          { path: 'patch.tags', message: 'A story carries at most 12 tags.' },
        ]);
      if (next.some((t) => t.length > 40))
        return fail('VALIDATION', 'Keep a tag under 40 characters.', [
          { path: 'patch.tags.0', message: 'Keep a tag under 40 characters.' },
        ]);
      saved = { ...saved, tags: next, revision: saved.revision + 1 };
      return ok(saved);
    },
  });
  const pinia = createPinia();
  wrapper = mount(StoryTags, {
    attachTo: document.body,
    global: { plugins: [pinia], provide: { [apiClientKey as symbol]: fake.client } },
  });
  setActivePinia(pinia);
  await useStoryEditorStore().load(7);
  await flushPromises();
  return fake;
}

async function type(text: string): Promise<void> {
  const input = wrapper!.get('#story-tag-input');
  await input.setValue(text);
  await input.trigger('keydown', { key: 'Enter' });
  await flushPromises();
}

describe('StoryTags', () => {
  it('keeps a tag that is too long in the box with the reason, and sends nothing that would be refused', async () => {
    const fake = await mountTags(['data']);
    const long = 'a'.repeat(45);
    await type(long);
    await eventually(() => expect(wrapper!.text()).toContain('Keep a tag under 40 characters.'));
    expect((wrapper!.get('#story-tag-input').element as HTMLInputElement).value).toBe(long);
    expect(wrapper!.get('[aria-label="Tags of this story"]').text()).not.toContain(long);
    expect(fake.calls).not.toContain('story:update');
  });

  it('refuses more tags than a story carries, saying how many, and keeps what was typed', async () => {
    const fake = await mountTags(Array.from({ length: 11 }, (_, i) => `tag ${i + 1}`));
    await type('pressure, customer');
    await eventually(() => expect(wrapper!.text()).toContain('A story carries at most 12 tags.'));
    expect((wrapper!.get('#story-tag-input').element as HTMLInputElement).value).toBe('pressure, customer');
    expect(fake.calls).not.toContain('story:update');
  });

  it('still adds a good tag at once', async () => {
    const fake = await mountTags([]);
    await type('pressure');
    await eventually(() => expect(fake.calls).toContain('story:update'));
    expect(wrapper!.get('[aria-label="Tags of this story"]').text()).toContain('pressure');
    expect((wrapper!.get('#story-tag-input').element as HTMLInputElement).value).toBe('');
  });
});
