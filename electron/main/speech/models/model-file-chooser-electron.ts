import type { PickModelFile } from './model-file-chooser';

/** The Electron pieces the picker uses, handed in so a test can pass fakes. */
export interface ModelFileDialogHost {
  /** The window the dialog belongs to (the app's one window); undefined when it was closed. */
  window(): unknown;
  showOpenDialog(
    window: unknown,
    options: {
      title: string;
      buttonLabel: string;
      defaultPath: string;
      properties: 'openFile'[];
      filters: { name: string; extensions: string[] }[];
    },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** The folder the dialog starts in (app.getPath('downloads'), where a model fetched by hand usually is). */
  defaultDir(): string;
}

/**
 * The desktop app's open dialog for "Use a model file I already have". The glue only: the file is checked and copied
 * by speech:importModel, so a wrong pick is refused there with the same words as a typed path.
 */
export function electronModelFilePicker(host: ModelFileDialogHost): PickModelFile {
  return async () => {
    const win = host.window();
    if (!win) throw new Error('There is no window to show the file dialog in.');
    const choice = await host.showOpenDialog(win, {
      title: 'Choose a speech model file',
      buttonLabel: 'Use this file',
      defaultPath: host.defaultDir(),
      properties: ['openFile'],
      filters: [
        { name: 'Whisper model (ggml .bin)', extensions: ['bin'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    return choice.canceled || !choice.filePaths[0] ? null : choice.filePaths[0];
  };
}
