import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron';
import { runAppLifecycle } from './app/app-lifecycle';
import { serveAppRequest } from './app/app-protocol';
import { APP_VERSION } from './app/app-version';
import { createCore, type Core } from './core';
import { startFollowupNotifications } from './followups/followup-notifier-electron';
import { defaultDataDir } from './app/default-data-dir';
import { registerIpc } from './ipc/ipc-bridge';
import { menuTemplate } from './app/menu';
import { electronPdfWriter } from './plan/plan-pdf-electron';
import { electronModelFilePicker } from './speech/models/model-file-chooser-electron';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME } from './security/app-origin';
import { isAllowedExternalUrl } from './security/external-urls';
import { configureSession } from './security/session-setup';
import { attachNavigationGuards, createMainWindow, type WindowLike } from './app/window';

const here = path.dirname(fileURLToPath(import.meta.url));
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const trustedOrigins = devUrl ? [APP_ORIGIN, new URL(devUrl).origin] : [APP_ORIGIN];
const windowIds = new Set<number>();
let core: Core | undefined;
let mainWindow: WindowLike | undefined;
let stopReminders = () => {};
// Set by configureSession before the first window: spellcheck only where it stays on this computer.
let spellcheck = false;

// Must happen before ready: app:// behaves like https (secure, standard), so the page never runs from file://.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

const openExternal = (url: string) => (isAllowedExternalUrl(url) ? shell.openExternal(url) : undefined);

function openWindow(): void {
  const win = createMainWindow({
    BrowserWindow: BrowserWindow as never,
    preloadPath: path.join(here, '../preload/index.cjs'),
    url: devUrl ?? APP_INDEX_URL,
    trustedOrigins,
    openExternal,
    spellcheck,
    // The renderer's page colours (renderer/src/shared/styles/tokens.css), so the window opens without a flash.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#131918' : '#f6f7f6',
  });
  const id = win.webContents.id;
  windowIds.add(id);
  win.on('closed', () => {
    windowIds.delete(id);
    mainWindow = undefined;
  });
  mainWindow = win;
}

/** The app's BrowserWindow, when one is open. */
function currentWindow(): BrowserWindow | undefined {
  return mainWindow ? (BrowserWindow.fromWebContents(mainWindow.webContents as never) ?? undefined) : undefined;
}

/** Brings the app's window forward (a second launch, a reminder clicked), opening one if it was closed. */
function focusWindow(): void {
  if (!mainWindow) return openWindow();
  const win = currentWindow();
  if (win?.isMinimized()) win.restore();
  win?.focus();
}

async function start(): Promise<void> {
  // First of all, so neither a window nor Chromium's dictionary downloader ever runs with Electron's defaults.
  ({ spellcheck } = configureSession(session.defaultSession, { platform: process.platform, trustedOrigins }));
  const dataDir = process.env.DEBRIEF_DATA_DIR || defaultDataDir();
  core = await createCore({
    dataDir,
    version: APP_VERSION,
    host: 'electron',
    validateOutput: !app.isPackaged,
    openExternal,
    // shell.openPath resolves to an error string rather than rejecting; turn that into a failure the route can report.
    openPath: async (folder) => {
      const error = await shell.openPath(folder);
      if (error) throw new Error(error);
    },
    writePdf: electronPdfWriter({
      window: currentWindow,
      showSaveDialog: (win, options) => dialog.showSaveDialog(win as BrowserWindow, options),
      defaultDir: () => app.getPath('documents'),
      writeFile: (file, data) => fs.writeFile(file, data),
    }),
    pickModelFile: electronModelFilePicker({
      window: currentWindow,
      showOpenDialog: (win, options) => dialog.showOpenDialog(win as BrowserWindow, options),
      defaultDir: () => app.getPath('downloads'),
    }),
  });

  protocol.handle(APP_SCHEME, (request) => serveAppRequest(path.join(here, '../renderer'), request.url));
  registerIpc(ipcMain, core.router, windowIds, trustedOrigins);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged, appName: app.name })),
  );
  stopReminders = startFollowupNotifications(core, {
    onClick: focusWindow,
    // The Follow-ups badge in the window lists what is due; draw the person's eye to it (taskbar, dock).
    showInApp: () => currentWindow()?.flashFrame(true),
  });
}

// Any web contents created later (a devtools page, a stray frame) gets the same locks as the main window.
app.on('web-contents-created', (_event, contents) => attachNavigationGuards(contents, trustedOrigins, openExternal));
runAppLifecycle({
  app,
  platform: process.platform,
  start,
  showWindow: focusWindow,
  hasWindow: () => mainWindow !== undefined,
  stop: () => {
    stopReminders();
    core?.close();
  },
  fail: (err: unknown) => {
    dialog.showErrorBox('Debrief could not start', err instanceof Error ? err.message : String(err));
    app.exit(1);
  },
});
