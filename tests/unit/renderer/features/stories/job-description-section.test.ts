import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { JobCoverage } from '@shared/stories-schemas';
import { apiClientKey } from '@renderer/api/inject-api';
import { JobDescriptionSection } from '@renderer/features/stories';
import { fakeClient, ok } from '../../helpers/fake-client';
import { eventually } from '../../../../helpers/eventually';
import { coverage, jobDescription } from './story-fixtures';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

const row = (stories: { id: number; title: string }[]): JobCoverage['rows'][number] => ({
  term: 'IFRS 16',
  kind: 'qualification',
  weight: 1,
  source: 'found',
  stories,
  answers: [],
});

describe('JobDescriptionSection', () => {
  it('shows the coverage as saved now when its window comes back into view (a story written in another window)', async () => {
    let now = coverage({ rows: [row([])], gaps: ['IFRS 16'] });
    const text = 'We need IFRS 16.';
    const fake = fakeClient({
      'job:get': () =>
        ok(jobDescription({ text, terms: [{ term: 'IFRS 16', weight: 1, kind: 'qualification', source: 'found' }] })),
      'job:coverage': () => ok(now),
    });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:p(.*)*', component: { render: () => null } }],
    });
    wrapper = mount(JobDescriptionSection, {
      props: { interviewId: 3 },
      attachTo: document.body,
      global: { plugins: [createPinia(), router], provide: { [apiClientKey as symbol]: fake.client } },
    });
    await eventually(() => expect(wrapper!.get('[data-testid=coverage-gaps]').text()).toBe('1 term has no story yet.'));

    // In another window, a story now tells of IFRS 16.
    now = coverage({ rows: [row([{ id: 9, title: 'Lease review' }])], gaps: [] });
    document.dispatchEvent(new Event('visibilitychange'));
    await flushPromises();
    await eventually(() =>
      expect(wrapper!.get('[data-testid=coverage-gaps]').text()).toBe('Every term is covered by at least one story.'),
    );
    expect(wrapper!.get('tbody').text()).toContain('Lease review');
  });
});
