import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { DueItem, DueList, DueState } from '@shared/followups-schemas';
import { useApi } from '@renderer/api/inject-api';
import { useLoad } from '@renderer/shared/use-request';

/** The due list behind the Follow-ups screen and the sidebar badge; refreshed on navigation and after each change. */
export const useFollowupDueStore = defineStore('followup-due', () => {
  const api = useApi();
  const list = ref<DueList | null>(null);
  // Only the newest answer counts: a refresh sent after "mark as sent" must not be overwritten by an older one.
  const loading = useLoad({ keep: () => list.value !== null });

  /** What the sidebar shows: due now plus overdue; 0 until loaded. */
  const badge = computed(() => list.value?.counts.badge ?? 0);

  /** The items of one state, in the main process's order. */
  function itemsIn(state: DueState): DueItem[] {
    return list.value?.items.filter((item) => item.state === state) ?? [];
  }

  /** Asks followup:due again; a failure keeps the last list, since a stale list beats an empty one. */
  function refresh(): Promise<void> {
    return loading.run(
      () => api.call('followup:due'),
      (result) => (list.value = result),
    );
  }

  return { list, status: loading.status, error: loading.error, badge, itemsIn, refresh };
});
