import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { InterviewSummary } from '@shared/journal-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { useLoad, useRequest } from '@renderer/shared/use-request';

/** An interview just moved to the trash, offered back with "Undo" for a few seconds. */
interface RecentlyTrashed {
  id: number;
  company: string;
}

/** The trash: what is in it, restoring, emptying for good, and the undo offered right after moving something there. */
export const useTrashStore = defineStore('trash', () => {
  const api = useApi();
  const items = ref<InterviewSummary[]>([]);
  const listing = useLoad();
  /** The last action's failure (restore, empty), shown next to the list. */
  const actionError = ref<ApiError | null>(null);
  const restoring = useRequest({ error: actionError });
  const emptying = useRequest({ once: true, error: actionError });
  /** How many were deleted for good by the last "Empty trash", for the confirmation line. */
  const lastEmptied = ref<number | null>(null);
  const recentlyTrashed = ref<RecentlyTrashed | null>(null);
  const undoing = useRequest();

  /** Loads (or reloads) the trash, most recently trashed first. */
  function load(): Promise<void> {
    return listing.run(
      () => api.call('interview:listTrash', {}),
      (list) => (items.value = list),
    );
  }

  /** Puts one interview back in the journal; true when it worked. */
  function restore(id: number): Promise<boolean> {
    lastEmptied.value = null;
    return restoring.run(async () => {
      await api.call('interview:restore', { id });
      items.value = items.value.filter((i) => i.id !== id);
    });
  }

  /** Deletes everything in the trash for good (the person has confirmed); questions and practice history stay. */
  function empty(): Promise<boolean> {
    return emptying.run(async () => {
      const { deleted } = await api.call('interview:emptyTrash', { confirm: true });
      lastEmptied.value = deleted;
      items.value = [];
    });
  }

  /** Moves an interview to the trash and remembers it for "Undo"; throws the ApiError when it fails. */
  async function trash(target: RecentlyTrashed): Promise<void> {
    undoing.error.value = null;
    await api.call('interview:trash', { id: target.id });
    recentlyTrashed.value = target;
  }

  /** Restores the interview just trashed; true when it is back. */
  async function undo(): Promise<boolean> {
    const target = recentlyTrashed.value;
    if (!target) return false;
    return undoing.run(async () => {
      await api.call('interview:restore', { id: target.id });
      recentlyTrashed.value = null;
    });
  }

  /** Stops offering the undo (it timed out or was dismissed); the interview stays in the trash. */
  function dismissUndo(): void {
    recentlyTrashed.value = null;
    undoing.error.value = null;
  }

  return {
    items,
    status: listing.status,
    error: listing.error,
    actionError,
    busy: emptying.pending,
    lastEmptied,
    recentlyTrashed,
    undoError: undoing.error,
    load,
    restore,
    empty,
    trash,
    undo,
    dismissUndo,
  };
});
