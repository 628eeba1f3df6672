import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import { useApi } from '@renderer/api/inject-api';
import { downloadText } from '@renderer/shared/download-file';
import { useRequest } from '@renderer/shared/use-request';

/** What a folder export wrote. */
type FolderExport = RouteOutput<'data:exportFolder'>;

/** Exporting everything: one JSON file to download, or a folder (with the recordings) written to a path. */
export const useDataExportStore = defineStore('data-export', () => {
  const api = useApi();
  const json = useRequest();
  const jsonFile = ref<{ fileName: string; bytes: number } | null>(null);
  const folder = useRequest();
  const folderResult = ref<FolderExport | null>(null);

  /** Builds the JSON export and offers it as a download. */
  function exportJson(): Promise<boolean> {
    jsonFile.value = null;
    return json.run(async () => {
      const file = await api.call('data:exportJson');
      downloadText(file.fileName, file.content, 'application/json');
      jsonFile.value = { fileName: file.fileName, bytes: file.bytes };
    });
  }

  /** Writes a folder export inside `path` (an absolute folder path). */
  function exportFolder(path: string): Promise<boolean> {
    folderResult.value = null;
    return folder.run(async () => {
      folderResult.value = await api.call('data:exportFolder', { path: path.trim() });
    });
  }

  /** The message for the folder field: the main process's words about the path, or the whole failure. */
  function folderMessage(): string | undefined {
    const err = folder.error.value;
    return err ? (err.fieldMessage('path') ?? err.message) : undefined;
  }

  return {
    jsonBusy: json.pending,
    jsonError: json.error,
    jsonFile,
    folderBusy: folder.pending,
    folderError: folder.error,
    folderResult,
    exportJson,
    exportFolder,
    folderMessage,
  };
});
