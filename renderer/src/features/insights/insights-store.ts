import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { InsightsOverview } from '@shared/insights-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { LoadStatus } from '@renderer/shared/load-status';

/** The five insights charts, loaded in one call each time the Plan screen opens. */
export const useInsightsStore = defineStore('insights', () => {
  const api = useApi();
  const overview = ref<InsightsOverview | null>(null);
  const status = ref<LoadStatus>('idle');
  const error = ref<ApiError | null>(null);
  let pending: Promise<void> | null = null;

  /** Loads (or reloads) the overview; what was shown stays on screen until the new answer arrives. */
  function load(): Promise<void> {
    if (pending) return pending;
    status.value = 'loading';
    error.value = null;
    pending = api
      .call('insights:overview')
      .then((data) => {
        overview.value = data;
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

  return { overview, status, error, load };
});
