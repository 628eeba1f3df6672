import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { DueItem, SessionSummary } from '@shared/practice-schemas';
import { useApi } from '@renderer/api/inject-api';
import { useLoad } from '@renderer/shared/use-request';
import { usePracticeDueStore } from './practice-due-store';

/** How many due questions the home lists; the count above it says how many there are in all. */
const DUE_LIST_LIMIT = 20;

/** The practice home's lists: what is due today and the past sessions, loaded together with the counts. */
export const usePracticeHomeStore = defineStore('practice-home', () => {
  const api = useApi();
  const due = usePracticeDueStore();
  const queue = ref<DueItem[]>([]);
  const history = ref<SessionSummary[]>([]);
  const loading = useLoad({ shared: true });

  /** Loads (or reloads) the due list, the history and the counts; concurrent callers share one request. */
  function load(): Promise<void> {
    return loading.run(
      () =>
        Promise.all([
          api.call('practice:queue', { limit: DUE_LIST_LIMIT }),
          api.call('practice:history', { limit: 50 }),
          due.refresh(),
        ]),
      ([items, sessions]) => {
        queue.value = items;
        history.value = sessions;
      },
    );
  }

  return { queue, history, status: loading.status, error: loading.error, load };
});
