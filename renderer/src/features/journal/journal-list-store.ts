import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { RouteOutput } from '@shared/contract';
import type { InterviewSummary, JournalFilters } from '@shared/journal-schemas';
import { isSearchable } from '@shared/search-terms';
import { useApi } from '@renderer/api/inject-api';
import { useLoad } from '@renderer/shared/use-request';

/** The list's filters other than the search words. */
export type ListFilters = Omit<JournalFilters, 'query'>;
/** Companies and tags the person has used, for the filter menus. */
type JournalFacets = RouteOutput<'interview:facets'>;

/** Rows fetched per page: enough to fill a tall window, few enough that 10,000 interviews never render at once. */
export const PAGE_SIZE = 50;
/** How long the search waits after the last keystroke before asking the main process. */
export const SEARCH_DELAY_MS = 250;

/** The journal list: filters, search, pages fetched so far, and the facets its filter menus offer. */
export const useJournalListStore = defineStore('journal-list', () => {
  const api = useApi();
  const filters = ref<ListFilters>({});
  /** What is in the search box right now. */
  const query = ref('');
  /** The search the shown rows answer (the box, once the person pauses); empty when it holds nothing searchable. */
  const appliedQuery = ref('');
  // shallowRef: rows are replaced, never edited in place, so deep reactivity over thousands of rows would be waste.
  const items = shallowRef<InterviewSummary[]>([]);
  const nextCursor = ref<string | null>(null);
  const total = ref(0);
  const listing = useLoad();
  const { status, error } = listing;
  const facets = ref<JournalFacets>({ companies: [], tags: [] });
  /** The interview last opened from the list, so coming back puts focus on its row. */
  const lastOpenedId = ref<number | null>(null);
  let searchTimer: ReturnType<typeof setTimeout> | null = null;

  /** True when a search or a filter hides part of the journal. */
  const narrowed = computed(() => appliedQuery.value !== '' || Object.values(filters.value).some((v) => v !== undefined));

  function request(cursor: string | null) {
    const sent: JournalFilters = {};
    for (const [key, value] of Object.entries(filters.value) as [keyof ListFilters, string | undefined][]) {
      if (value !== undefined) Object.assign(sent, { [key]: value });
    }
    if (appliedQuery.value) sent.query = appliedQuery.value;
    return api.call('interview:list', { filters: sent, cursor, limit: PAGE_SIZE });
  }

  /** Fetches the first page for the current filters and search, replacing what was shown. */
  async function load(): Promise<void> {
    await listing.run(
      () => request(null),
      (page) => {
        items.value = page.items;
        nextCursor.value = page.nextCursor;
        total.value = page.total;
      },
    );
  }

  /** Appends the next page ("Show more"); does nothing while one is on its way or when there is no more. */
  async function loadMore(): Promise<void> {
    const cursor = nextCursor.value;
    if (!cursor) return;
    await listing.append(
      () => request(cursor),
      (page) => {
        items.value = [...items.value, ...page.items];
        nextCursor.value = page.nextCursor;
        total.value = page.total;
      },
    );
  }

  /** Sets one filter (empty clears it) and starts again from the first page. */
  function setFilter<K extends keyof ListFilters>(key: K, value: ListFilters[K] | '' | null | undefined): Promise<void> {
    filters.value = { ...filters.value, [key]: value ? value : undefined };
    return load();
  }

  function cancelSearchTimer(): void {
    if (searchTimer !== null) clearTimeout(searchTimer);
    searchTimer = null;
  }

  /** Applies the box's words now (Enter, or the pause after typing); unchanged words keep the rows shown. */
  function searchNow(): Promise<void> {
    cancelSearchTimer();
    // Punctuation alone ('"', '*', '%') is no search, read by the main process's own rule: the list stays as it is,
    // with its plain count rather than "N found".
    const words = isSearchable(query.value) ? query.value.trim() : '';
    if (words === appliedQuery.value && status.value !== 'idle' && status.value !== 'error') return Promise.resolve();
    appliedQuery.value = words;
    return load();
  }

  /** Follows the search box: the list updates once the person pauses typing. */
  function setQuery(text: string): void {
    query.value = text;
    cancelSearchTimer();
    searchTimer = setTimeout(() => void searchNow(), SEARCH_DELAY_MS);
  }

  /** Clears the search and every filter: the whole journal again. */
  function clear(): Promise<void> {
    cancelSearchTimer();
    query.value = '';
    appliedQuery.value = '';
    filters.value = {};
    return load();
  }

  /** Loads the companies and tags for the filter menus; a failure leaves the menus with what they had. */
  async function loadFacets(): Promise<void> {
    try {
      facets.value = await api.call('interview:facets', {});
    } catch {
      // The list works without facets; its own error state covers a main process that cannot be reached.
    }
  }

  return {
    filters,
    query,
    appliedQuery,
    items,
    nextCursor,
    total,
    status,
    error,
    loadingMore: listing.appending,
    moreError: listing.appendError,
    facets,
    lastOpenedId,
    narrowed,
    load,
    loadMore,
    setFilter,
    setQuery,
    searchNow,
    clear,
    loadFacets,
  };
});
