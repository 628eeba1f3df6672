import { computed, onBeforeUnmount, onMounted, ref, shallowReactive, type ComputedRef, type Ref } from 'vue';
import type { ApiError } from '@renderer/api/api-error';
import { toApiError } from '@renderer/api/to-api-error';

/** What the editor says about its saves: nothing yet, saving (or about to), all saved, or a save failed. */
export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/** One save that failed: which field or section, and why. */
export interface SaveFailure {
  key: string;
  error: ApiError;
}

/** The save queue of one editor; see createAutosave. */
export interface Autosave {
  status: ComputedRef<AutosaveStatus>;
  /** Failed saves, oldest first; each keeps its value until it succeeds or is replaced by a newer change. */
  failures: ComputedRef<SaveFailure[]>;
  /** Counts successful saves, so watchers (the reality check) know when to refresh. */
  savedCount: Ref<number>;
  /** Queues a save for `key`; a newer change to the same key replaces one that has not started. */
  schedule(key: string, run: () => Promise<unknown>, options?: { immediate?: boolean }): void;
  /** Starts every waiting save now and resolves when nothing is waiting or running (failures stay failures). */
  flush(): Promise<void>;
  /** Runs every failed save again with the value it had, then waits like flush. */
  retry(): Promise<void>;
  /** The failure for one key, if its last save failed. */
  errorFor(key: string): ApiError | undefined;
  /** Drops waiting saves and failures whose key starts with `prefix` (the thing they belong to is gone). */
  cancel(prefix: string): void;
  /** Counts a change saved by other means (adding a question), so watchers refresh too. */
  markSaved(): void;
  /** Runs one key's failed save again, with the value it had (after a conflict, "Keep mine"), and waits for it. */
  retryKey(key: string): Promise<void>;
  /** Drops one key's failure and anything waiting for it (its value was replaced by the saved one). */
  drop(key: string): void;
  /** True while `key` has a save waiting, running or failed: what is on screen for it is not saved yet. */
  unsaved(key: string): boolean;
  /** True while anything is waiting or running. */
  busy: ComputedRef<boolean>;
}

interface Waiting {
  run: () => Promise<unknown>;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Debounced, per-key saving that never drops a value: each key (a field, or a section such as a list of key points)
 * waits `delay` ms after its last change, saves of the same key never overlap (so an older value cannot land after a
 * newer one), and a failed save keeps its run so "Try again" sends exactly what the person typed.
 */
export function createAutosave(options: { delay?: number } = {}): Autosave {
  const delay = options.delay ?? 600;
  const waiting = shallowReactive(new Map<string, Waiting>());
  const running = shallowReactive(new Map<string, Promise<void>>());
  const failed = shallowReactive(new Map<string, { run: () => Promise<unknown>; error: ApiError }>());
  const savedCount = ref(0);

  function start(key: string): Promise<void> {
    const task = waiting.get(key);
    if (!task) return running.get(key) ?? Promise.resolve();
    if (task.timer !== null) {
      clearTimeout(task.timer);
      task.timer = null;
    }
    const current = running.get(key);
    // One save per key at a time: the newer value goes out once the older one has landed.
    if (current) return current.then(() => start(key));
    waiting.delete(key);
    const promise: Promise<void> = execute(key, task.run).finally(() => {
      if (running.get(key) === promise) running.delete(key);
    });
    running.set(key, promise);
    return promise;
  }

  async function execute(key: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
      failed.delete(key);
      savedCount.value++;
    } catch (err) {
      // A newer change already waiting will try again by itself; its failure (if any) replaces this one.
      failed.set(key, { run, error: toApiError(err) });
    }
  }

  function schedule(key: string, run: () => Promise<unknown>, opts: { immediate?: boolean } = {}): void {
    const previous = waiting.get(key);
    if (previous?.timer) clearTimeout(previous.timer);
    const task: Waiting = { run, timer: null };
    waiting.set(key, task);
    if (opts.immediate) void start(key);
    else task.timer = setTimeout(() => void start(key), delay);
  }

  async function flush(): Promise<void> {
    while (waiting.size || running.size) {
      await Promise.all([...[...waiting.keys()].map(start), ...running.values()]);
    }
  }

  async function retry(): Promise<void> {
    for (const [key, { run }] of failed) {
      if (!waiting.has(key) && !running.has(key)) schedule(key, run, { immediate: true });
    }
    await flush();
  }

  async function retryKey(key: string): Promise<void> {
    const failure = failed.get(key);
    if (failure && !waiting.has(key) && !running.has(key)) schedule(key, failure.run, { immediate: true });
    await (running.get(key) ?? Promise.resolve());
  }

  function drop(key: string): void {
    const task = waiting.get(key);
    if (task?.timer) clearTimeout(task.timer);
    waiting.delete(key);
    failed.delete(key);
  }

  function cancel(prefix: string): void {
    for (const [key, task] of waiting) {
      if (!key.startsWith(prefix)) continue;
      if (task.timer) clearTimeout(task.timer);
      waiting.delete(key);
    }
    for (const key of failed.keys()) if (key.startsWith(prefix)) failed.delete(key);
  }

  const busy = computed(() => waiting.size > 0 || running.size > 0);
  const failures = computed(() => [...failed].map(([key, { error }]) => ({ key, error })));
  const status = computed<AutosaveStatus>(() => {
    if (failed.size) return 'error';
    if (busy.value) return 'saving';
    return savedCount.value > 0 ? 'saved' : 'idle';
  });

  return {
    status,
    failures,
    savedCount,
    busy,
    schedule,
    flush,
    retry,
    cancel,
    errorFor: (key) => failed.get(key)?.error,
    markSaved: () => void savedCount.value++,
    retryKey,
    drop,
    unsaved: (key) => waiting.has(key) || running.has(key) || failed.has(key),
  };
}

/**
 * Ties an autosave queue to the page's life: when the window is hidden or closed (pagehide, visibilitychange) and when
 * the component goes away, waiting saves are sent at once. In the browser host a request started during unload may
 * still be lost, which is why editors also flush on every field blur.
 */
export function useAutosaveLifecycle(autosave: Pick<Autosave, 'flush'>): void {
  const flushNow = () => void autosave.flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  onMounted(() => {
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('pagehide', flushNow);
    document.removeEventListener('visibilitychange', onVisibility);
    flushNow();
  });
}
