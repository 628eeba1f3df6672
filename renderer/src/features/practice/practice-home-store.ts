import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { DueItem, SessionSummary } from '@shared/practice-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { LoadStatus } from '@renderer/shared/load-status';
import { usePracticeDueStore } from './practice-due-store';

/** How many due questions the home lists; the count above it says how many there are in all. */
export const DUE_LIST_LIMIT = 20;

/** The practice home's lists: what is due today and the past sessions, loaded together with the counts. */
export const usePracticeHomeStore = defineStore('practice-home', () => {
  const api = useApi();
  const due = usePracticeDueStore();
  const queue = ref<DueItem[]>([]);
  const history = ref<SessionSummary[]>([]);
  const status = ref<LoadStatus>('idle');
  const error = ref<ApiError | null>(null);
  let pending: Promise<void> | null = null;

  /** Loads (or reloads) the due list, the history and the counts; concurrent callers share one request. */
  function load(): Promise<void> {
    if (pending) return pending;
    status.value = 'loading';
    error.value = null;
    pending = Promise.all([
      api.call('practice:queue', { limit: DUE_LIST_LIMIT }),
      api.call('practice:history', { limit: 50 }),
      due.refresh(),
    ])
      .then(([items, sessions]) => {
        queue.value = items;
        history.value = sessions;
        status.value = 'ready';
      })
      .catch((err: unknown) => {
        error.value = toApiError(err);
        status.value = 'error';
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  return { queue, history, status, error, load };
});
