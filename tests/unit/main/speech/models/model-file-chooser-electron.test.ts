import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronModelFilePicker,
  type ModelFileDialogHost,
} from '../../../../../electron/main/speech/models/model-file-chooser-electron';
import { createModelFileChooser } from '../../../../../electron/main/speech/models/model-file-chooser';

const DOWNLOADS = path.join(path.sep, 'home', 'sam', 'Downloads');
type OpenOptions = Parameters<ModelFileDialogHost['showOpenDialog']>[1];

/** An open dialog that records how it was shown and answers with `picked` (an empty list is a cancel). */
class FakeOpenDialog {
  readonly shown: { window: unknown; options: OpenOptions }[] = [];
  constructor(public answer: { canceled: boolean; filePaths: string[] }) {}
  showOpenDialog = (window: unknown, options: OpenOptions) => {
    this.shown.push({ window, options });
    return Promise.resolve(this.answer);
  };
}

function setUp(answer: { canceled: boolean; filePaths: string[] }, win: unknown = { id: 1 }) {
  const dialog = new FakeOpenDialog(answer);
  const pick = electronModelFilePicker({ window: () => win, showOpenDialog: dialog.showOpenDialog, defaultDir: () => DOWNLOADS });
  return { dialog, pick, win };
}

describe('electronModelFilePicker', () => {
  it('opens a one-file dialog on the app window, in the downloads folder, and gives back the chosen path', async () => {
    const file = path.join(DOWNLOADS, 'ggml-tiny.en.bin');
    const t = setUp({ canceled: false, filePaths: [file] });
    expect(await t.pick()).toBe(file);
    expect(t.dialog.shown).toHaveLength(1);
    expect(t.dialog.shown[0].window).toBe(t.win);
    expect(t.dialog.shown[0].options).toMatchObject({
      title: 'Choose a speech model file',
      defaultPath: DOWNLOADS,
      properties: ['openFile'],
    });
    expect(t.dialog.shown[0].options.filters[0].extensions).toEqual(['bin']);
  });

  it('gives null when the dialog is cancelled, or closed with nothing chosen', async () => {
    expect(await setUp({ canceled: true, filePaths: [] }).pick()).toBeNull();
    expect(await setUp({ canceled: false, filePaths: [] }).pick()).toBeNull();
  });

  it('fails plainly, without a dialog, when the window is gone', async () => {
    const dialog = new FakeOpenDialog({ canceled: false, filePaths: ['/x.bin'] });
    const pick = electronModelFilePicker({
      window: () => undefined,
      showOpenDialog: dialog.showOpenDialog,
      defaultDir: () => DOWNLOADS,
    });
    await expect(pick()).rejects.toThrow('There is no window to show the file dialog in.');
    expect(dialog.shown).toEqual([]);
  });
});

describe('createModelFileChooser', () => {
  it('is unavailable where the host gave no picker (the browser host)', async () => {
    expect(await createModelFileChooser({}).choose()).toEqual({ outcome: 'unavailable' });
  });

  it('says which path was chosen, or that the dialog was cancelled', async () => {
    expect(await createModelFileChooser({ pickModelFile: () => Promise.resolve('/d/m.bin') }).choose()).toEqual({
      outcome: 'chosen',
      path: '/d/m.bin',
    });
    expect(await createModelFileChooser({ pickModelFile: () => Promise.resolve(null) }).choose()).toEqual({
      outcome: 'cancelled',
    });
  });
});
