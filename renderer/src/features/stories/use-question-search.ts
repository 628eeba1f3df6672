import { ref } from 'vue';
import type { BankQuestion } from '@shared/journal-schemas';
import { useApi } from '@renderer/api/inject-api';
import { useLoad } from '@renderer/shared/use-request';

/** How many bank questions a search offers to link at once. */
export const QUESTION_SEARCH_LIMIT = 8;

/** Searching the question bank for a question to link to a story (the questions asked in interviews are in it too). */
export function useQuestionSearch() {
  const api = useApi();
  const results = ref<BankQuestion[]>([]);
  const loading = useLoad();
  let timer: ReturnType<typeof setTimeout> | null = null;

  function run(query: string): Promise<void> {
    return loading.run(
      () => api.call('bank:list', { query: query.trim(), limit: QUESTION_SEARCH_LIMIT, offset: 0 }),
      (answer) => (results.value = answer.items),
    );
  }

  /** A search typed: asked after a short pause. */
  function search(query: string): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run(query);
    }, 250);
  }

  return { results, status: loading.status, error: loading.error, search, run };
}
