import { ref, type Ref } from 'vue';
import type { ApiError } from '@renderer/api/api-error';
import { toApiError } from '@renderer/api/to-api-error';
import type { LoadStatus } from './load-status';

/** One kind of action a store runs (add, export, restore...): whether one is under way, and why the last one failed. */
interface Request {
  pending: Ref<boolean>;
  error: Ref<ApiError | null>;
  /**
   * Runs `work` with the last error cleared. True when it finished; false when it threw (the error is kept, as an
   * ApiError) or, for a request made with `once`, when one was already under way and nothing was sent.
   */
  run(work: () => Promise<unknown>): Promise<boolean>;
  /** Like run, resolving with what `work` resolved with, or null where run says false. */
  get<T>(work: () => Promise<T>): Promise<T | null>;
}

/** Options for useRequest. */
interface RequestOptions {
  /** Refuses a second run while one is under way (a double click sends one request). */
  once?: boolean;
  /** The error to keep the failure in, when several actions share one error line. */
  error?: Ref<ApiError | null>;
}

/** A request state for one of a store's actions. */
export function useRequest(options: RequestOptions = {}): Request {
  const pending = ref(false);
  const error = options.error ?? ref<ApiError | null>(null);

  async function get<T>(work: () => Promise<T>): Promise<T | null> {
    if (options.once && pending.value) return null;
    pending.value = true;
    error.value = null;
    try {
      return await work();
    } catch (err) {
      error.value = toApiError(err);
      return null;
    } finally {
      pending.value = false;
    }
  }

  async function run(work: () => Promise<unknown>): Promise<boolean> {
    let finished = false;
    await get(async () => {
      await work();
      finished = true;
    });
    return finished;
  }

  return { pending, error, run, get };
}

/** How a store's data loads: where it stands, why it failed, and the call that (re)loads it. */
interface Load {
  status: Ref<LoadStatus>;
  error: Ref<ApiError | null>;
  /**
   * Fetches, then hands the answer to `apply`. Only the newest load counts: an older answer (or failure) arriving
   * after a newer load started is dropped, so a slow reply never overwrites a fresh one. `fresh` (with `shared`) waits
   * out a load already under way, sent before the change the caller just made, and then sends its own.
   */
  run<T>(fetch: () => Promise<T>, apply: (value: T) => void, how?: { fresh?: boolean }): Promise<void>;
  /** A further page ("Show more") on its way. */
  appending: Ref<boolean>;
  /** Why the last further page failed; the list shown stays, so this is said beside it, not instead of it. */
  appendError: Ref<ApiError | null>;
  /**
   * Fetches a further page and hands it to `apply` (which adds it to what is shown). Only while the data is shown and
   * no other page or load (a refresh) is on its way; a load started meanwhile (a new search) drops its answer, so pages
   * never mix.
   */
  append<T>(fetch: () => Promise<T>, apply: (value: T) => void): Promise<void>;
  /** Back to idle with nothing under way: answers still on their way are dropped (the thing to load went away). */
  reset(): void;
}

/** Options for useLoad. */
interface LoadOptions {
  /** Callers arriving while a load is under way share it instead of sending another. */
  shared?: boolean;
  /**
   * True while something loaded earlier is on screen: a refresh then shows no loading state and a failure keeps what
   * is shown (status stays ready, the error is kept until a refresh works), since stale beats missing (badges, lists).
   */
  keep?: () => boolean;
}

/** A load state for a store's data: idle, loading, ready or error, with the error kept as an ApiError. */
export function useLoad(options: LoadOptions = {}): Load {
  const status = ref<LoadStatus>('idle');
  const error = ref<ApiError | null>(null);
  const appending = ref(false);
  const appendError = ref<ApiError | null>(null);
  let newest = 0;
  let pending: Promise<void> | null = null;
  /** Loads on their way: a page appended meanwhile would be undone by the load's answer, sized before it. */
  let loadsUnderWay = 0;

  async function load<T>(fetch: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const mine = ++newest;
    const keeping = options.keep?.() ?? false;
    appending.value = false;
    appendError.value = null;
    if (!keeping) {
      status.value = 'loading';
      error.value = null;
    }
    loadsUnderWay++;
    try {
      const value = await fetch();
      if (mine !== newest) return;
      apply(value);
      error.value = null;
      status.value = 'ready';
    } catch (err) {
      if (mine !== newest) return;
      error.value = toApiError(err);
      status.value = keeping ? 'ready' : 'error';
    } finally {
      loadsUnderWay--;
    }
  }

  async function run<T>(fetch: () => Promise<T>, apply: (value: T) => void, how: { fresh?: boolean } = {}): Promise<void> {
    if (!options.shared) return load(fetch, apply);
    if (how.fresh && pending) await pending;
    pending ??= load(fetch, apply).finally(() => (pending = null));
    return pending;
  }

  async function append<T>(fetch: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    if (appending.value || status.value !== 'ready' || loadsUnderWay > 0) return;
    const mine = newest;
    appending.value = true;
    appendError.value = null;
    try {
      const value = await fetch();
      if (mine === newest) apply(value);
    } catch (err) {
      if (mine === newest) appendError.value = toApiError(err);
    } finally {
      if (mine === newest) appending.value = false;
    }
  }

  function reset(): void {
    newest++;
    pending = null;
    status.value = 'idle';
    error.value = null;
    appending.value = false;
    appendError.value = null;
  }

  return { status, error, run, appending, appendError, append, reset };
}
