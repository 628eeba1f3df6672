import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Plan } from '@shared/plan-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { downloadText } from '@renderer/shared/download-file';
import { rangeInput, type PlanExportOptions } from './export-options';
import type { LoadStatus } from '@renderer/shared/load-status';

/** Exporting the plan: the Markdown file, and the plan for the print view (the PDF). */
export const usePlanExportStore = defineStore('plan-export', () => {
  const api = useApi();
  const exporting = ref(false);
  const error = ref<ApiError | null>(null);
  const lastFile = ref<string | null>(null);
  const printPlan = ref<Plan | null>(null);
  const printStatus = ref<LoadStatus>('idle');
  const printError = ref<ApiError | null>(null);

  /** Asks for the Markdown and offers it as a download; false (with the error kept) when it failed. */
  async function exportMarkdown(options: PlanExportOptions): Promise<boolean> {
    exporting.value = true;
    error.value = null;
    try {
      const file = await api.call('plan:exportMarkdown', { ...rangeInput(options), sections: options.sections });
      downloadText(file.fileName, file.content, 'text/markdown;charset=utf-8');
      lastFile.value = file.fileName;
      return true;
    } catch (err) {
      error.value = toApiError(err);
      return false;
    } finally {
      exporting.value = false;
    }
  }

  /** Loads the plan for the print view, limited to the chosen range. */
  async function loadPrint(options: PlanExportOptions): Promise<void> {
    printStatus.value = 'loading';
    printError.value = null;
    try {
      printPlan.value = await api.call('plan:get', rangeInput(options));
      printStatus.value = 'ready';
    } catch (err) {
      printError.value = toApiError(err);
      printStatus.value = 'error';
    }
  }

  /** Forgets the last outcome when the dialog opens again. */
  function reset(): void {
    error.value = null;
    lastFile.value = null;
  }

  return { exporting, error, lastFile, printPlan, printStatus, printError, exportMarkdown, loadPrint, reset };
});
