import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { InsightsOverview } from '@shared/insights-schemas';
import { useApi } from '@renderer/api/inject-api';
import { useLoad } from '@renderer/shared/use-request';

/** The five insights charts, loaded in one call each time the Plan screen opens. */
export const useInsightsStore = defineStore('insights', () => {
  const api = useApi();
  const overview = ref<InsightsOverview | null>(null);
  const loading = useLoad({ shared: true });

  /** Loads (or reloads) the overview; what was shown stays on screen until the new answer arrives. */
  function load(): Promise<void> {
    return loading.run(
      () => api.call('insights:overview'),
      (data) => (overview.value = data),
    );
  }

  return { overview, status: loading.status, error: loading.error, load };
});
