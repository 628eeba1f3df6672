import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { InterviewSummary } from '@shared/journal-schemas';
import type { SessionMix } from '@shared/practice-schemas';
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
  /** Where a "due and fumbled first" session of the chosen length would take its questions from. */
  const mix = ref<SessionMix | null>(null);
  // A length typed digit by digit sends a few of these; only the newest answer is shown, the last one stays meanwhile.
  const mixing = useLoad({ keep: () => mix.value !== null });

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

  /** Counts what a "due and fumbled first" session of this length would hold; a length out of range asks nothing. */
  async function loadMix(length: number): Promise<void> {
    if (!Number.isInteger(length) || length < 1 || length > 50) return;
    await mixing.run(
      () => api.call('practice:sessionMix', { length }),
      (value) => (mix.value = value),
    );
  }

  /** Starts a session with the current options; its id, or null with startError set (field messages included). */
  function start(overrides: Partial<StartOptions> = {}): Promise<number | null> {
    // "Only what is due" with nothing due (the form shows it off) would be an empty session: it is not sent then.
    const chosen = { ...options.value, ...overrides };
    const dueOnly = chosen.dueOnly && mix.value?.waiting !== 0;
    return starting.get(async () => (await api.call('practice:start', toStartInput({ ...chosen, dueOnly }))).id);
  }

  return {
    options,
    interviews,
    interviewsStatus: listing.status,
    interviewsError: listing.error,
    starting: starting.pending,
    startError: starting.error,
    mix,
    mixStatus: mixing.status,
    loadInterviews,
    loadMix,
    start,
  };
});
