import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import type { BankQuestion } from '@shared/journal-schemas';
import { apiClientKey } from '@renderer/api/inject-api';
import StoryLinks from '@renderer/features/stories/components/StoryLinks.vue';
import { useStoryEditorStore } from '@renderer/features/stories/story-editor-store';
import { fakeClient, ok } from '../../helpers/fake-client';
import { eventually } from '../../../../helpers/eventually';
import { story } from './story-fixtures';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

const question = (id: number, text: string): BankQuestion => ({
  id,
  text,
  category: 'behavioural',
  hints: [],
  tags: [],
  source: 'custom',
});
const failure = question(11, 'Tell me about a failure.');
const conflict = question(12, 'Tell me about a conflict.');
const link = (q: typeof failure) => ({ questionId: q.id, questionText: q.text, category: q.category });

async function mountLinks() {
  let saved = story({ links: [link(failure)] });
  const fake = fakeClient({
    'story:get': () => ok(saved),
    'story:link': () => ok((saved = { ...saved, links: [...saved.links, link(conflict)] })),
    'story:unlink': (input) => ok((saved = { ...saved, links: saved.links.filter((l) => l.questionId !== input!.questionId) })),
    'bank:list': () => ok({ items: [failure, conflict], total: 2 }),
  });
  const pinia = createPinia();
  wrapper = mount(StoryLinks, {
    attachTo: document.body,
    global: { plugins: [pinia], provide: { [apiClientKey as symbol]: fake.client } },
  });
  setActivePinia(pinia);
  await useStoryEditorStore().load(7);
  await flushPromises();
}

const button = (name: string) => wrapper!.findAll('button').find((b) => (b.attributes('aria-label') ?? b.text()) === name)!;

describe('StoryLinks focus', () => {
  it('keeps the keyboard in place: the search when it opens or a question is linked, "Link a question" after', async () => {
    await mountLinks();
    await button('Link a question').trigger('click');
    await flushPromises();
    expect(document.activeElement?.id).toBe('story-question-search');

    await eventually(() => expect(button('Link “Tell me about a conflict.”')).toBeTruthy());
    await button('Link “Tell me about a conflict.”').trigger('click');
    await flushPromises();
    await eventually(() => expect(wrapper!.get('[aria-label="Linked questions"]').text()).toContain('conflict'));
    expect(document.activeElement?.id).toBe('story-question-search');

    await button('Done linking').trigger('click');
    await flushPromises();
    expect(document.activeElement?.textContent?.trim()).toBe('Link a question');

    await button('Unlink “Tell me about a failure.”').trigger('click');
    await flushPromises();
    await eventually(() => expect(wrapper!.get('[aria-label="Linked questions"]').text()).not.toContain('failure'));
    expect(document.activeElement?.textContent?.trim()).toBe('Link a question');
  });
});
