import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { BackupInfo } from '@shared/app-contract';
import { useApi } from '@renderer/api/inject-api';
import { useLoad, useRequest } from '@renderer/shared/use-request';

/** The list of verified backups and the "Back up now" action, with separate states so one failing never hides the other. */
export const useBackupStore = defineStore('backup', () => {
  const api = useApi();
  const backups = ref<BackupInfo[]>([]);
  const listing = useLoad({ shared: true });
  const creating = useRequest({ once: true });
  const lastCreated = ref<BackupInfo | null>(null);

  /** The newest backup on disk, once the list is loaded. */
  const latest = computed<BackupInfo | null>(() => backups.value[0] ?? null);

  /** Loads (or reloads) the list, newest first; concurrent callers share one request. */
  const fetchList = () => api.call('backup:list');
  const showList = (list: BackupInfo[]) => (backups.value = list);

  function load(): Promise<void> {
    return listing.run(fetchList, showList);
  }

  /** Makes a verified backup, then reloads the list so it shows what is really on disk. Null when it failed. */
  async function create(): Promise<BackupInfo | null> {
    // The backup itself is done when this resolves; the list reload below has its own loading and error state.
    const made = await creating.get(() => {
      lastCreated.value = null;
      return api.call('backup:create');
    });
    if (!made) return null;
    lastCreated.value = made;
    // A list request already in flight was sent before this backup existed; wait it out, then ask again.
    await listing.run(fetchList, showList, { fresh: true });
    return made;
  }

  return {
    backups,
    status: listing.status,
    error: listing.error,
    latest,
    creating: creating.pending,
    createError: creating.error,
    lastCreated,
    load,
    create,
  };
});
