import type { BrowserWindowConstructorOptions, Event as ElectronEvent, IpcMainInvokeEvent } from 'electron';
import type { IpcMainLike } from '../../electron/main/ipc/ipc-bridge';
import type { GuardedContents, WindowLike } from '../../electron/main/app/window';

type Listener = (...args: never[]) => unknown;

/** A preventable event like Electron's, recording whether preventDefault was called. */
export function fakeEvent(): ElectronEvent & { prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event as unknown as ElectronEvent & { prevented: boolean };
}

/** Records every listener and call in order, so tests can check what was attached before the page loaded. */
export class FakeWebContents implements GuardedContents {
  readonly calls: string[] = [];
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' } | { action: 'allow' }) | undefined;
  loadedUrls: string[] = [];
  /** Options of every printToPDF call; `pdf` is what it resolves with. */
  readonly printed: unknown[] = [];
  pdf = Buffer.from('%PDF-1.4 fake');

  constructor(readonly id: number) {}

  printToPDF(options: unknown): Promise<Buffer> {
    this.calls.push('printToPDF');
    this.printed.push(options);
    return Promise.resolve(this.pdf);
  }

  on(event: string, listener: Listener): this {
    this.calls.push(`on:${event}`);
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void {
    this.calls.push('setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }

  loadURL(url: string): Promise<void> {
    this.calls.push('loadURL');
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  /** Fires an event the way Electron would; returns the event so the test can see if it was prevented. */
  emit(name: string, ...args: unknown[]): ElectronEvent & { prevented: boolean } {
    const event = fakeEvent();
    for (const listener of this.listeners.get(name) ?? []) (listener as (...a: unknown[]) => unknown)(event, ...args);
    return event;
  }
}

let nextId = 1;

/** Stands in for BrowserWindow: keeps the constructor options and counts show(). */
export class FakeBrowserWindow implements WindowLike {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents: FakeWebContents;
  readonly onceListeners = new Map<string, () => void>();
  shown = 0;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    this.webContents = new FakeWebContents(nextId++);
    FakeBrowserWindow.instances.push(this);
  }

  once(event: 'ready-to-show', listener: () => void): this {
    this.onceListeners.set(event, listener);
    return this;
  }

  on(_event: 'closed', _listener: () => void): this {
    return this;
  }

  show(): void {
    this.shown++;
  }
}

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** ipcMain with handle() only; it refuses a second handler on one channel, as Electron does. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  /** Calls a channel as ipcRenderer.invoke would, from the given webContents id and frame URL. */
  async invoke(
    channel: string,
    sender: { webContentsId: number; frameUrl: string | null },
    ...args: unknown[]
  ): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const event = {
      sender: { id: sender.webContentsId },
      senderFrame: sender.frameUrl === null ? null : { url: sender.frameUrl },
    } as unknown as IpcMainInvokeEvent;
    return listener(event, ...args);
  }
}

/** One call made on a fake session: the method's name and its arguments, in order. */
export interface SessionCall {
  method: string;
  args: unknown[];
}

/**
 * A session that accepts any method and records every call, so a test sees everything the app configured,
 * including calls added later that no test knew to look for.
 */
export function recordingSession<T extends object>(): { session: T; calls: SessionCall[] } {
  const calls: SessionCall[] = [];
  const session = new Proxy(
    {},
    {
      get: (_target, method) =>
        typeof method === 'string'
          ? (...args: unknown[]) => {
              calls.push({ method, args });
            }
          : undefined,
    },
  ) as T;
  return { session, calls };
}

/** Stands in for Electron's dialog.showSaveDialog: records each call and answers with the path it was given. */
export class FakeSaveDialog {
  readonly shown: { window: unknown; options: { title: string; defaultPath: string } }[] = [];

  /** The path the person "chooses"; null cancels. */
  constructor(public choice: string | null) {}

  showSaveDialog = (window: unknown, options: { title: string; defaultPath: string }) => {
    this.shown.push({ window, options });
    return Promise.resolve(this.choice === null ? { canceled: true } : { canceled: false, filePath: this.choice });
  };
}
