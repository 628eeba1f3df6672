import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { InterviewSummary } from '@shared/journal-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { LoadStatus } from '@renderer/shared/load-status';

/** An interview just moved to the trash, offered back with "Undo" for a few seconds. */
export interface RecentlyTrashed {
  id: number;
  company: string;
}

/** The trash: what is in it, restoring, emptying for good, and the undo offered right after moving something there. */
export const useTrashStore = defineStore('trash', () => {
  const api = useApi();
  const items = ref<InterviewSummary[]>([]);
  const status = ref<LoadStatus>('idle');
  const error = ref<ApiError | null>(null);
  /** The last action's failure (restore, empty), shown next to the list. */
  const actionError = ref<ApiError | null>(null);
  const busy = ref(false);
  /** How many were deleted for good by the last "Empty trash", for the confirmation line. */
  const lastEmptied = ref<number | null>(null);
  const recentlyTrashed = ref<RecentlyTrashed | null>(null);
  const undoError = ref<ApiError | null>(null);

  /** Loads (or reloads) the trash, most recently trashed first. */
  async function load(): Promise<void> {
    status.value = 'loading';
    error.value = null;
    try {
      items.value = await api.call('interview:listTrash', {});
      status.value = 'ready';
    } catch (err) {
      error.value = toApiError(err);
      status.value = 'error';
    }
  }

  /** Puts one interview back in the journal; true when it worked. */
  async function restore(id: number): Promise<boolean> {
    actionError.value = null;
    lastEmptied.value = null;
    try {
      await api.call('interview:restore', { id });
      items.value = items.value.filter((i) => i.id !== id);
      return true;
    } catch (err) {
      actionError.value = toApiError(err);
      return false;
    }
  }

  /** Deletes everything in the trash for good (the person has confirmed); questions and practice history stay. */
  async function empty(): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    actionError.value = null;
    try {
      const { deleted } = await api.call('interview:emptyTrash', { confirm: true });
      lastEmptied.value = deleted;
      items.value = [];
      return true;
    } catch (err) {
      actionError.value = toApiError(err);
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** Moves an interview to the trash and remembers it for "Undo"; throws the ApiError when it fails. */
  async function trash(target: RecentlyTrashed): Promise<void> {
    undoError.value = null;
    await api.call('interview:trash', { id: target.id });
    recentlyTrashed.value = target;
  }

  /** Restores the interview just trashed; true when it is back. */
  async function undo(): Promise<boolean> {
    const target = recentlyTrashed.value;
    if (!target) return false;
    undoError.value = null;
    try {
      await api.call('interview:restore', { id: target.id });
      recentlyTrashed.value = null;
      return true;
    } catch (err) {
      undoError.value = toApiError(err);
      return false;
    }
  }

  /** Stops offering the undo (it timed out or was dismissed); the interview stays in the trash. */
  function dismissUndo(): void {
    recentlyTrashed.value = null;
    undoError.value = null;
  }

  return {
    items,
    status,
    error,
    actionError,
    busy,
    lastEmptied,
    recentlyTrashed,
    undoError,
    load,
    restore,
    empty,
    trash,
    undo,
    dismissUndo,
  };
});
