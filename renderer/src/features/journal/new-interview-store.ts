import { defineStore } from 'pinia';
import type { RouteInput } from '@shared/contract';
import { useApi } from '@renderer/api/inject-api';
import { useRequest } from '@renderer/shared/use-request';

/** The fields of the short "new interview" form. */
type NewInterview = RouteInput<'interview:create'>;

/** Creating an interview from the short form; the main process checks the fields and names the ones that are wrong. */
export const useNewInterviewStore = defineStore('new-interview', () => {
  const api = useApi();
  const creating = useRequest({ once: true });

  /** Creates the interview; its id, or null with `error` saying why. */
  function create(fields: NewInterview): Promise<number | null> {
    return creating.get(async () => (await api.call('interview:create', fields)).id);
  }

  /** Forgets the last failure (the form was left or reset). */
  function reset(): void {
    creating.error.value = null;
  }

  return { creating: creating.pending, error: creating.error, create, reset };
});
