import { computed, ref } from 'vue';
import type { Reflection } from '@shared/journal-schemas';
import { useRequest } from '@renderer/shared/use-request';
import type { EditorContext } from './editor-context';

/** The parts of one area the person writes. */
export type ReflectionField = 'rating' | 'wentWell' | 'wentBadly' | 'notes';

/** Editing the "how each part went" areas: ratings and notes autosave; adding and removing areas happen at once. */
export function reflectionActions({ api, saver, saves, conflicts, draft, readOnly }: EditorContext) {
  const adding = useRequest();
  const removing = useRequest();
  const removed = ref<string | null>(null);
  /** The last failed removal, next to the area it was about. */
  const removeAreaError = computed(() =>
    removing.error.value && removed.value !== null ? { area: removed.value, error: removing.error.value } : null,
  );

  /** Changes one part of an area; a rating saves at once, text after the pause. */
  function setReflection<F extends ReflectionField>(area: string, field: F, value: Reflection[F]): void {
    const d = draft.value;
    const reflection = d?.reflections.find((r) => r.area === area);
    if (!d || !reflection || readOnly.value) return;
    reflection[field] = value;
    const key = `reflection.${area}.${field}`;
    const interviewId = d.id;
    conflicts.forget(key);
    saver.schedule(key, () => saves.reflection(interviewId, area, { [field]: value }), { immediate: field === 'rating' });
  }

  /** Adds an area of the person's own; true when it was added. */
  async function addArea(label: string): Promise<boolean> {
    const d = draft.value;
    if (!d || readOnly.value) return false;
    return adding.run(async () => {
      const added = await api.call('reflection:addArea', { interviewId: d.id, label });
      if (draft.value?.id === d.id) draft.value.reflections.push(added);
      saver.markSaved();
    });
  }

  /** Removes one of the person's own areas (they confirmed); anything still waiting to be saved for it is dropped. */
  async function removeArea(area: string): Promise<boolean> {
    const d = draft.value;
    if (!d || readOnly.value) return false;
    removed.value = area;
    removing.error.value = null;
    saver.cancel(`reflection.${area}.`);
    return removing.run(async () => {
      await api.call('reflection:removeArea', { interviewId: d.id, area });
      saver.cancel(`reflection.${area}.`);
      if (draft.value?.id === d.id) draft.value.reflections = draft.value.reflections.filter((r) => r.area !== area);
      saver.markSaved();
    });
  }

  /** Forgets the add-area failure (the person changed the name). */
  function clearAddAreaError(): void {
    adding.error.value = null;
  }

  return { addAreaError: adding.error, removeAreaError, setReflection, addArea, removeArea, clearAddAreaError };
}
