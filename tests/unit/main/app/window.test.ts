import { beforeEach, describe, expect, it, vi } from 'vitest';
import { attachNavigationGuards, createMainWindow, secureWebPreferences } from '../../../../electron/main/app/window';
import { FakeBrowserWindow, FakeWebContents } from '../../../helpers/fake-electron';

const APP = 'app://debrief';
const trusted = [APP];

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/preload/index.cjs');

  it('isolates and sandboxes the renderer with no Node', () => {
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and risky features off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('leaves spellcheck off unless the session set it up to stay local', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(secureWebPreferences('/p', true).spellcheck).toBe(true);
  });

  it('sets no option that would loosen the defaults', () => {
    const loosening = [
      'enableBlinkFeatures',
      'additionalArguments',
      'disableBlinkFeatures',
      'partition',
      'plugins',
      'enableRemoteModule',
    ];
    for (const key of loosening) expect(prefs).not.toHaveProperty(key);
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances.length = 0;
  });

  function open(openExternal = vi.fn()) {
    const win = createMainWindow({
      BrowserWindow: FakeBrowserWindow,
      preloadPath: '/app/preload/index.cjs',
      url: `${APP}/index.html`,
      trustedOrigins: trusted,
      openExternal,
      backgroundColor: '#ffffff',
      spellcheck: true,
    });
    return { win: win as FakeBrowserWindow, openExternal };
  }

  it('builds one window with the secure preferences, hidden until painted', () => {
    const { win } = open();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toEqual(secureWebPreferences('/app/preload/index.cjs', true));
    expect(win.shown).toBe(0);
  });

  it('attaches every guard before it loads the page, then loads the given URL', () => {
    const { win } = open();
    const calls = win.webContents.calls;
    const load = calls.indexOf('loadURL');
    expect(load).toBeGreaterThan(-1);
    for (const guard of ['on:will-navigate', 'on:will-redirect', 'on:will-attach-webview', 'setWindowOpenHandler']) {
      const at = calls.indexOf(guard);
      expect(at, guard).toBeGreaterThan(-1);
      expect(at, guard).toBeLessThan(load);
    }
    expect(win.webContents.loadedUrls).toEqual([`${APP}/index.html`]);
  });

  it('shows the window on ready-to-show', () => {
    const { win } = open();
    win.onceListeners.get('ready-to-show')?.();
    expect(win.shown).toBe(1);
  });

  it('the created window really is guarded (navigation away is prevented)', () => {
    const { win } = open();
    expect(win.webContents.emit('will-navigate', 'https://evil.example/').prevented).toBe(true);
  });
});

describe('attachNavigationGuards', () => {
  function guarded(origins = trusted) {
    const contents = new FakeWebContents(1);
    const openExternal = vi.fn();
    attachNavigationGuards(contents, origins, openExternal);
    return { contents, openExternal };
  }

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://debrief.evil/',
    'app://other/',
    'javascript:alert(1)',
    'not a url',
  ])('prevents will-navigate and will-redirect to %j', (url) => {
    const { contents } = guarded();
    expect(contents.emit('will-navigate', url).prevented).toBe(true);
    expect(contents.emit('will-redirect', url).prevented).toBe(true);
  });

  it('lets the page navigate within the app origin', () => {
    const { contents } = guarded();
    expect(contents.emit('will-navigate', `${APP}/index.html#/practice`).prevented).toBe(false);
    expect(contents.emit('will-redirect', `${APP}/other.html`).prevented).toBe(false);
  });

  it('lets the page navigate within a trusted dev origin', () => {
    const { contents } = guarded([APP, 'http://localhost:5173']);
    expect(contents.emit('will-navigate', 'http://localhost:5173/#/plan').prevented).toBe(false);
  });

  it('prevents every webview from attaching', () => {
    const { contents } = guarded();
    expect(contents.emit('will-attach-webview', {}, {}).prevented).toBe(true);
  });

  it.each([
    ['https://example.com/advice', true],
    ['mailto:recruiter@example.com?subject=Thank%20you', true],
    ['http://example.com/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    [`${APP}/index.html`, false],
    ['garbage', false],
  ] as const)('window.open(%j) is denied; openExternal called: %s', (url, external) => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler).toBeDefined();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    if (external) expect(openExternal).toHaveBeenCalledWith(url);
    else expect(openExternal).not.toHaveBeenCalled();
  });
});
