import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { BankQuestion, NewBankQuestion } from '@shared/journal-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { QuestionCategory } from '@renderer/features/journal';
import type { LoadStatus } from '@renderer/shared/load-status';

/** Questions fetched per page of the bank browser. */
export const BANK_PAGE_SIZE = 50;
/** Pause after typing before the bank is searched. */
export const BANK_SEARCH_DELAY_MS = 250;

/** The question bank browser: search, category, pages, and adding a question of one's own. */
export const useBankStore = defineStore('bank', () => {
  const api = useApi();
  const query = ref('');
  const category = ref<QuestionCategory | ''>('');
  const items = shallowRef<BankQuestion[]>([]);
  const total = ref(0);
  const status = ref<LoadStatus>('idle');
  const error = ref<ApiError | null>(null);
  const loadingMore = ref(false);
  const adding = ref(false);
  const addError = ref<ApiError | null>(null);
  const lastAdded = ref<BankQuestion | null>(null);
  let generation = 0;
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
    const mine = ++generation;
    status.value = 'loading';
    error.value = null;
    try {
      const page = await request(0);
      if (mine !== generation) return;
      items.value = page.items;
      total.value = page.total;
      status.value = 'ready';
    } catch (err) {
      if (mine !== generation) return;
      error.value = toApiError(err);
      status.value = 'error';
    }
  }

  /** Appends the next page. */
  async function loadMore(): Promise<void> {
    if (loadingMore.value || status.value !== 'ready' || items.value.length >= total.value) return;
    const mine = generation;
    loadingMore.value = true;
    try {
      const page = await request(items.value.length);
      if (mine !== generation) return;
      items.value = [...items.value, ...page.items];
      total.value = page.total;
    } catch (err) {
      if (mine === generation) error.value = toApiError(err);
    } finally {
      if (mine === generation) loadingMore.value = false;
    }
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
  async function add(question: NewBankQuestion): Promise<boolean> {
    if (adding.value) return false;
    adding.value = true;
    addError.value = null;
    lastAdded.value = null;
    try {
      lastAdded.value = await api.call('bank:add', question);
      await load();
      return true;
    } catch (err) {
      addError.value = toApiError(err);
      return false;
    } finally {
      adding.value = false;
    }
  }

  return {
    query,
    category,
    items,
    total,
    status,
    error,
    loadingMore,
    adding,
    addError,
    lastAdded,
    load,
    loadMore,
    setQuery,
    setCategory,
    add,
  };
});
