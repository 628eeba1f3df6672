import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { WritePdf } from './plan-pdf';

/** The part of WebContents the PDF needs: Electron prints the page with its print styles. */
interface PrintableContents {
  printToPDF(options: {
    preferCSSPageSize: boolean;
    printBackground: boolean;
    generateDocumentOutline: boolean;
  }): Promise<Buffer>;
}

/** The Electron pieces the writer uses, handed in so a test can pass fakes (tests/helpers/fake-electron.ts). */
export interface PdfHost {
  /** The window whose page is printed (the app's one window); undefined when it was closed. */
  window(): { webContents: PrintableContents } | undefined;
  showSaveDialog(
    window: unknown,
    options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] },
  ): Promise<{ canceled: boolean; filePath?: string }>;
  /** The folder the dialog starts in (app.getPath('documents')). */
  defaultDir(): string;
  writeFile(file: string, data: Buffer): Promise<void>;
}

/**
 * The desktop app's "Save as PDF": asks where first (so a cancel prints nothing), then prints the page with the
 * page size and margins its CSS sets and writes the file. The glue only; the route's rules are in plan-pdf.ts.
 */
export function electronPdfWriter(host: PdfHost): WritePdf {
  return async (suggestedName) => {
    const win = host.window();
    if (!win) throw new Error('There is no window to print.');
    const choice = await host.showSaveDialog(win, {
      title: 'Save the plan as PDF',
      defaultPath: path.join(host.defaultDir(), suggestedName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return null;
    const file = path.extname(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;
    const pdf = await win.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: false,
      generateDocumentOutline: true,
    });
    try {
      await host.writeFile(file, pdf);
    } catch (err) {
      // A read-only folder or a full disk: say where, so the person can pick another place.
      throw new AppError(
        'STORAGE',
        `The PDF could not be saved to ${file} (${(err as Error).message}). Choose another folder and try again.`,
      );
    }
    return file;
  };
}
