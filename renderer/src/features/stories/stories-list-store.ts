import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import type { StorySummary, StoryTrashItem } from '@shared/stories-schemas';
import { useApi } from '@renderer/api/inject-api';
import { useLoad, useRequest } from '@renderer/shared/use-request';

/** Pause after typing in the search box before the list is asked again. */
export const STORY_SEARCH_DELAY_MS = 250;
/** Stories fetched per page ("Show more" asks for the next): more than most banks hold, few enough to render at once. */
export const STORY_PAGE_SIZE = 50;
/** The most one request may ask for (the contract's limit): a refresh asks again for at most this many. */
const MAX_STORY_REQUEST = 500;
/** How many further pages a restore fetches to show the story back (a thousand stories deep). */
const MAX_PAGES_TO_RESTORED = 20;

/** The Stories screen's list: search, tag filter, the trash, and the undo after trashing. */
export const useStoriesListStore = defineStore('stories-list', () => {
  const api = useApi();
  const items = ref<StorySummary[]>([]);
  const total = ref(0);
  const tags = ref<string[]>([]);
  const query = ref('');
  const tag = ref<string | null>(null);
  const loading = useLoad({ keep: () => loading.status.value === 'ready' });
  const trashItems = ref<StoryTrashItem[]>([]);
  const trashLoading = useLoad();
  const action = useRequest();
  /** The story just moved to the trash, for "Undo" (cleared once restored or dismissed). */
  const recentlyTrashed = ref<{ id: number; title: string } | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;

  const request = (limit: number, offset: number) =>
    api.call('story:list', { query: query.value, tag: tag.value, limit, offset });

  function show(answer: RouteOutput<'story:list'>): void {
    items.value = answer.items;
    total.value = answer.total;
    tags.value = answer.tags;
  }

  /** The first page for the search and tag, replacing what was shown. */
  function load(): Promise<void> {
    return loading.run(() => request(STORY_PAGE_SIZE, 0), show);
  }

  /** The list again as saved now, as many stories as were shown ("Show more" is not undone by coming back). */
  function refresh(): Promise<void> {
    const shown = Math.min(Math.max(items.value.length, STORY_PAGE_SIZE), MAX_STORY_REQUEST);
    return loading.run(() => request(shown, 0), show);
  }

  /**
   * The next page ("Show more"). Asked for again from the top, the shown ones with the next page: a story trashed in
   * another window meanwhile would otherwise move the page's start on by one, and a story would never be shown. Past
   * what one request may ask for, the page is asked from where the list stands, and a story already shown (the list
   * moved on meanwhile) is not shown twice.
   */
  function loadMore(): Promise<void> {
    if (items.value.length >= total.value) return Promise.resolve();
    const upTo = items.value.length + STORY_PAGE_SIZE;
    if (upTo <= MAX_STORY_REQUEST) return loading.append(() => request(upTo, 0), show);
    return loading.append(
      () => request(STORY_PAGE_SIZE, items.value.length),
      (answer) => {
        const shown = new Set(items.value.map((s) => s.id));
        show({ ...answer, items: [...items.value, ...answer.items.filter((s) => !shown.has(s.id))] });
      },
    );
  }

  /** A new search typed: asked after a pause, so each key press does not send a request. */
  function search(text: string): void {
    query.value = text;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void load();
    }, STORY_SEARCH_DELAY_MS);
  }

  function filterTag(value: string | null): Promise<void> {
    tag.value = value;
    return load();
  }

  function loadTrash(): Promise<void> {
    return trashLoading.run(
      () => api.call('story:listTrash'),
      (answer) => (trashItems.value = answer),
    );
  }

  /** Moves a story to the trash and offers it back ("Undo"); true when it went. */
  async function trash(story: { id: number; title: string }): Promise<boolean> {
    const done = await action.run(() => api.call('story:trash', { id: story.id }));
    if (done) {
      recentlyTrashed.value = story;
      await refresh();
    }
    return done;
  }

  /** Brings a story back from the trash (the undo, or the trash list); true when it came back. */
  async function restore(id: number): Promise<boolean> {
    const done = await action.run(() => api.call('story:restore', { id }));
    if (done) {
      if (recentlyTrashed.value?.id === id) recentlyTrashed.value = null;
      trashItems.value = trashItems.value.filter((s) => s.id !== id);
      // As many as were shown: a story restored (its place kept, as trashing leaves its date) is back where it was;
      // an older one, past the pages shown, is fetched up to, so the person sees it come back.
      await refresh();
      for (let n = 0; n < MAX_PAGES_TO_RESTORED && !items.value.some((s) => s.id === id); n++) {
        if (items.value.length >= total.value) break;
        await loadMore();
      }
    }
    return done;
  }

  /** Deletes the trashed stories for good, after the person confirmed; the count deleted, or null. */
  async function emptyTrash(): Promise<number | null> {
    const answer = await action.get(() => api.call('story:emptyTrash', { confirm: true }));
    if (answer) await loadTrash();
    return answer?.deleted ?? null;
  }

  return {
    items,
    total,
    tags,
    query,
    tag,
    status: loading.status,
    error: loading.error,
    loadingMore: loading.appending,
    moreError: loading.appendError,
    trashItems,
    trashStatus: trashLoading.status,
    trashError: trashLoading.error,
    busy: action.pending,
    actionError: action.error,
    recentlyTrashed,
    load,
    refresh,
    loadMore,
    search,
    filterTag,
    loadTrash,
    trash,
    restore,
    emptyTrash,
    dismissUndo: () => void (recentlyTrashed.value = null),
  };
});
