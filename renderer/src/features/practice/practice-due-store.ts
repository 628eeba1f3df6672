import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { LoadStatus } from '@renderer/shared/load-status';

/** How many questions wait today: cards due for review, and fumbled journal questions not practised yet. */
export type DueCounts = RouteOutput<'practice:dueCount'>;

/** The due counts behind the sidebar badge and the practice home; refreshed after grading and on navigation. */
export const usePracticeDueStore = defineStore('practice-due', () => {
  const api = useApi();
  const counts = ref<DueCounts | null>(null);
  const status = ref<LoadStatus>('idle');
  const error = ref<ApiError | null>(null);
  // Only the newest answer counts: a refresh sent after a grade must not be overwritten by one sent before it.
  let sequence = 0;

  /** Everything waiting today (the badge's number); 0 until loaded. */
  const waiting = computed(() => (counts.value ? counts.value.dueToday + counts.value.newFromJournal : 0));

  /** Asks practice:dueCount again; a failure keeps the last counts, since a stale badge beats a missing one. */
  async function refresh(): Promise<void> {
    const mine = ++sequence;
    if (!counts.value) status.value = 'loading';
    try {
      const result = await api.call('practice:dueCount');
      if (mine !== sequence) return;
      counts.value = result;
      error.value = null;
      status.value = 'ready';
    } catch (err) {
      if (mine !== sequence) return;
      error.value = toApiError(err);
      status.value = counts.value ? 'ready' : 'error';
    }
  }

  return { counts, status, error, waiting, refresh };
});
