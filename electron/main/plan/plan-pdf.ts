import type { SavePdfOutcome } from '../../shared/plan-contract';
import { localDay } from '../../shared/local-days';

/** Writes the window's page as a PDF after asking where (Electron); resolves with the path, or null when cancelled. */
export type WritePdf = (suggestedName: string) => Promise<string | null>;

/** "Save as PDF" for the plan: the file's suggested name, and whether this host can write one at all. */
export function createPlanPdf(deps: { writePdf?: WritePdf; now: () => Date }) {
  return {
    /** The print view on screen as a PDF; "unavailable" where no writer was given (the browser host). */
    async save(): Promise<SavePdfOutcome> {
      if (!deps.writePdf) return { outcome: 'unavailable' };
      const path = await deps.writePdf(`debrief-plan-${localDay(deps.now())}.pdf`);
      return path === null ? { outcome: 'cancelled' } : { outcome: 'saved', path };
    },
  };
}
