import { defineStore } from 'pinia';
import type { MoveDirection } from '@shared/move-direction';
import { computed, ref, watch } from 'vue';
import type { MissedPointsState } from '@shared/missed-points-schemas';
import { useApi } from '@renderer/api/inject-api';
import { useLoad, useRequest } from '@renderer/shared/use-request';
import { useInterviewEditorStore } from './interview-editor-store';

/** How long after the editor's last save the suggestions are asked for again, so a burst of typing asks once. */
export const SUGGESTIONS_DELAY_MS = 400;

/**
 * The interview's "points I did not get across": the person's list, and the sentences of their notes and "what went
 * badly" that say they forgot something. Each change is sent at once; the suggestions follow the editor's saves.
 */
export const useMissedPointsStore = defineStore('missed-points', () => {
  const api = useApi();
  const editor = useInterviewEditorStore();
  const state = ref<MissedPointsState | null>(null);
  const loading = useLoad({ keep: () => state.value !== null });
  /** The last refused change, with its field messages; cleared by the next one. */
  const acting = useRequest();
  let interviewId: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function load(id: number): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (interviewId !== id) {
      state.value = null;
      acting.error.value = null;
    }
    interviewId = id;
    await loading.run(
      () => api.call('missed-point:list', { interviewId: id }),
      (answer) => {
        if (answer.interviewId === interviewId) state.value = answer;
      },
    );
  }

  // What the person writes in the notes changes what is suggested: ask again once the editor has been quiet.
  watch(
    () => editor.savedCount,
    () => {
      if (interviewId === null) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (interviewId !== null && !editor.busy) void load(interviewId);
      }, SUGGESTIONS_DELAY_MS);
    },
  );

  /** Sends one change and shows the list as the main process answers it; false when it was refused. */
  async function change(work: () => Promise<MissedPointsState>): Promise<boolean> {
    const answer = await acting.get(work);
    if (answer && answer.interviewId === interviewId) state.value = answer;
    return answer !== null;
  }

  const id = () => interviewId!;
  return {
    state,
    points: computed(() => state.value?.points ?? []),
    suggestions: computed(() => state.value?.suggestions ?? []),
    status: loading.status,
    loadError: loading.error,
    error: acting.error,
    pending: acting.pending,
    load,
    /** The message for one field of the last refused change, if the main process named it. */
    fieldError: (path: string) => acting.error.value?.fieldMessage(path),
    add: (text: string) => change(() => api.call('missed-point:add', { interviewId: id(), text })),
    accept: (key: string) => change(() => api.call('missed-point:accept', { interviewId: id(), key })),
    dismiss: (key: string) => change(() => api.call('missed-point:dismiss', { interviewId: id(), key })),
    /** Rewords a point from the revision it was edited on; a stale one is refused (see MissedPointsSection). */
    update: (pointId: number, text: string, baseRevision: number) =>
      change(() => api.call('missed-point:update', { id: pointId, baseRevision, text })),
    remove: (pointId: number) => change(() => api.call('missed-point:remove', { id: pointId })),
    move: (pointId: number, direction: MoveDirection) => change(() => api.call('missed-point:move', { id: pointId, direction })),
  };
});
