import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import { useApi } from '@renderer/api/inject-api';
import { useRequest } from '@renderer/shared/use-request';
import { useDataImportStore } from './data-import-store';

/** The outcomes the Settings screen reports. */
type RestoreResult = RouteOutput<'data:restoreBackup'>;
type DeleteAllResult = RouteOutput<'data:deleteAll'>;
type OpenFolderResult = RouteOutput<'data:openFolder'>;

/** The actions on the data as a whole: restore from a backup, delete everything, open the data folder. */
export const useDataAdminStore = defineStore('data-admin', () => {
  const api = useApi();
  /** The backup being restored, by file name, while it is. */
  const restoring = ref<string | null>(null);
  const restoreRequest = useRequest();
  const restored = ref<RestoreResult | null>(null);
  const deleting = useRequest();
  const deleted = ref<DeleteAllResult | null>(null);
  const opening = useRequest();
  const opened = ref<OpenFolderResult | null>(null);
  const imports = useDataImportStore();

  /**
   * Forgets what the last action said, so a line such as "Deleted 164 records" does not stay on screen beside the
   * outcome of a newer action (an import, a restore). Each action calls it first; an import calls it when it starts.
   */
  function clearResults(): void {
    restored.value = null;
    deleted.value = null;
    opened.value = null;
    if (imports.step === 'done') imports.reset();
  }

  /** Restores a backup (the main process backs up the current state first). */
  async function restore(fileName: string): Promise<boolean> {
    restoring.value = fileName;
    clearResults();
    try {
      return await restoreRequest.run(async () => {
        restored.value = await api.call('data:restoreBackup', { fileName, confirm: true });
      });
    } finally {
      restoring.value = null;
    }
  }

  /** Deletes everything; `typed` must be DELETE, and the main process checks it again. */
  async function deleteAll(typed: string): Promise<boolean> {
    deleting.error.value = null;
    clearResults();
    // The dialog says what to type; the main process checks the word again.
    if (typed !== 'DELETE') return false;
    return deleting.run(async () => {
      deleted.value = await api.call('data:deleteAll', { confirm: 'DELETE' });
    });
  }

  /** Opens the data folder, or learns its path where it cannot be opened (the browser host). */
  async function openFolder(): Promise<void> {
    clearResults();
    await opening.run(async () => {
      opened.value = await api.call('data:openFolder');
    });
  }

  /** Clears the delete dialog's outcome when it opens again. */
  function resetDelete(): void {
    deleting.error.value = null;
  }

  return {
    restoring,
    restoreError: restoreRequest.error,
    restored,
    deleting: deleting.pending,
    deleteError: deleting.error,
    deleted,
    opening: opening.pending,
    openError: opening.error,
    opened,
    restore,
    deleteAll,
    clearResults,
    openFolder,
    resetDelete,
  };
});
