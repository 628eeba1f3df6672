import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// Runs only where Electron's binary is installed: scripts/test.mjs adds this project then, and otherwise prints
// one line saying it did not run and why. The same behaviour is covered by the browser-host specs and the unit
// tests of the Electron glue (window options, guards, permissions, sender checks).
const root = path.resolve(import.meta.dirname, '../../..');

test('the desktop app opens a locked-down window that reaches the database through the bridge', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-electron-'));
  const app = await electron.launch({
    args: [path.join(root, 'out/main/index.js')],
    env: { ...process.env, DEBRIEF_DATA_DIR: dataDir, DEBRIEF_AUTO_BACKUP: '0' },
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Debrief/);
    expect(page.url()).toMatch(/^app:\/\/debrief\//);

    const facts = await page.evaluate(async () => {
      const w = window as unknown as {
        api: Record<string, (i?: unknown) => Promise<{ ok: boolean; data?: { dataDir: string } }>>;
      };
      const info = await w.api['app:info']();
      return {
        frozen: Object.isFrozen(w.api),
        hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
        dataDir: info.data?.dataDir,
      };
    });
    expect(facts).toEqual({ frozen: true, hasRequire: false, hasProcess: false, dataDir: path.resolve(dataDir) });

    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(() => page.url()).toMatch(/^app:\/\/debrief\//);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
