import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';

/** The outcomes the Settings screen reports. */
export type RestoreResult = RouteOutput<'data:restoreBackup'>;
export type DeleteAllResult = RouteOutput<'data:deleteAll'>;
export type OpenFolderResult = RouteOutput<'data:openFolder'>;

/** The actions on the data as a whole: restore from a backup, delete everything, open the data folder. */
export const useDataAdminStore = defineStore('data-admin', () => {
  const api = useApi();
  const restoring = ref<string | null>(null);
  const restoreError = ref<ApiError | null>(null);
  const restored = ref<RestoreResult | null>(null);
  const deleting = ref(false);
  const deleteError = ref<ApiError | null>(null);
  const deleted = ref<DeleteAllResult | null>(null);
  const opening = ref(false);
  const openError = ref<ApiError | null>(null);
  const opened = ref<OpenFolderResult | null>(null);

  /** Restores a backup (the main process backs up the current state first). */
  async function restore(fileName: string): Promise<boolean> {
    restoring.value = fileName;
    restoreError.value = null;
    restored.value = null;
    try {
      restored.value = await api.call('data:restoreBackup', { fileName, confirm: true });
      return true;
    } catch (err) {
      restoreError.value = toApiError(err);
      return false;
    } finally {
      restoring.value = null;
    }
  }

  /** Deletes everything; `typed` must be DELETE, and the main process checks it again. */
  async function deleteAll(typed: string): Promise<boolean> {
    deleteError.value = null;
    deleted.value = null;
    // The dialog says what to type; the main process checks the word again.
    if (typed !== 'DELETE') return false;
    deleting.value = true;
    try {
      deleted.value = await api.call('data:deleteAll', { confirm: 'DELETE' });
      return true;
    } catch (err) {
      deleteError.value = toApiError(err);
      return false;
    } finally {
      deleting.value = false;
    }
  }

  /** Opens the data folder, or learns its path where it cannot be opened (the browser host). */
  async function openFolder(): Promise<void> {
    opening.value = true;
    openError.value = null;
    try {
      opened.value = await api.call('data:openFolder');
    } catch (err) {
      openError.value = toApiError(err);
    } finally {
      opening.value = false;
    }
  }

  /** Clears the delete dialog's outcome when it opens again. */
  function resetDelete(): void {
    deleteError.value = null;
  }

  return {
    restoring,
    restoreError,
    restored,
    deleting,
    deleteError,
    deleted,
    opening,
    openError,
    opened,
    restore,
    deleteAll,
    openFolder,
    resetDelete,
  };
});
