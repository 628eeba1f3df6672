import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import type { StartupNotice } from '@shared/app-contract';
import { useApi } from '@renderer/api/inject-api';
import { useLoad } from '@renderer/shared/use-request';

/** What `app:info` tells about the running app and its data. */
export type AppInfo = RouteOutput<'app:info'>;

/** Facts about the app (version, data folder, schema) and the startup notices the person has not dismissed yet. */
export const useAppStore = defineStore('app', () => {
  const api = useApi();
  const info = ref<AppInfo | null>(null);
  const loading = useLoad({ shared: true });
  const dismissed = ref<number[]>([]);

  /** Notices still on screen, each with its index so dismissing one never hides another. */
  const notices = computed<{ index: number; notice: StartupNotice }[]>(() =>
    (info.value?.notices ?? []).map((notice, index) => ({ index, notice })).filter((n) => !dismissed.value.includes(n.index)),
  );

  /** Loads (or reloads) app:info; concurrent callers share one request. */
  function load(): Promise<void> {
    return loading.run(
      () => api.call('app:info'),
      (result) => (info.value = result),
    );
  }

  /** Hides one startup notice for the rest of this session; the facts stay in app:info. */
  function dismissNotice(index: number): void {
    if (!dismissed.value.includes(index)) dismissed.value.push(index);
  }

  return { info, status: loading.status, error: loading.error, notices, load, dismissNotice };
});
