import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { BankQuestion, NewBankQuestion } from '@shared/journal-schemas';
import { useApi } from '@renderer/api/inject-api';
import type { QuestionCategory } from '@renderer/features/journal';
import { useLoad, useRequest } from '@renderer/shared/use-request';

/** Questions fetched per page of the bank browser. */
const BANK_PAGE_SIZE = 50;
/** Pause after typing before the bank is searched. */
const BANK_SEARCH_DELAY_MS = 250;

/** The question bank browser: search, category, pages, and adding a question of one's own. */
export const useBankStore = defineStore('bank', () => {
  const api = useApi();
  const query = ref('');
  const category = ref<QuestionCategory | ''>('');
  const items = shallowRef<BankQuestion[]>([]);
  const total = ref(0);
  const listing = useLoad();
  const adding = useRequest({ once: true });
  const lastAdded = ref<BankQuestion | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;

  function request(offset: number) {
    return api.call('bank:list', {
      query: query.value.trim(),
      category: category.value || undefined,
      limit: BANK_PAGE_SIZE,
      offset,
    });
  }

  /** Loads the first page for the current search and category. */
  async function load(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    await listing.run(
      () => request(0),
      (page) => {
        items.value = page.items;
        total.value = page.total;
      },
    );
  }

  /** Appends the next page. */
  async function loadMore(): Promise<void> {
    if (items.value.length >= total.value) return;
    await listing.append(
      () => request(items.value.length),
      (page) => {
        items.value = [...items.value, ...page.items];
        total.value = page.total;
      },
    );
  }

  /** Follows the search box, searching once the person pauses. */
  function setQuery(text: string): void {
    query.value = text;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void load(), BANK_SEARCH_DELAY_MS);
  }

  /** Shows one category, or all with ''. */
  function setCategory(value: QuestionCategory | ''): Promise<void> {
    category.value = value;
    return load();
  }

  /** Adds a question of the person's own; true when it was added (the list is reloaded to show it). */
  function add(question: NewBankQuestion): Promise<boolean> {
    return adding.run(async () => {
      lastAdded.value = null;
      lastAdded.value = await api.call('bank:add', question);
      await load();
    });
  }

  return {
    query,
    category,
    items,
    total,
    status: listing.status,
    error: listing.error,
    loadingMore: listing.appending,
    moreError: listing.appendError,
    adding: adding.pending,
    addError: adding.error,
    lastAdded,
    load,
    loadMore,
    setQuery,
    setCategory,
    add,
  };
});
