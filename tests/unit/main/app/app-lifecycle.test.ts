import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ID, runAppLifecycle, type AppLike } from '../../../../electron/main/app/app-lifecycle';

type Event = Parameters<AppLike['on']>[0];

/** A fake `app` whose readiness the test releases by hand, and whose events it fires. */
function fakeApp(options: { locked?: boolean } = {}) {
  const listeners = new Map<Event, () => void>();
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const app = {
    requestSingleInstanceLock: vi.fn(() => options.locked !== false),
    setAppUserModelId: vi.fn(),
    quit: vi.fn(),
    on: vi.fn((event: Event, listener: () => void) => listeners.set(event, listener)),
    whenReady: () => whenReady,
  };
  return { app, ready: () => ready(), fire: (event: Event) => listeners.get(event)?.() };
}

function deps(app: AppLike, platform: NodeJS.Platform = 'linux') {
  let finishStart!: () => void;
  const started = new Promise<void>((resolve) => (finishStart = resolve));
  const d = {
    app,
    platform,
    start: vi.fn(() => started),
    showWindow: vi.fn(),
    hasWindow: vi.fn(() => false),
    stop: vi.fn(),
    fail: vi.fn(),
  };
  return { d, finishStart: () => finishStart() };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('runAppLifecycle', () => {
  it('a second launch during start-up opens no window until the protocol and IPC exist, then one', async () => {
    const { app, ready, fire } = fakeApp();
    const { d, finishStart } = deps(app);
    runAppLifecycle(d);
    fire('second-instance');
    ready();
    await settle();
    expect(d.start).toHaveBeenCalledOnce();
    fire('second-instance');
    fire('activate');
    expect(d.showWindow).not.toHaveBeenCalled();
    finishStart();
    await settle();
    expect(d.showWindow).toHaveBeenCalledOnce();
    fire('second-instance');
    expect(d.showWindow).toHaveBeenCalledTimes(2);
  });

  it('quits at once when another instance holds the lock, and starts nothing', async () => {
    const { app, ready } = fakeApp({ locked: false });
    const { d } = deps(app);
    runAppLifecycle(d);
    ready();
    await settle();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(d.start).not.toHaveBeenCalled();
  });

  it('gives Windows the installer id, so toasts belong to the Start-menu shortcut', () => {
    const win = fakeApp();
    runAppLifecycle(deps(win.app, 'win32').d);
    expect(win.app.setAppUserModelId).toHaveBeenCalledWith(APP_ID);
    const linux = fakeApp();
    runAppLifecycle(deps(linux.app, 'linux').d);
    expect(linux.app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('the id is the installers’ appId', () => {
    const yml = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../electron-builder.yml'), 'utf8');
    expect(/^appId:\s*(\S+)\s*$/m.exec(yml)?.[1]).toBe(APP_ID);
  });

  it('reports a start-up failure instead of opening a window', async () => {
    const { app, ready } = fakeApp();
    const { d } = deps(app);
    d.start.mockImplementation(() => Promise.reject(new Error('disk full')));
    runAppLifecycle(d);
    ready();
    await settle();
    expect(d.fail).toHaveBeenCalledWith(new Error('disk full'));
    expect(d.showWindow).not.toHaveBeenCalled();
  });

  it('quits when the last window closes, except on macOS', () => {
    const linux = fakeApp();
    runAppLifecycle(deps(linux.app, 'linux').d);
    linux.fire('window-all-closed');
    expect(linux.app.quit).toHaveBeenCalledOnce();
    const mac = fakeApp();
    runAppLifecycle(deps(mac.app, 'darwin').d);
    mac.fire('window-all-closed');
    expect(mac.app.quit).not.toHaveBeenCalled();
  });
});
