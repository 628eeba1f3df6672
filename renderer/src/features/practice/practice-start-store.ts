import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { InterviewSummary } from '@shared/journal-schemas';
import { useApi } from '@renderer/api/inject-api';
import { useLoad, useRequest } from '@renderer/shared/use-request';
import { browserStorage, loadOptions, saveOptions, type OptionStorage } from './saved-options';
import { toStartInput, type StartOptions } from './start-choices';

/** "Start practice": the chosen options (remembered on this computer), the interviews to replay, and the start call. */
export const usePracticeStartStore = defineStore('practice-start', () => {
  const api = useApi();
  const storage: OptionStorage | undefined = browserStorage();
  const options = ref<StartOptions>(loadOptions(storage));
  const interviews = ref<InterviewSummary[]>([]);
  const listing = useLoad();
  const starting = useRequest({ once: true });

  watch(options, (value) => saveOptions(storage, value), { deep: true });

  /** The journal's interviews, newest first, for "Replay an interview"; loaded on first need. */
  async function loadInterviews(): Promise<void> {
    if (listing.status.value === 'loading') return;
    await listing.run(
      () => api.call('interview:list', { filters: {}, cursor: null, limit: 200 }),
      (page) => {
        interviews.value = page.items;
        // A remembered interview that is gone (trashed) should not stay picked without being visible.
        const picked = options.value.interviewId;
        if (picked !== null && !page.items.some((i) => i.id === picked)) options.value.interviewId = page.items[0]?.id ?? null;
        if (picked === null && page.items.length) options.value.interviewId = page.items[0].id;
      },
    );
  }

  /** Starts a session with the current options; its id, or null with startError set (field messages included). */
  function start(overrides: Partial<StartOptions> = {}): Promise<number | null> {
    return starting.get(async () => (await api.call('practice:start', toStartInput({ ...options.value, ...overrides }))).id);
  }

  return {
    options,
    interviews,
    interviewsStatus: listing.status,
    interviewsError: listing.error,
    starting: starting.pending,
    startError: starting.error,
    loadInterviews,
    start,
  };
});
