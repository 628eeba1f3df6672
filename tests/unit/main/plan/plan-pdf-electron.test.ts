import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../electron/shared/errors';
import { electronPdfWriter } from '../../../../electron/main/plan/plan-pdf-electron';
import { createPlanPdf } from '../../../../electron/main/plan/plan-pdf';
import { FakeSaveDialog, FakeWebContents } from '../../../helpers/fake-electron';

const DOCS = path.join(path.sep, 'home', 'sam', 'Documents');

/** A writer over fakes: one window, a save dialog answering `choice`, and a file system that records writes. */
function setUp(choice: string | null, writeFile?: (file: string, data: Buffer) => Promise<void>) {
  const contents = new FakeWebContents(1);
  const win = { webContents: contents };
  const dialog = new FakeSaveDialog(choice);
  const written: { file: string; data: Buffer }[] = [];
  const write = electronPdfWriter({
    window: () => win,
    showSaveDialog: dialog.showSaveDialog,
    defaultDir: () => DOCS,
    writeFile: writeFile ?? ((file, data) => (written.push({ file, data }), Promise.resolve())),
  });
  return { contents, win, dialog, written, write };
}

describe('electronPdfWriter', () => {
  it('asks where, in the documents folder with the suggested name, then prints the page and writes it there', async () => {
    const t = setUp(path.join(DOCS, 'plan.pdf'));
    expect(await t.write('debrief-plan-2026-05-20.pdf')).toBe(path.join(DOCS, 'plan.pdf'));
    expect(t.dialog.shown).toHaveLength(1);
    expect(t.dialog.shown[0].window).toBe(t.win);
    expect(t.dialog.shown[0].options).toMatchObject({
      title: 'Save the plan as PDF',
      defaultPath: path.join(DOCS, 'debrief-plan-2026-05-20.pdf'),
    });
    expect(t.contents.printed).toEqual([expect.objectContaining({ preferCSSPageSize: true, printBackground: false })]);
    expect(t.written).toEqual([{ file: path.join(DOCS, 'plan.pdf'), data: t.contents.pdf }]);
  });

  it('prints and writes nothing when the dialog is cancelled', async () => {
    const t = setUp(null);
    expect(await t.write('debrief-plan-2026-05-20.pdf')).toBeNull();
    expect(t.contents.calls).not.toContain('printToPDF');
    expect(t.written).toEqual([]);
  });

  it('adds .pdf to a name chosen without an extension', async () => {
    const t = setUp(path.join(DOCS, 'my plan'));
    expect(await t.write('x.pdf')).toBe(path.join(DOCS, 'my plan.pdf'));
    expect(t.written[0].file).toBe(path.join(DOCS, 'my plan.pdf'));
  });

  it('says where the file could not be written, as a storage error', async () => {
    const t = setUp(path.join(DOCS, 'plan.pdf'), () => Promise.reject(new Error('EACCES: permission denied')));
    const failure = await t.write('x.pdf').catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'STORAGE' });
    expect((failure as Error).message).toContain(`could not be saved to ${path.join(DOCS, 'plan.pdf')} (EACCES`);
  });

  it('fails plainly when the window is gone', async () => {
    const dialog = new FakeSaveDialog('/x.pdf');
    const write = electronPdfWriter({
      window: () => undefined,
      showSaveDialog: dialog.showSaveDialog,
      defaultDir: () => DOCS,
      writeFile: () => Promise.resolve(),
    });
    await expect(write('x.pdf')).rejects.toThrow('There is no window to print.');
    expect(dialog.shown).toEqual([]);
  });
});

describe('createPlanPdf', () => {
  const now = () => new Date(2026, 4, 20, 23, 30);

  it('is unavailable where the host gave no writer (the browser)', async () => {
    expect(await createPlanPdf({ now }).save()).toEqual({ outcome: 'unavailable' });
  });

  it('suggests a name with the local day, and says what came of it', async () => {
    const asked: string[] = [];
    const pdf = createPlanPdf({ now, writePdf: (name) => (asked.push(name), Promise.resolve('/d/p.pdf')) });
    expect(await pdf.save()).toEqual({ outcome: 'saved', path: '/d/p.pdf' });
    expect(asked).toEqual(['debrief-plan-2026-05-20.pdf']);
    expect(await createPlanPdf({ now, writePdf: () => Promise.resolve(null) }).save()).toEqual({ outcome: 'cancelled' });
  });
});
