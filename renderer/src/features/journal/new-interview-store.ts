import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RouteInput } from '@shared/contract';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';

/** The fields of the short "new interview" form. */
export type NewInterview = RouteInput<'interview:create'>;

/** Creating an interview from the short form; the main process checks the fields and names the ones that are wrong. */
export const useNewInterviewStore = defineStore('new-interview', () => {
  const api = useApi();
  const creating = ref(false);
  const error = ref<ApiError | null>(null);

  /** Creates the interview; its id, or null with `error` saying why. */
  async function create(fields: NewInterview): Promise<number | null> {
    if (creating.value) return null;
    creating.value = true;
    error.value = null;
    try {
      return (await api.call('interview:create', fields)).id;
    } catch (err) {
      error.value = toApiError(err);
      return null;
    } finally {
      creating.value = false;
    }
  }

  /** Forgets the last failure (the form was left or reset). */
  function reset(): void {
    error.value = null;
  }

  return { creating, error, create, reset };
});
