import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RouteInput, RouteOutput } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { PAGE_SIZE, SEARCH_DELAY_MS, useJournalListStore } from '@renderer/features/journal/journal-list-store';
import { deferred, fail, fakeClient, ok } from '../../helpers/fake-client';
import { summary } from '../../helpers/journal-fixtures';
import { withStores } from '../../helpers/with-stores';

type ListInput = RouteInput<'interview:list'>;
type ListEnvelope = Envelope<RouteOutput<'interview:list'>>;

/** A journal of `count` interviews that pages like the main process: cursor = index of the next row. */
function journal(count: number) {
  const rows = Array.from({ length: count }, (_, i) => summary({ id: count - i, company: `Company ${count - i}` }));
  const inputs: ListInput[] = [];
  const fake = fakeClient({
    'interview:list': (input) => {
      inputs.push(input!);
      const start = input?.cursor ? Number(input.cursor) : 0;
      const query = input?.filters?.query;
      const matching = query
        ? rows.filter((r) => r.company.includes(query)).map((r) => ({ ...r, snippet: `\u0002${query}\u0003` }))
        : rows;
      const limit = input?.limit ?? 50;
      const items = matching.slice(start, start + limit);
      const next = start + limit < matching.length ? String(start + limit) : null;
      return ok({ items, nextCursor: next, total: matching.length });
    },
    'interview:facets': () => ok({ companies: ['Acme'], tags: ['remote'] }),
  });
  return { fake, inputs };
}

describe('journal list store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads the first page newest first with the total', async () => {
    const { fake, inputs } = journal(120);
    const list = withStores(fake.client).run(() => useJournalListStore());
    await list.load();
    expect(list.status).toBe('ready');
    expect(list.items).toHaveLength(PAGE_SIZE);
    expect(list.items[0].id).toBe(120);
    expect(list.total).toBe(120);
    expect(list.nextCursor).toBe('50');
    expect(inputs[0]).toEqual({ filters: {}, cursor: null, limit: PAGE_SIZE });
  });

  it('"Show more" appends the next page and stops at the end', async () => {
    const { fake, inputs } = journal(120);
    const list = withStores(fake.client).run(() => useJournalListStore());
    await list.load();
    await list.loadMore();
    expect(list.items).toHaveLength(100);
    expect(list.items[50].id).toBe(70);
    expect(inputs[1]?.cursor).toBe('50');
    await list.loadMore();
    expect(list.items).toHaveLength(120);
    expect(list.nextCursor).toBeNull();
    await list.loadMore();
    expect(inputs).toHaveLength(3);
    expect(new Set(list.items.map((i) => i.id)).size).toBe(120);
  });

  it('a filter starts again from the first page and sends only the filters set', async () => {
    const { fake, inputs } = journal(120);
    const list = withStores(fake.client).run(() => useJournalListStore());
    await list.load();
    await list.loadMore();
    await list.setFilter('outcome', 'rejected');
    expect(inputs.at(-1)).toEqual({ filters: { outcome: 'rejected' }, cursor: null, limit: PAGE_SIZE });
    expect(list.items).toHaveLength(PAGE_SIZE);
    expect(list.narrowed).toBe(true);
    await list.setFilter('outcome', '');
    expect(inputs.at(-1)?.filters).toEqual({});
    expect(list.narrowed).toBe(false);
  });

  it('searches once typing pauses, with the words as a filter, and shows snippets', async () => {
    const { fake, inputs } = journal(30);
    const list = withStores(fake.client).run(() => useJournalListStore());
    await list.load();
    list.setQuery('Comp');
    list.setQuery('Company 1');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS - 1);
    expect(inputs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(inputs).toHaveLength(2);
    expect(inputs[1]?.filters).toEqual({ query: 'Company 1' });
    expect(list.appliedQuery).toBe('Company 1');
    expect(list.items.every((i) => i.snippet === '\u0002Company 1\u0003')).toBe(true);
    expect(list.narrowed).toBe(true);
  });

  it('punctuation alone is no search: no query is sent, the list is the whole journal, not "narrowed"', async () => {
    const { fake, inputs } = journal(12);
    const list = withStores(fake.client).run(() => useJournalListStore());
    await list.load();
    for (const typed of ['"', '*', '%', '(', ' ") ']) {
      list.setQuery(typed);
      await list.searchNow();
      expect(list.appliedQuery, typed).toBe('');
      expect(list.narrowed, typed).toBe(false);
      expect(list.total, typed).toBe(12);
    }
    // Nothing searchable was ever sent: the first load is the only request.
    expect(inputs).toHaveLength(1);
    // After a real search, punctuation brings the whole list back.
    list.setQuery('Company 1');
    await list.searchNow();
    expect(list.narrowed).toBe(true);
    list.setQuery('*');
    await list.searchNow();
    expect(inputs.at(-1)?.filters).toEqual({});
    expect(list.narrowed).toBe(false);
    expect(list.total).toBe(12);
  });

  it('drops the answer to an older search that arrives after a newer one', async () => {
    const slow = deferred<ListEnvelope>();
    let call = 0;
    const fake = fakeClient({
      'interview:list': () => {
        call++;
        if (call === 1) return slow.promise;
        return ok({ items: [summary({ id: 2, company: 'New' })], nextCursor: null, total: 1 });
      },
    });
    const list = withStores(fake.client).run(() => useJournalListStore());
    list.query = 'old';
    const first = list.searchNow();
    list.query = 'new';
    await list.searchNow();
    slow.resolve(ok({ items: [summary({ id: 1, company: 'Old' })], nextCursor: null, total: 1 }));
    await first;
    expect(list.items.map((i) => i.company)).toEqual(['New']);
  });

  it('clear empties the search and the filters and reloads everything', async () => {
    const { fake, inputs } = journal(10);
    const list = withStores(fake.client).run(() => useJournalListStore());
    await list.setFilter('tag', 'remote');
    list.setQuery('x');
    await list.clear();
    expect(list.query).toBe('');
    expect(list.filters).toEqual({});
    expect(inputs.at(-1)?.filters).toEqual({});
    // The pending search timer was cancelled with it.
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    expect(inputs.at(-1)?.filters).toEqual({});
  });

  it('keeps the error of a failed load, and of a failed "Show more" separately', async () => {
    const { fake } = journal(120);
    const list = withStores(fake.client).run(() => useJournalListStore());
    await list.load();
    fake.routes['interview:list'] = () => fail('STORAGE', 'The disk is busy.');
    await list.loadMore();
    expect(list.moreError?.message).toBe('The disk is busy.');
    expect(list.items).toHaveLength(PAGE_SIZE);
    expect(list.status).toBe('ready');
    await list.load();
    expect(list.status).toBe('error');
    expect(list.error?.code).toBe('STORAGE');
  });

  it('loads the facets for the filter menus', async () => {
    const { fake } = journal(1);
    const list = withStores(fake.client).run(() => useJournalListStore());
    await list.loadFacets();
    expect(list.facets).toEqual({ companies: ['Acme'], tags: ['remote'] });
  });
});
