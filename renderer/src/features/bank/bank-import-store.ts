import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { RouteOutput } from '@shared/contract';
import { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { useRequest } from '@renderer/shared/use-request';

/** What bank:previewImport says about a file, row by row. */
export type ImportPreview = RouteOutput<'bank:previewImport'>;
/** The two file formats the bank imports. */
type ImportFormat = 'csv' | 'json';

/** The largest file the main process accepts (the contract's limit), checked before reading it. */
const MAX_IMPORT_BYTES = 5_000_000;

/** The format of a file, from its name first and its first character otherwise. */
export function importFormat(name: string, content: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  const first = content.trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/** Importing questions from a file: choose, preview every row, then import all of them or none. */
export const useBankImportStore = defineStore('bank-import', () => {
  const api = useApi();
  const fileName = ref('');
  const format = ref<ImportFormat>('csv');
  const content = ref('');
  const preview = shallowRef<ImportPreview | null>(null);
  const previewing = ref(false);
  const previewError = ref<ApiError | null>(null);
  const importing = useRequest();
  const result = ref<RouteOutput<'bank:import'> | null>(null);
  let generation = 0;

  /** True when the preview found no invalid row and at least one new question. */
  const canImport = computed(
    () => !!preview.value && preview.value.invalid === 0 && preview.value.valid > 0 && !importing.pending.value,
  );

  /** Reads a chosen file and asks for its preview; nothing is written. */
  async function choose(file: File): Promise<void> {
    const mine = ++generation;
    fileName.value = file.name;
    preview.value = null;
    previewError.value = null;
    importing.error.value = null;
    result.value = null;
    content.value = '';
    if (file.size > MAX_IMPORT_BYTES) {
      previewError.value = new ApiError({ code: 'VALIDATION', message: 'The file is over 5 MB. Split it into smaller files.' });
      return;
    }
    previewing.value = true;
    try {
      const text = await file.text();
      if (mine !== generation) return;
      content.value = text;
      format.value = importFormat(file.name, text);
      const answer = await api.call('bank:previewImport', { format: format.value, content: text });
      if (mine === generation) preview.value = answer;
    } catch (err) {
      if (mine === generation) previewError.value = toApiError(err);
    } finally {
      if (mine === generation) previewing.value = false;
    }
  }

  /** Imports every new row of the previewed file, all or nothing. True when it worked. */
  async function importAll(): Promise<boolean> {
    if (!canImport.value) return false;
    return importing.run(async () => {
      result.value = await api.call('bank:import', { format: format.value, content: content.value });
      preview.value = null;
      content.value = '';
    });
  }

  /** Forgets the chosen file and its preview. */
  function reset(): void {
    generation++;
    fileName.value = '';
    content.value = '';
    preview.value = null;
    previewing.value = false;
    previewError.value = null;
    importing.error.value = null;
    result.value = null;
  }

  return {
    fileName,
    format,
    preview,
    previewing,
    previewError,
    importing: importing.pending,
    importError: importing.error,
    result,
    canImport,
    choose,
    importAll,
    reset,
  };
});
