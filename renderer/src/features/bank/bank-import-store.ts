import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { RouteOutput } from '@shared/contract';
import { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { useLoad, useRequest } from '@renderer/shared/use-request';

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
  // Only the newest file's preview counts: choosing another while one is read drops the first one's answer.
  const previewing = useLoad();
  const importing = useRequest();
  const result = ref<RouteOutput<'bank:import'> | null>(null);

  /** True when the preview found no invalid row and at least one new question. */
  const canImport = computed(
    () => !!preview.value && preview.value.invalid === 0 && preview.value.valid > 0 && !importing.pending.value,
  );

  /** Reads a chosen file and asks for its preview; nothing is written. */
  async function choose(file: File): Promise<void> {
    previewing.reset();
    fileName.value = file.name;
    preview.value = null;
    importing.error.value = null;
    result.value = null;
    content.value = '';
    if (file.size > MAX_IMPORT_BYTES) {
      previewing.error.value = new ApiError({
        code: 'VALIDATION',
        message: 'The file is over 5 MB. Split it into smaller files.',
      });
      return;
    }
    await previewing.run(
      async () => {
        const text = await file.text();
        const kind = importFormat(file.name, text);
        return { text, kind, answer: await api.call('bank:previewImport', { format: kind, content: text }) };
      },
      ({ text, kind, answer }) => {
        content.value = text;
        format.value = kind;
        preview.value = answer;
      },
    );
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
    previewing.reset();
    fileName.value = '';
    content.value = '';
    preview.value = null;
    importing.error.value = null;
    result.value = null;
  }

  return {
    fileName,
    format,
    preview,
    previewing: computed(() => previewing.status.value === 'loading'),
    previewError: previewing.error,
    importing: importing.pending,
    importError: importing.error,
    result,
    canImport,
    choose,
    importAll,
    reset,
  };
});
