import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobDescription, JobTermEntry } from '@shared/stories-schemas';
import { apiClientKey } from '@renderer/api/inject-api';
import JobTerms from '@renderer/features/stories/components/JobTerms.vue';
import { useJobDescriptionStore } from '@renderer/features/stories/job-description-store';
import { fakeClient, ok } from '../../helpers/fake-client';
import { eventually } from '../../../../helpers/eventually';
import { coverage, jobDescription } from './story-fixtures';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

const entry = (term: string): JobTermEntry => ({ term, weight: 1, kind: 'skill', source: 'found' });
const ALL = ['IFRS 16', 'Power BI', 'SQL'];

async function mountTerms() {
  let saved: JobDescription = jobDescription({ text: 'IFRS 16, Power BI, SQL.', skipped: null, terms: ALL.map(entry) });
  const fake = fakeClient({
    'job:get': () => ok(saved),
    'job:coverage': () => ok(coverage()),
    'job:removeTerm': (input) =>
      ok(
        (saved = {
          ...saved,
          revision: saved.revision + 1,
          terms: saved.terms.filter((t) => t.term !== input!.term),
          removed: [...saved.removed, input!.term],
        }),
      ),
    'job:restoreTerm': (input) =>
      ok(
        (saved = {
          ...saved,
          revision: saved.revision + 1,
          terms: ALL.filter((t) => t === input!.term || saved.terms.some((s) => s.term === t)).map(entry),
          removed: saved.removed.filter((t) => t !== input!.term),
        }),
      ),
  });
  const pinia = createPinia();
  wrapper = mount(JobTerms, {
    attachTo: document.body,
    global: { plugins: [pinia], provide: { [apiClientKey as symbol]: fake.client } },
  });
  setActivePinia(pinia);
  await useJobDescriptionStore().load(3);
  await flushPromises();
}

const byLabel = (label: string) => wrapper!.get(`[aria-label="${label}"]`);
const focused = () => document.activeElement?.getAttribute('aria-label');

describe('JobTerms focus', () => {
  it('moves to the next term after a removal, and to the term brought back after a restore', async () => {
    await mountTerms();
    await byLabel('Remove term Power BI').trigger('click');
    await eventually(() => expect(wrapper!.text()).toContain('Removed:'));
    await eventually(() => expect(focused()).toBe('Remove term SQL'));

    await byLabel('Remove term SQL').trigger('click');
    await eventually(() => expect(wrapper!.findAll('[aria-label^="Remove term"]')).toHaveLength(1));
    await eventually(() => expect(focused()).toBe('Remove term IFRS 16'));

    await byLabel('Bring back term Power BI').trigger('click');
    await eventually(() => expect(focused()).toBe('Remove term Power BI'));
  });
});
