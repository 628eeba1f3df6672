import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { DueItem, DueList, DueState } from '@shared/followups-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { LoadStatus } from '@renderer/shared/load-status';

/** The due list behind the Follow-ups screen and the sidebar badge; refreshed on navigation and after each change. */
export const useFollowupDueStore = defineStore('followup-due', () => {
  const api = useApi();
  const list = ref<DueList | null>(null);
  const status = ref<LoadStatus>('idle');
  const error = ref<ApiError | null>(null);
  // Only the newest answer counts: a refresh sent after "mark as sent" must not be overwritten by an older one.
  let sequence = 0;

  /** What the sidebar shows: due now plus overdue; 0 until loaded. */
  const badge = computed(() => list.value?.counts.badge ?? 0);

  /** The items of one state, in the main process's order. */
  function itemsIn(state: DueState): DueItem[] {
    return list.value?.items.filter((item) => item.state === state) ?? [];
  }

  /** Asks followup:due again; a failure keeps the last list, since a stale list beats an empty one. */
  async function refresh(): Promise<void> {
    const mine = ++sequence;
    if (!list.value) status.value = 'loading';
    try {
      const result = await api.call('followup:due');
      if (mine !== sequence) return;
      list.value = result;
      error.value = null;
      status.value = 'ready';
    } catch (err) {
      if (mine !== sequence) return;
      error.value = toApiError(err);
      status.value = list.value ? 'ready' : 'error';
    }
  }

  return { list, status, error, badge, itemsIn, refresh };
});
