import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ImportPreview, ImportResult } from '@shared/data-transfer-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { useRequest } from '@renderer/shared/use-request';

/** Where an import stands: nothing chosen, reading and checking the file, showing the preview, importing, done. */
type ImportStep = 'idle' | 'checking' | 'preview' | 'importing' | 'done';

/** A file to import: its name and text (a File in the app, plain text in tests). */
interface ImportFile {
  name: string;
  text: () => Promise<string>;
}

/** What is being imported: a JSON file's text, or a folder export (its JSON file and its recordings) by its path. */
type ImportSource = { kind: 'file'; content: string } | { kind: 'folder'; path: string };

/**
 * Importing an export: a JSON file, or a folder export with its recordings. It is checked in full first (a preview that
 * writes nothing), then imported all or nothing. The source is kept between the two steps so the import is of exactly
 * what was previewed.
 */
export const useDataImportStore = defineStore('data-import', () => {
  const api = useApi();
  const step = ref<ImportStep>('idle');
  const fileName = ref<string | null>(null);
  const preview = ref<ImportPreview | null>(null);
  const result = ref<ImportResult | null>(null);
  const error = ref<ApiError | null>(null);
  const checking = useRequest({ error });
  const importing = useRequest({ error });
  /** Which way the current import came in: the folder field shows its own errors, the file button its own. */
  const source = ref<ImportSource['kind']>('file');
  let chosen: ImportSource | null = null;

  /** Checks what was chosen; the preview (or the reason it cannot be read) is shown next. */
  async function check(name: string, read: () => Promise<ImportSource>): Promise<void> {
    step.value = 'checking';
    fileName.value = name;
    preview.value = null;
    result.value = null;
    chosen = null;
    const checked = await checking.run(async () => {
      const next = await read();
      source.value = next.kind;
      preview.value =
        next.kind === 'file'
          ? await api.call('data:previewImport', { content: next.content })
          : await api.call('data:previewImportFolder', { path: next.path });
      chosen = next;
    });
    step.value = checked ? 'preview' : 'idle';
  }

  /** Reads and checks a JSON file. */
  function choose(file: ImportFile): Promise<void> {
    source.value = 'file';
    return check(file.name, async () => ({ kind: 'file', content: await file.text() }));
  }

  /** Checks a folder export (its JSON file and every recording's checksum) by the folder's full path. */
  function chooseFolder(path: string): Promise<void> {
    source.value = 'folder';
    const trimmed = path.trim();
    return check(trimmed, async () => ({ kind: 'folder', path: trimmed }));
  }

  /** Imports what was previewed; nothing is written unless all of it can be. */
  async function runImport(): Promise<boolean> {
    const from = chosen;
    if (step.value !== 'preview' || !preview.value?.canImport || !from) return false;
    step.value = 'importing';
    const imported = await importing.run(async () => {
      result.value =
        from.kind === 'file'
          ? await api.call('data:import', { content: from.content })
          : await api.call('data:importFolder', { path: from.path });
    });
    if (imported) chosen = null;
    step.value = imported ? 'done' : 'preview';
    return imported;
  }

  /** The message for the folder field: the main process's words about the path, or the whole failure. */
  function folderMessage(): string | undefined {
    const err = error.value;
    if (!err || source.value !== 'folder' || step.value !== 'idle') return undefined;
    return err.fieldMessage('path') ?? err.message;
  }

  /** Back to choosing a file. */
  function reset(): void {
    step.value = 'idle';
    fileName.value = null;
    preview.value = null;
    result.value = null;
    error.value = null;
    chosen = null;
  }

  return { step, fileName, source, preview, result, error, choose, chooseFolder, runImport, folderMessage, reset };
});
