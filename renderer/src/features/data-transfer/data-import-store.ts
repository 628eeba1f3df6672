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

/**
 * Importing a JSON export: the file is checked in full first (a preview that writes nothing), then imported all or
 * nothing. The text is kept between the two steps so the import is of exactly the file previewed.
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
  let content = '';

  /** Reads and checks a file; the preview (or the reason it cannot be read) is shown next. */
  async function choose(file: ImportFile): Promise<void> {
    step.value = 'checking';
    fileName.value = file.name;
    preview.value = null;
    result.value = null;
    const checked = await checking.run(async () => {
      content = await file.text();
      preview.value = await api.call('data:previewImport', { content });
    });
    if (checked) step.value = 'preview';
    else {
      content = '';
      step.value = 'idle';
    }
  }

  /** Imports the previewed file; nothing is written unless all of it can be. */
  async function runImport(): Promise<boolean> {
    if (step.value !== 'preview' || !preview.value?.canImport) return false;
    step.value = 'importing';
    const imported = await importing.run(async () => {
      result.value = await api.call('data:import', { content });
    });
    if (imported) content = '';
    step.value = imported ? 'done' : 'preview';
    return imported;
  }

  /** Back to choosing a file. */
  function reset(): void {
    step.value = 'idle';
    fileName.value = null;
    preview.value = null;
    result.value = null;
    error.value = null;
    content = '';
  }

  return { step, fileName, preview, result, error, choose, runImport, reset };
});
