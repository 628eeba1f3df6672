import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { DownloadAction, DownloadStatus, SpeechModel, SpeechModels } from '@shared/speech-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { useLoad, useRequest } from '@renderer/shared/use-request';
import { isDownloadActive } from './download-words';

/** How often a running download's progress is asked for: smooth enough for a bar, light on the main process. */
export const DOWNLOAD_POLL_MS = 500;

/** What a model's row is doing right now; one action at a time per row. */
export type RowAction = 'download' | 'delete' | 'use';

/**
 * Settings -> Speech: the catalog models and what this computer has of them, downloads (polled only while one is
 * running, and not at all once the section is gone), deleting, choosing the model in use, and importing a file.
 * Also the one answer to "is a speech model installed" that dictation and practice read, so Dictate appears as soon
 * as Settings installs a model.
 */
export const useSpeechModelsStore = defineStore('speech-models', () => {
  const api = useApi();
  const view = ref<SpeechModels | null>(null);
  // Once the list is on screen a refresh keeps it there: a failed reload must not blank a running download's row.
  const listing = useLoad({ shared: true, keep: () => view.value !== null });
  const downloads = ref<Record<string, DownloadStatus>>({});
  const rowErrors = ref<Record<string, ApiError>>({});
  const busy = ref<Record<string, RowAction>>({});
  /** Models whose download finished while the section was open, for a "downloaded and checked" note. */
  const justInstalled = ref<Record<string, true>>({});
  const importing = useRequest({ once: true });
  const imported = ref<SpeechModel | null>(null);
  /** The host answered that it has no open dialog after all: the path field is shown instead. */
  const dialogUnavailable = ref(false);

  let timer: ReturnType<typeof setTimeout> | null = null;
  let ticking = false;
  let halted = true;
  // A status that could not be fetched is not asked for again until the person acts on that row.
  const unreachable = new Set<string>();

  const models = computed<SpeechModel[]>(() => view.value?.models ?? []);
  const activeIds = () => Object.values(downloads.value).filter((s) => isDownloadActive(s) && !unreachable.has(s.modelId));
  /** True while a progress request is waiting to go or on its way (tests check that polling stops). */
  const isPolling = () => timer !== null || ticking;

  function setStatus(id: string, status: DownloadStatus | null): void {
    if (!status || status.state === 'cancelled') delete downloads.value[id];
    else downloads.value[id] = status;
  }

  function showList(next: SpeechModels): void {
    view.value = next;
    for (const m of next.models) setStatus(m.id, m.download);
  }

  const fetchList = () => api.call('speech:models');

  /** The model transcriptions use; not knowing (the last ask failed) is not offering: typing always works. */
  const activeModelId = computed(() => (listing.error.value ? null : (view.value?.activeModelId ?? null)));
  const installed = computed(() => activeModelId.value !== null);
  /** True once the list has been asked for and answered (either way). */
  const loaded = computed(() => listing.status.value === 'ready' || listing.status.value === 'error');

  /** Asks again whether a model is installed (the window came back), without starting any download polling. */
  function refresh(): Promise<void> {
    return listing.run(fetchList, showList);
  }

  /** Asks the first time only. */
  function ensureLoaded(): Promise<void> {
    return loaded.value ? Promise.resolve() : refresh();
  }

  /** Loads (or reloads) the list, then polls any download already running (one started before a visit away). */
  async function load(how: { fresh?: boolean } = {}): Promise<void> {
    halted = false;
    await listing.run(fetchList, showList, how);
    schedule();
  }

  function schedule(): void {
    if (halted || timer !== null || ticking || !activeIds().length) return;
    timer = setTimeout(() => void tick(), DOWNLOAD_POLL_MS);
  }

  async function tick(): Promise<void> {
    timer = null;
    ticking = true;
    let finished = false;
    try {
      await Promise.all(
        activeIds().map(async ({ modelId }) => {
          try {
            const status = await api.call('speech:downloadStatus', { modelId });
            if (halted) return;
            setStatus(modelId, status);
            if (status?.state === 'done') {
              finished = true;
              justInstalled.value[modelId] = true;
            }
          } catch (err) {
            unreachable.add(modelId);
            rowErrors.value[modelId] = toApiError(err);
          }
        }),
      );
      // The file is in place: the list says Installed (and, for a first model, In use).
      if (finished && !halted) await listing.run(fetchList, showList, { fresh: true });
    } finally {
      ticking = false;
    }
    schedule();
  }

  /** Stops asking for progress (the section left the screen); the download itself goes on in the main process. */
  function stopPolling(): void {
    halted = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  /** Runs one row's action with its error cleared; false when it failed (the error stays next to the row). */
  async function rowAction(id: string, action: RowAction, work: () => Promise<void>): Promise<boolean> {
    if (busy.value[id]) return false;
    busy.value[id] = action;
    delete rowErrors.value[id];
    unreachable.delete(id);
    try {
      await work();
      return true;
    } catch (err) {
      rowErrors.value[id] = toApiError(err);
      return false;
    } finally {
      delete busy.value[id];
    }
  }

  /** Start, pause, resume or cancel a model's download; a start after a failure tries again. */
  function download(id: string, action: DownloadAction): Promise<boolean> {
    return rowAction(id, 'download', async () => {
      delete justInstalled.value[id];
      setStatus(id, await api.call('speech:download', { modelId: id, action }));
      // Only load() (the section on screen) clears halted: an answer landing after the section left must not
      // start the polling again, which would then run until the download ends.
      schedule();
    });
  }

  /** Deletes an installed model's file (and any partial download), then shows the list as it is on disk. */
  function remove(id: string): Promise<boolean> {
    return rowAction(id, 'delete', async () => {
      await api.call('speech:deleteModel', { modelId: id });
      delete downloads.value[id];
      delete justInstalled.value[id];
      if (imported.value?.id === id) imported.value = null;
      await listing.run(fetchList, showList, { fresh: true });
    });
  }

  /** Makes an installed model the one transcriptions use. */
  function use(id: string): Promise<boolean> {
    return rowAction(id, 'use', async () => showList(await api.call('speech:useModel', { modelId: id })));
  }

  /** "Use a model file I already have" from a path: copied in once its size and checksum match a catalog model. */
  async function importPath(path: string): Promise<boolean> {
    imported.value = null;
    const model = await importing.get(() => api.call('speech:importModel', { path }));
    if (!model) return false;
    imported.value = model;
    await listing.run(fetchList, showList, { fresh: true });
    return true;
  }

  /** The desktop app's "Choose file…": the open dialog, then the same import as a typed path. */
  async function chooseFile(): Promise<boolean> {
    imported.value = null;
    const choice = await importing.get(() => api.call('speech:chooseModelFile'));
    if (!choice) return false;
    if (choice.outcome === 'unavailable') dialogUnavailable.value = true;
    if (choice.outcome !== 'chosen') return false;
    return importPath(choice.path);
  }

  return {
    view,
    models,
    activeModelId,
    installed,
    loaded,
    refresh,
    ensureLoaded,
    status: listing.status,
    error: listing.error,
    downloads,
    rowErrors,
    busy,
    justInstalled,
    isPolling,
    importing: importing.pending,
    importError: importing.error,
    imported,
    dialogUnavailable,
    load,
    stopPolling,
    download,
    remove,
    use,
    importPath,
    chooseFile,
  };
});
