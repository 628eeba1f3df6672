import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { BackupInfo } from '@shared/app-contract';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { LoadStatus } from '@renderer/shared/load-status';

/** The list of verified backups and the "Back up now" action, with separate states so one failing never hides the other. */
export const useBackupStore = defineStore('backup', () => {
  const api = useApi();
  const backups = ref<BackupInfo[]>([]);
  const status = ref<LoadStatus>('idle');
  const error = ref<ApiError | null>(null);
  const creating = ref(false);
  const createError = ref<ApiError | null>(null);
  const lastCreated = ref<BackupInfo | null>(null);
  let pending: Promise<void> | null = null;

  /** The newest backup on disk, once the list is loaded. */
  const latest = computed<BackupInfo | null>(() => backups.value[0] ?? null);

  /** Loads (or reloads) the list, newest first; concurrent callers share one request. */
  function load(): Promise<void> {
    if (pending) return pending;
    status.value = 'loading';
    error.value = null;
    pending = api
      .call('backup:list')
      .then((list) => {
        backups.value = list;
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

  /** Makes a verified backup, then reloads the list so it shows what is really on disk. Null when it failed. */
  async function create(): Promise<BackupInfo | null> {
    if (creating.value) return null;
    creating.value = true;
    createError.value = null;
    lastCreated.value = null;
    let made: BackupInfo;
    try {
      made = await api.call('backup:create');
    } catch (err) {
      createError.value = toApiError(err);
      return null;
    } finally {
      // The backup itself is done here; the list reload below has its own loading and error state.
      creating.value = false;
    }
    lastCreated.value = made;
    // A list request already in flight was sent before this backup existed; wait it out, then ask again.
    if (pending) await pending;
    await load();
    return made;
  }

  return { backups, status, error, latest, creating, createError, lastCreated, load, create };
});
