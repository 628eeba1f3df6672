import { ref } from 'vue';
import type { RouteInput } from '@shared/contract';
import type { Reflection } from '@shared/journal-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { toApiError } from '@renderer/api/to-api-error';
import type { EditorContext } from './editor-context';

/** The parts of one area the person writes. */
export type ReflectionField = 'rating' | 'wentWell' | 'wentBadly' | 'notes';

/** Editing the "how each part went" areas: ratings and notes autosave; adding and removing areas happen at once. */
export function reflectionActions({ api, saver, draft, readOnly }: EditorContext) {
  const addAreaError = ref<ApiError | null>(null);
  const removeAreaError = ref<{ area: string; error: ApiError } | null>(null);

  /** Changes one part of an area; a rating saves at once, text after the pause. */
  function setReflection<F extends ReflectionField>(area: string, field: F, value: Reflection[F]): void {
    const d = draft.value;
    const reflection = d?.reflections.find((r) => r.area === area);
    if (!d || !reflection || readOnly.value) return;
    reflection[field] = value;
    const input = { interviewId: d.id, area, [field]: value } as RouteInput<'reflection:save'>;
    saver.schedule(`reflection.${area}.${field}`, () => api.call('reflection:save', input), { immediate: field === 'rating' });
  }

  /** Adds an area of the person's own; true when it was added. */
  async function addArea(label: string): Promise<boolean> {
    const d = draft.value;
    if (!d || readOnly.value) return false;
    addAreaError.value = null;
    try {
      const added = await api.call('reflection:addArea', { interviewId: d.id, label });
      if (draft.value?.id === d.id) draft.value.reflections.push(added);
      saver.markSaved();
      return true;
    } catch (err) {
      addAreaError.value = toApiError(err);
      return false;
    }
  }

  /** Removes one of the person's own areas (they confirmed); anything still waiting to be saved for it is dropped. */
  async function removeArea(area: string): Promise<boolean> {
    const d = draft.value;
    if (!d || readOnly.value) return false;
    removeAreaError.value = null;
    saver.cancel(`reflection.${area}.`);
    try {
      await api.call('reflection:removeArea', { interviewId: d.id, area });
      saver.cancel(`reflection.${area}.`);
      if (draft.value?.id === d.id) draft.value.reflections = draft.value.reflections.filter((r) => r.area !== area);
      saver.markSaved();
      return true;
    } catch (err) {
      removeAreaError.value = { area, error: toApiError(err) };
      return false;
    }
  }

  /** Forgets the add-area failure (the person changed the name). */
  function clearAddAreaError(): void {
    addAreaError.value = null;
  }

  return { addAreaError, removeAreaError, setReflection, addArea, removeArea, clearAddAreaError };
}
