import type { BrowserWindowConstructorOptions, Event as ElectronEvent, WebPreferences } from 'electron';
import { isAppUrl } from '../security/app-origin';
import { isAllowedExternalUrl } from '../security/external-urls';

/** The parts of Electron's WebContents the guards use, so tests can pass a small fake. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: ElectronEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: ElectronEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
}

/** The parts of BrowserWindow the factory uses. */
export interface WindowLike {
  webContents: GuardedContents & { id: number; loadURL(url: string): Promise<void> };
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  show(): void;
}

export type OpenExternal = (url: string) => Promise<void> | void;

/**
 * Every renderer gets these, with no exceptions (Electron's security checklist, items 2-4, 6, 9, 12). Spellcheck is
 * off unless the session set it up to stay on this computer (security/session-setup.ts).
 */
export function secureWebPreferences(preloadPath: string, spellcheck = false): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck,
  };
}

/**
 * Locks a renderer to the app's own pages: navigation away is blocked, new windows are denied,
 * webviews are refused, and links to https:/mailto: go to the system's apps instead.
 */
export function attachNavigationGuards(
  contents: GuardedContents,
  trustedOrigins: readonly string[],
  openExternal: OpenExternal,
): void {
  const stayInApp = (event: ElectronEvent, url: string) => {
    if (!isAppUrl(url, trustedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

export interface MainWindowOptions {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => WindowLike;
  preloadPath: string;
  url: string;
  trustedOrigins: readonly string[];
  openExternal: OpenExternal;
  backgroundColor: string;
  /** From configureSession: true only where spellchecking needs nothing from the network. */
  spellcheck: boolean;
  iconPath?: string;
}

/** The one factory for app windows: secure preferences, guards attached before the page loads, shown when painted. */
export function createMainWindow(options: MainWindowOptions): WindowLike {
  const win = new options.BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Debrief',
    backgroundColor: options.backgroundColor,
    icon: options.iconPath,
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(options.preloadPath, options.spellcheck),
  });
  attachNavigationGuards(win.webContents, options.trustedOrigins, options.openExternal);
  win.once('ready-to-show', () => win.show());
  void win.webContents.loadURL(options.url);
  return win;
}
