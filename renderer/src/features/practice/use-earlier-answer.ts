import { ref, watch, type Ref } from 'vue';
import type { Attempt } from '@shared/practice-schemas';
import { useApi } from '@renderer/api/inject-api';

/** An earlier answer's words and time, for the coach's line of what changed since. */
export interface EarlierAnswer {
  answer: string;
  durationMs: number | null;
}

/**
 * The newest earlier attempt at the same question that has typed words, found after the feedback opens (it never holds
 * the feedback up). A spoken attempt's words live in its transcript, so one with nothing typed is passed over.
 */
export function useEarlierAnswer(attempt: () => Attempt | null): Ref<EarlierAnswer | null> {
  const api = useApi();
  const earlier = ref<EarlierAnswer | null>(null);
  watch(
    () => attempt()?.id ?? null,
    async (id) => {
      earlier.value = null;
      const current = attempt();
      if (id === null || !current) return;
      try {
        const all = await api.call('practice:questionAttempts', { questionId: current.questionId });
        const found = all
          .filter((a) => a.id !== id && a.createdAt < current.createdAt && a.answerText.trim() !== '')
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
        if (attempt()?.id === id && found) earlier.value = { answer: found.answerText, durationMs: null };
      } catch {
        // Without the earlier answer the feedback simply has no "since your last answer" line.
      }
    },
    { immediate: true },
  );
  return earlier;
}
