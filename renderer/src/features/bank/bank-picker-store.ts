import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { BankQuestion } from '@shared/journal-schemas';
import { useApi } from '@renderer/api/inject-api';
import type { QuestionCategory } from '@renderer/features/journal';
import { useLoad } from '@renderer/shared/use-request';

/** How many matches the picker shows: a short list to choose from, not a browser. */
const PICKER_LIMIT = 20;
/** Pause after typing before the picker searches. */
const PICKER_DELAY_MS = 200;

/** The question picker in the editor: its own search, so it never disturbs the bank browser's. */
export const useBankPickerStore = defineStore('bank-picker', () => {
  const api = useApi();
  const query = ref('');
  const category = ref<QuestionCategory | ''>('');
  const items = shallowRef<BankQuestion[]>([]);
  const total = ref(0);
  const searching = useLoad();
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Searches now with the current words and category. */
  async function search(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    await searching.run(
      () => api.call('bank:list', { query: query.value.trim(), category: category.value || undefined, limit: PICKER_LIMIT }),
      (page) => {
        items.value = page.items;
        total.value = page.total;
      },
    );
  }

  /** Follows the search box. */
  function setQuery(text: string): void {
    query.value = text;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void search(), PICKER_DELAY_MS);
  }

  /** Narrows to one category ('' for all). */
  function setCategory(value: QuestionCategory | ''): Promise<void> {
    category.value = value;
    return search();
  }

  return {
    query,
    category,
    items,
    total,
    status: searching.status,
    error: searching.error,
    search,
    setQuery,
    setCategory,
  };
});
