import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { InterviewSummary } from '@shared/journal-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { browserStorage, loadOptions, saveOptions, type OptionStorage } from './saved-options';
import { toStartInput, type StartOptions } from './start-choices';
import type { LoadStatus } from '@renderer/shared/load-status';

/** "Start practice": the chosen options (remembered on this computer), the interviews to replay, and the start call. */
export const usePracticeStartStore = defineStore('practice-start', () => {
  const api = useApi();
  const storage: OptionStorage | undefined = browserStorage();
  const options = ref<StartOptions>(loadOptions(storage));
  const interviews = ref<InterviewSummary[]>([]);
  const interviewsStatus = ref<LoadStatus>('idle');
  const interviewsError = ref<ApiError | null>(null);
  const starting = ref(false);
  const startError = ref<ApiError | null>(null);

  watch(options, (value) => saveOptions(storage, value), { deep: true });

  /** The journal's interviews, newest first, for "Replay an interview"; loaded on first need. */
  async function loadInterviews(): Promise<void> {
    if (interviewsStatus.value === 'loading') return;
    interviewsStatus.value = 'loading';
    interviewsError.value = null;
    try {
      const page = await api.call('interview:list', { filters: {}, cursor: null, limit: 200 });
      interviews.value = page.items;
      interviewsStatus.value = 'ready';
      // A remembered interview that is gone (trashed) should not stay picked without being visible.
      const picked = options.value.interviewId;
      if (picked !== null && !page.items.some((i) => i.id === picked)) options.value.interviewId = page.items[0]?.id ?? null;
      if (picked === null && page.items.length) options.value.interviewId = page.items[0].id;
    } catch (err) {
      interviewsError.value = toApiError(err);
      interviewsStatus.value = 'error';
    }
  }

  /** Starts a session with the current options; its id, or null with startError set (field messages included). */
  async function start(overrides: Partial<StartOptions> = {}): Promise<number | null> {
    if (starting.value) return null;
    starting.value = true;
    startError.value = null;
    try {
      const session = await api.call('practice:start', toStartInput({ ...options.value, ...overrides }));
      return session.id;
    } catch (err) {
      startError.value = toApiError(err);
      return null;
    } finally {
      starting.value = false;
    }
  }

  return { options, interviews, interviewsStatus, interviewsError, starting, startError, loadInterviews, start };
});
