import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import type { StartupNotice } from '@shared/app-contract';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { LoadStatus } from '@renderer/shared/load-status';

/** What `app:info` tells about the running app and its data. */
export type AppInfo = RouteOutput<'app:info'>;

/** Facts about the app (version, data folder, schema) and the startup notices the person has not dismissed yet. */
export const useAppStore = defineStore('app', () => {
  const api = useApi();
  const info = ref<AppInfo | null>(null);
  const status = ref<LoadStatus>('idle');
  const error = ref<ApiError | null>(null);
  const dismissed = ref<number[]>([]);
  let pending: Promise<void> | null = null;

  /** Notices still on screen, each with its index so dismissing one never hides another. */
  const notices = computed<{ index: number; notice: StartupNotice }[]>(() =>
    (info.value?.notices ?? []).map((notice, index) => ({ index, notice })).filter((n) => !dismissed.value.includes(n.index)),
  );

  /** Loads (or reloads) app:info; concurrent callers share one request. */
  function load(): Promise<void> {
    if (pending) return pending;
    status.value = 'loading';
    error.value = null;
    pending = api
      .call('app:info')
      .then((result) => {
        info.value = result;
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

  /** Hides one startup notice for the rest of this session; the facts stay in app:info. */
  function dismissNotice(index: number): void {
    if (!dismissed.value.includes(index)) dismissed.value.push(index);
  }

  return { info, status, error, notices, load, dismissNotice };
});
