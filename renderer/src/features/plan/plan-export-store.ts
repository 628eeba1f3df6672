import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Plan } from '@shared/plan-schemas';
import { useApi } from '@renderer/api/inject-api';
import { downloadText } from '@renderer/shared/download-file';
import { useLoad, useRequest } from '@renderer/shared/use-request';
import { rangeInput, type PlanExportOptions } from './export-options';

/** Exporting the plan: the Markdown file, and the plan for the print view (the PDF). */
export const usePlanExportStore = defineStore('plan-export', () => {
  const api = useApi();
  const exporting = useRequest();
  const lastFile = ref<string | null>(null);
  const printPlan = ref<Plan | null>(null);
  const printing = useLoad();
  const savingPdf = useRequest({ once: true });
  const savedPdf = ref<string | null>(null);

  /** Asks for the Markdown and offers it as a download; false (with the error kept) when it failed. */
  function exportMarkdown(options: PlanExportOptions): Promise<boolean> {
    return exporting.run(async () => {
      const file = await api.call('plan:exportMarkdown', { ...rangeInput(options), sections: options.sections });
      downloadText(file.fileName, file.content, 'text/markdown;charset=utf-8');
      lastFile.value = file.fileName;
    });
  }

  /** Loads the plan for the print view, limited to the chosen range. */
  function loadPrint(options: PlanExportOptions): Promise<void> {
    return printing.run(
      () => api.call('plan:get', rangeInput(options)),
      (plan) => (printPlan.value = plan),
    );
  }

  /**
   * "Save as PDF…": the desktop app writes the print view through printToPDF and a save dialog; where the host cannot
   * (the browser), the print dialog opens instead, with "Save as PDF" as one of its printers.
   */
  function savePdf(): Promise<boolean> {
    return savingPdf.run(async () => {
      savedPdf.value = null;
      const result = await api.call('plan:savePdf', {});
      if (result.outcome === 'unavailable') window.print();
      else if (result.outcome === 'saved') savedPdf.value = result.path;
    });
  }

  /** Forgets the last outcome when the dialog opens again. */
  function reset(): void {
    exporting.error.value = null;
    lastFile.value = null;
  }

  return {
    exporting: exporting.pending,
    error: exporting.error,
    lastFile,
    printPlan,
    printStatus: printing.status,
    printError: printing.error,
    savingPdf: savingPdf.pending,
    savePdfError: savingPdf.error,
    savedPdf,
    savePdf,
    exportMarkdown,
    loadPrint,
    reset,
  };
});
