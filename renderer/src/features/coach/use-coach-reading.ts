import { onBeforeUnmount, ref, watch, type Ref } from 'vue';
import type { CoachReading } from '@shared/coach-schemas';
import { useApi } from '@renderer/api/inject-api';
import type { ApiError } from '@renderer/api/api-error';
import { useLoad } from '@renderer/shared/use-request';
import type { LoadStatus } from '@renderer/shared/load-status';

/** What the coach is asked to read. */
export interface CoachAsk {
  question: string;
  answer: string;
  /** The speaking time of a spoken answer; null for a typed one (its length is estimated from the words). */
  durationMs: number | null;
}

/** How long an edited answer stays quiet before it is read again, so a burst of typing asks once. */
export const REREAD_DELAY_MS = 400;

/** A reading and where it stands. */
export interface CoachReadingState {
  reading: Ref<CoachReading | null>;
  status: Ref<LoadStatus>;
  error: Ref<ApiError | null>;
}

/**
 * Reads an answer with the coach (coach:read, in the main process) whenever what to read changes, without holding up
 * anything else on screen: the first read goes at once, later ones after a short pause, and only the newest counts.
 * `ask` returning null reads nothing (and clears the reading).
 */
export function useCoachReading(ask: () => CoachAsk | null): CoachReadingState {
  const api = useApi();
  const reading = ref<CoachReading | null>(null);
  const load = useLoad({ keep: () => reading.value !== null });
  let timer: ReturnType<typeof setTimeout> | null = null;

  function read(input: CoachAsk): void {
    void load.run(
      () => api.call('coach:read', input),
      (r) => (reading.value = r),
    );
  }

  watch(
    () => {
      const a = ask();
      return a ? JSON.stringify(a) : null;
    },
    (key, before) => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (key === null) {
        reading.value = null;
        return;
      }
      const input = JSON.parse(key) as CoachAsk;
      if (before === undefined || reading.value === null) read(input);
      else timer = setTimeout(() => read(input), REREAD_DELAY_MS);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    if (timer !== null) clearTimeout(timer);
  });

  return { reading, status: load.status, error: load.error };
}
