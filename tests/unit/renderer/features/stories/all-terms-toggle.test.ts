import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { JobCoverage, JobTermEntry } from '@shared/stories-schemas';
import { apiClientKey } from '@renderer/api/inject-api';
import { JobDescriptionSection } from '@renderer/features/stories';
import { useJobDescriptionStore } from '@renderer/features/stories/job-description-store';
import { fakeClient, ok } from '../../helpers/fake-client';
import { eventually } from '../../../../helpers/eventually';
import { coverage, jobDescription } from './story-fixtures';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

const TERMS: JobTermEntry[] = Array.from({ length: 30 }, (_, i) => ({
  term: `term ${i + 1}`,
  weight: 1,
  kind: 'skill',
  source: 'found',
}));
const row = (t: JobTermEntry, covered: boolean): JobCoverage['rows'][number] => ({
  ...t,
  stories: covered ? [{ id: 9, title: 'A story' }] : [],
  answers: [],
});

/** A description of 30 terms, 25 of them key; the first is covered by a story, the rest are not. */
async function mountSection() {
  const fake = fakeClient({
    'job:get': (input) =>
      ok(jobDescription({ interviewId: input!.interviewId, text: 'An ad.', skipped: null, terms: TERMS, keyTerms: 25 })),
    'job:coverage': (input) =>
      ok(
        coverage({
          interviewId: input!.interviewId,
          rows: TERMS.map((t, i) => row(t, i === 0)),
          keyTerms: 25,
          gaps: TERMS.slice(1, 25).map((t) => t.term),
          moreGaps: 5,
        }),
      ),
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { render: () => null } }],
  });
  const pinia = createPinia();
  wrapper = mount(JobDescriptionSection, {
    props: { interviewId: 3 },
    attachTo: document.body,
    global: { plugins: [pinia, router], provide: { [apiClientKey as symbol]: fake.client } },
  });
  setActivePinia(pinia);
  await eventually(() => expect(wrapper!.find('[data-testid=coverage-gaps]').exists()).toBe(true));
}

const chips = () => wrapper!.findAll('[aria-label="Terms of the job description"] > li');
const rows = () => wrapper!.findAll('tbody tr');
const gapLine = () => wrapper!.get('[data-testid=coverage-gaps]').text();
const toggles = () => wrapper!.findAll('[data-testid=all-terms-toggle]');

describe('the key terms and "Show all"', () => {
  it('lists the 25 key terms and counts their gaps; Show all lists every term and counts the gaps further down', async () => {
    await mountSection();
    expect(chips()).toHaveLength(25);
    expect(rows()).toHaveLength(25);
    expect(gapLine()).toBe('24 of the top 25 terms have no story yet.');
    expect(toggles().map((t) => t.text())).toEqual(['Show all 30 terms', 'Show all 30 terms']);
    expect(toggles()[0]!.attributes('aria-expanded')).toBe('false');

    await toggles()[0]!.trigger('click');
    expect(chips()).toHaveLength(30);
    expect(rows()).toHaveLength(30);
    expect(rows()[29]!.text()).toContain('Gap: no story yet');
    expect(gapLine()).toBe('24 of the top 25 terms have no story yet. Further down the list, 5 more have none.');
    expect(toggles().map((t) => t.text())).toEqual(['Show the top 25 only', 'Show the top 25 only']);
    expect(toggles()[1]!.attributes('aria-expanded')).toBe('true');

    // Another interview's description starts with its key terms again.
    await useJobDescriptionStore().load(4);
    await eventually(() => expect(chips()).toHaveLength(25));
    expect(toggles()[0]!.text()).toBe('Show all 30 terms');
  });
});
