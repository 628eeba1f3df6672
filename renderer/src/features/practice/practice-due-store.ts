import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import { useApi } from '@renderer/api/inject-api';
import { useLoad } from '@renderer/shared/use-request';

/** How many questions wait today: cards due for review, and fumbled journal questions not practised yet. */
export type DueCounts = RouteOutput<'practice:dueCount'>;

/** The due counts behind the sidebar badge and the practice home; refreshed after grading and on navigation. */
export const usePracticeDueStore = defineStore('practice-due', () => {
  const api = useApi();
  const counts = ref<DueCounts | null>(null);
  // Only the newest answer counts: a refresh sent after a grade must not be overwritten by one sent before it.
  const loading = useLoad({ keep: () => counts.value !== null });

  /** Everything waiting today (the badge's number); 0 until loaded. */
  const waiting = computed(() => (counts.value ? counts.value.dueToday + counts.value.newFromJournal : 0));

  /** Asks practice:dueCount again; a failure keeps the last counts, since a stale badge beats a missing one. */
  function refresh(): Promise<void> {
    return loading.run(
      () => api.call('practice:dueCount'),
      (result) => (counts.value = result),
    );
  }

  return { counts, status: loading.status, error: loading.error, waiting, refresh };
});
