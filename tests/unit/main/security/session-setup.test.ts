// "Nothing leaves this computer": nothing the desktop app configures on its session or window names a place that is
// not the app's own, on any platform, and spellchecking is local or off.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../../electron/main/app/app-protocol';
import { APP_INDEX_URL, APP_ORIGIN, isAppUrl } from '../../../../electron/main/security/app-origin';
import { configureSession, DICTIONARY_URL, type SessionLike } from '../../../../electron/main/security/session-setup';
import { createMainWindow } from '../../../../electron/main/app/window';
import { FakeBrowserWindow, recordingSession, type SessionCall } from '../../../helpers/fake-electron';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs('debrief-session-');

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

/** Every string anywhere inside a value (call arguments, window options), each with where it was found. */
function stringsIn(value: unknown, where: string, out: { where: string; text: string }[] = []) {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => stringsIn(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) stringsIn(v, `${where}.${key}`, out);
  }
  return out;
}

/** A scheme of two letters or more, so a Windows path (C:\...) is not mistaken for an address. */
const looksLikeUrl = (text: string) => /^[a-z][a-z0-9+.-]+:/i.test(text);

/** Each configured address that is not the app's own, as "where: address". */
function foreignAddresses(found: { where: string; text: string }[]): string[] {
  return found.filter((s) => looksLikeUrl(s.text) && !isAppUrl(s.text, [APP_ORIGIN])).map((s) => `${s.where}: ${s.text}`);
}

/** Sets up the session and opens the window exactly as the app does, recording everything configured. */
function setUp(platform: NodeJS.Platform) {
  const { session, calls } = recordingSession<SessionLike>();
  const { spellcheck } = configureSession(session, { platform, trustedOrigins: [APP_ORIGIN] });
  FakeBrowserWindow.instances.length = 0;
  const win = createMainWindow({
    BrowserWindow: FakeBrowserWindow,
    preloadPath: '/opt/Debrief/resources/app.asar/out/preload/index.cjs',
    url: APP_INDEX_URL,
    trustedOrigins: [APP_ORIGIN],
    openExternal: () => {},
    backgroundColor: '#f6f7f6',
    spellcheck,
  }) as FakeBrowserWindow;
  const found = [
    ...calls.flatMap((c, i) => stringsIn(c.args, `session.${c.method}#${i}`)),
    ...stringsIn(win.options, 'new BrowserWindow'),
    ...stringsIn(win.webContents.loadedUrls, 'webContents.loadURL'),
  ];
  return { calls, spellcheck, win, found };
}

const argsOf = (calls: SessionCall[], method: string) => calls.filter((c) => c.method === method).map((c) => c.args);

describe('the desktop session and window', () => {
  it.each(PLATFORMS)('on %s configure no address that is not the app’s own', (platform) => {
    const { found } = setUp(platform);
    expect(found.length).toBeGreaterThan(0);
    expect(foreignAddresses(found)).toEqual([]);
  });

  it.each(PLATFORMS)('on %s point the dictionary downloader at the app’s own origin before anything else', (platform) => {
    const { calls } = setUp(platform);
    expect(calls[0]).toEqual({ method: 'setSpellCheckerDictionaryDownloadURL', args: [DICTIONARY_URL] });
    expect(DICTIONARY_URL.startsWith(`${APP_ORIGIN}/`)).toBe(true);
  });

  it.each(['darwin', 'win32'] as const)('on %s keep spellcheck, done by the system’s own checker', (platform) => {
    const { calls, spellcheck, win } = setUp(platform);
    expect(spellcheck).toBe(true);
    expect(argsOf(calls, 'setSpellCheckerEnabled')).toEqual([[true]]);
    expect(win.options.webPreferences?.spellcheck).toBe(true);
  });

  it('on Linux turn spellcheck off, with no language to download a dictionary for', () => {
    const { calls, spellcheck, win } = setUp('linux');
    expect(spellcheck).toBe(false);
    expect(argsOf(calls, 'setSpellCheckerLanguages')).toEqual([[[]]]);
    expect(argsOf(calls, 'setSpellCheckerEnabled')).toEqual([[false]]);
    expect(win.options.webPreferences?.spellcheck).toBe(false);
  });

  it('answer a dictionary request at the app’s own origin with 404: there is nothing to download', () => {
    const renderer = tempDir();
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
    expect(serveAppRequest(renderer, `${DICTIONARY_URL}en-US-10-1.bdic`).status).toBe(404);
  });

  it('allow the microphone to the app’s own page only', () => {
    const { calls } = setUp('linux');
    const [[request]] = argsOf(calls, 'setPermissionRequestHandler') as [[(...a: unknown[]) => void]];
    const answers: boolean[] = [];
    const ask = (requestingUrl: string) =>
      request({}, 'media', (granted: boolean) => answers.push(granted), { requestingUrl, mediaTypes: ['audio'] });
    ask(`${APP_ORIGIN}/index.html`);
    ask('https://example.com/');
    expect(answers).toEqual([true, false]);
    const [[check]] = argsOf(calls, 'setPermissionCheckHandler') as [[(...a: unknown[]) => boolean]];
    expect(check(null, 'media', 'https://example.com', { mediaType: 'audio' })).toBe(false);
  });
});

describe('the address check itself', () => {
  it('catches an outside address wherever it hides, and lets the app’s own and file paths through', () => {
    const found = stringsIn(
      {
        dictionaries: 'https://redirector.gvt1.com/edgedl/chrome/dict/',
        nested: [{ proxy: 'socks5://10.0.0.1:1080' }, 'http://127.0.0.1:5199/'],
        own: `${APP_ORIGIN}/spellcheck-dictionaries/`,
        paths: ['/opt/Debrief/preload.cjs', 'C:\\Program Files\\Debrief\\preload.cjs'],
      },
      'options',
    );
    expect(foreignAddresses(found)).toEqual([
      'options.dictionaries: https://redirector.gvt1.com/edgedl/chrome/dict/',
      'options.nested[0].proxy: socks5://10.0.0.1:1080',
      'options.nested[1]: http://127.0.0.1:5199/',
    ]);
  });
});
