import { describe, expect, it, vi } from 'vitest';
import { routeNames, type RouteOutput } from '../../../../electron/shared/contract';
import { registerIpc } from '../../../../electron/main/ipc/ipc-bridge';
import { createRouter } from '../../../../electron/main/ipc/router';
import { FakeIpcMain } from '../../../helpers/fake-electron';

const APP = 'app://debrief';
const DEV = 'http://localhost:5173';
const WINDOW_ID = 7;

const backups: RouteOutput<'backup:list'> = [];

function setup() {
  const ipcMain = new FakeIpcMain();
  const router = createRouter({ log: vi.fn() });
  const list = vi.fn(() => backups);
  router.register({
    'app:info': () => ({
      name: 'Debrief',
      version: '1',
      dataDir: '/d',
      databasePath: '/d/debrief.db',
      schemaVersion: 1,
      lastBackup: null,
      notices: [],
      host: 'electron',
    }),
    'backup:create': () => ({ fileName: 'f', createdAt: 'c', sizeBytes: 0, reason: 'manual' }),
    'backup:list': list,
  });
  const dispatch = vi.spyOn(router, 'dispatch');
  registerIpc(ipcMain, router, new Set([WINDOW_ID]), [APP, DEV]);
  return { ipcMain, dispatch, list };
}

describe('registerIpc', () => {
  it('registers exactly one channel per contract route', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...routeNames].sort());
  });

  it('passes a message from an app window showing the app page to the router, with its input', async () => {
    const { ipcMain, dispatch, list } = setup();
    const reply = await ipcMain.invoke('backup:list', { webContentsId: WINDOW_ID, frameUrl: `${APP}/index.html#/settings` }, {});
    expect(reply).toEqual({ ok: true, data: backups });
    expect(dispatch).toHaveBeenCalledWith('backup:list', {});
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('accepts the dev server origin when it is trusted', async () => {
    const { ipcMain, dispatch } = setup();
    await ipcMain.invoke('app:info', { webContentsId: WINDOW_ID, frameUrl: `${DEV}/` });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('still validates input after the sender check', async () => {
    const { ipcMain, list } = setup();
    const reply = await ipcMain.invoke('backup:list', { webContentsId: WINDOW_ID, frameUrl: `${APP}/` }, { bad: 1 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(list).not.toHaveBeenCalled();
  });

  it('refuses a message from a webContents that is not one of the app windows', async () => {
    const { ipcMain, dispatch, list } = setup();
    const reply = await ipcMain.invoke('backup:list', { webContentsId: WINDOW_ID + 1, frameUrl: `${APP}/index.html` }, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(list).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://debrief.evil/index.html',
    'app://other/index.html',
    'http://localhost:5174/',
    'http://127.0.0.1:5173/',
    'about:blank',
    'data:text/html,<script>1</script>',
    '',
  ])('refuses a message from an app window whose frame shows %j', async (frameUrl) => {
    const { ipcMain, dispatch } = setup();
    for (const name of routeNames) {
      const reply = await ipcMain.invoke(name, { webContentsId: WINDOW_ID, frameUrl }, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a message whose frame is gone (senderFrame null)', async () => {
    const { ipcMain, dispatch } = setup();
    const reply = await ipcMain.invoke('app:info', { webContentsId: WINDOW_ID, frameUrl: null });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('sees windows added to the set after registration, and stops trusting removed ones', async () => {
    const ipcMain = new FakeIpcMain();
    const router = createRouter({ log: vi.fn() });
    router.register({ 'backup:list': () => [] });
    const ids = new Set<number>();
    registerIpc(ipcMain, router, ids, [APP]);
    const sender = { webContentsId: 3, frameUrl: `${APP}/` };
    await expect(ipcMain.invoke('backup:list', sender)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    ids.add(3);
    await expect(ipcMain.invoke('backup:list', sender)).resolves.toEqual({ ok: true, data: [] });
    ids.delete(3);
    await expect(ipcMain.invoke('backup:list', sender)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
