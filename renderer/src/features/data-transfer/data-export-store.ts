import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { downloadText } from '@renderer/shared/download-file';

/** What a folder export wrote. */
export type FolderExport = RouteOutput<'data:exportFolder'>;

/** Exporting everything: one JSON file to download, or a folder (with the recordings) written to a path. */
export const useDataExportStore = defineStore('data-export', () => {
  const api = useApi();
  const jsonBusy = ref(false);
  const jsonError = ref<ApiError | null>(null);
  const jsonFile = ref<{ fileName: string; bytes: number } | null>(null);
  const folderBusy = ref(false);
  const folderError = ref<ApiError | null>(null);
  const folderResult = ref<FolderExport | null>(null);

  /** Builds the JSON export and offers it as a download. */
  async function exportJson(): Promise<boolean> {
    jsonBusy.value = true;
    jsonError.value = null;
    jsonFile.value = null;
    try {
      const file = await api.call('data:exportJson');
      downloadText(file.fileName, file.content, 'application/json');
      jsonFile.value = { fileName: file.fileName, bytes: file.bytes };
      return true;
    } catch (err) {
      jsonError.value = toApiError(err);
      return false;
    } finally {
      jsonBusy.value = false;
    }
  }

  /** Writes a folder export inside `path` (an absolute folder path). */
  async function exportFolder(path: string): Promise<boolean> {
    folderBusy.value = true;
    folderError.value = null;
    folderResult.value = null;
    try {
      folderResult.value = await api.call('data:exportFolder', { path: path.trim() });
      return true;
    } catch (err) {
      folderError.value = toApiError(err);
      return false;
    } finally {
      folderBusy.value = false;
    }
  }

  /** The message for the folder field: the main process's words about the path, or the whole failure. */
  function folderMessage(): string | undefined {
    const err = folderError.value;
    return err ? (err.fieldMessage('path') ?? err.message) : undefined;
  }

  return { jsonBusy, jsonError, jsonFile, folderBusy, folderError, folderResult, exportJson, exportFolder, folderMessage };
});
