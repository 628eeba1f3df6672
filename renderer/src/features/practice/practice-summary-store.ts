import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Attempt, PracticeSession } from '@shared/practice-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { averageGrade, summaryRows } from './session-progress';
import type { LoadStatus } from '@renderer/shared/load-status';
import { useLoad } from '@renderer/shared/use-request';

/** Every attempt at one question, loaded when the person opens that question's history. */
export interface QuestionHistory {
  status: LoadStatus;
  attempts: Attempt[];
  error: ApiError | null;
}

/** A session's summary: each question with its attempt, the average, and each question's full history on demand. */
export const usePracticeSummaryStore = defineStore('practice-summary', () => {
  const api = useApi();
  const session = ref<PracticeSession | null>(null);
  const attempts = ref<Attempt[]>([]);
  const loading = useLoad();
  const histories = ref<Record<number, QuestionHistory>>({});

  const rows = computed(() => (session.value ? summaryRows(session.value, attempts.value) : []));
  const average = computed(() => averageGrade(attempts.value));
  /** The grades given in this session, for saying them in words as they are. */
  const grades = computed(() => attempts.value.flatMap((a) => (a.grade ? [a.grade] : [])));
  /** Questions not graded yet; more than zero means the session can be picked up again. */
  const remaining = computed(() => {
    const graded = new Set(attempts.value.filter((a) => a.grade !== null).map((a) => a.position));
    return session.value ? session.value.questions.filter((q) => !graded.has(q.position)).length : 0;
  });

  /** Loads the session and its attempts together. */
  async function load(id: number): Promise<void> {
    histories.value = {};
    await loading.run(
      () => Promise.all([api.call('practice:session', { id }), api.call('practice:sessionAttempts', { id })]),
      ([found, saved]) => {
        session.value = found;
        attempts.value = saved;
      },
    );
  }

  /** Every attempt at one question, across sessions, newest first. */
  async function loadHistory(questionId: number): Promise<void> {
    if (histories.value[questionId]?.status === 'loading' || histories.value[questionId]?.status === 'ready') return;
    histories.value[questionId] = { status: 'loading', attempts: [], error: null };
    try {
      const list = await api.call('practice:questionAttempts', { questionId });
      histories.value[questionId] = { status: 'ready', attempts: list, error: null };
    } catch (err) {
      histories.value[questionId] = { status: 'error', attempts: [], error: toApiError(err) };
    }
  }

  return {
    session,
    attempts,
    status: loading.status,
    error: loading.error,
    rows,
    average,
    grades,
    remaining,
    histories,
    load,
    loadHistory,
  };
});
