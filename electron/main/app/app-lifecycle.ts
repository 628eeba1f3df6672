/** The installers' application id (electron-builder.yml `appId`); a test keeps the two equal. */
export const APP_ID = 'app.debrief.desktop';

/** The parts of Electron's `app` the lifecycle uses, so a test can drive it with a fake. */
export interface AppLike {
  requestSingleInstanceLock(): boolean;
  setAppUserModelId(id: string): void;
  quit(): void;
  on(event: 'second-instance' | 'window-all-closed' | 'activate' | 'will-quit', listener: () => void): unknown;
  whenReady(): Promise<void>;
}

interface LifecycleDeps {
  app: AppLike;
  platform: NodeJS.Platform;
  /** Everything that must exist before a window: protocol, database, IPC. Resolves when done. */
  start: () => Promise<void>;
  /** Opens the window, or brings the open one forward. Called only after `start` has finished. */
  showWindow: () => void;
  /** Whether a window is open now (for macOS's dock click). */
  hasWindow: () => boolean;
  stop: () => void;
  fail: (err: unknown) => void;
}

/**
 * The desktop app's lifecycle: one instance, a Windows identity that matches the installer's shortcut (without it
 * toasts are tied to an id no shortcut carries and are not shown), and no window before the protocol and IPC exist:
 * a second launch during start-up only asks for the window to come forward once start-up is done.
 */
export function runAppLifecycle(deps: LifecycleDeps): void {
  const { app } = deps;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (deps.platform === 'win32') app.setAppUserModelId(APP_ID);
  let started = false;
  app.on('second-instance', () => {
    if (started) deps.showWindow();
  });
  app.on('window-all-closed', () => {
    if (deps.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && !deps.hasWindow()) deps.showWindow();
  });
  app.on('will-quit', deps.stop);
  app
    .whenReady()
    .then(deps.start)
    .then(() => {
      started = true;
      deps.showWindow();
    })
    .catch(deps.fail);
}
