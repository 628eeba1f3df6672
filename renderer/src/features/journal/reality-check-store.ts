import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { BadThing, RealityCheck } from '@shared/reality-check-schemas';
import { useApi } from '@renderer/api/inject-api';
import { useLoad } from '@renderer/shared/use-request';
import type { BadKind } from './journal-labels';
import { useInterviewEditorStore } from './interview-editor-store';

/** How long after the last save the panel asks again, so a burst of typing refreshes it once. */
export const REFRESH_DELAY_MS = 400;

/** The reality check of the interview in the editor; it refreshes after the editor's saves. */
export const useRealityCheckStore = defineStore('reality-check', () => {
  const api = useApi();
  const editor = useInterviewEditorStore();
  const check = ref<RealityCheck | null>(null);
  const loading = useLoad();
  let interviewId: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Loads the check for one interview; a refresh keeps the old answer on screen until the new one arrives. */
  async function load(id: number): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (interviewId !== id) check.value = null;
    interviewId = id;
    await loading.run(
      () => api.call('reality-check:get', { interviewId: id }),
      (answer) => (check.value = answer),
    );
  }

  /** Asks again once the editor has been quiet for a moment. */
  function refreshSoon(): void {
    if (interviewId === null) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // Still saving: the save that is running will count and bring us back here.
      if (interviewId !== null && !editor.busy) void load(interviewId);
    }, REFRESH_DELAY_MS);
  }

  watch(
    () => editor.savedCount,
    () => refreshSoon(),
  );

  /** The person's own call on one bad thing (null goes back to the rule); saved through the editor's queue. */
  function setKind(thing: BadThing, kind: BadKind | null): void {
    const id = interviewId;
    if (id === null || editor.readOnly) return;
    // Shown at once; the refresh after the save brings the main process's own word.
    const shown = kind ?? thing.ruleKind;
    if (check.value) {
      check.value.badThings = check.value.badThings.map((b) =>
        b.source === thing.source && b.ref === thing.ref
          ? { ...b, kind: shown, overridden: kind !== null && kind !== b.ruleKind }
          : b,
      );
    }
    if (thing.source === 'area') {
      const reflection = editor.draft?.reflections.find((r) => r.area === thing.ref);
      if (reflection) reflection.kind = kind;
      editor.schedule(`kind.area.${thing.ref}`, () => editor.saves.reflection(id, thing.ref, { kind }), { immediate: true });
    } else {
      const questionId = Number(thing.ref);
      const question = editor.draft?.questions.find((q) => q.id === questionId);
      if (question) question.kind = kind;
      editor.schedule(`kind.question.${thing.ref}`, () => editor.saves.question(questionId, { kind }), { immediate: true });
    }
  }

  return { check, status: loading.status, error: loading.error, load, refreshSoon, setKind };
});
