import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { pdfText } from '../pdf-text';

// Runs only where Electron's binary is installed: scripts/test.mjs adds this project then, and otherwise prints
// one line saying it did not run and why. The same behaviour is covered by the browser-host specs and the unit
// tests of the Electron glue (window options, guards, permissions, sender checks, lifecycle, notifications).
const root = path.resolve(import.meta.dirname, '../../..');
const dataDirs: string[] = [];

/** A fresh data folder for one test, removed afterwards. */
function newDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-electron-'));
  dataDirs.push(dir);
  return dir;
}

test.afterAll(() => {
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Launches the built desktop app on a data folder; `fakeMicrophone` plays Chromium's fake device without a prompt. */
async function launch(
  dataDir: string,
  options: { fakeMicrophone?: boolean } = {},
): Promise<{ app: ElectronApplication; page: Page }> {
  const media = options.fakeMicrophone ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] : [];
  const app = await electron.launch({
    args: [path.join(root, 'out/main/index.js'), ...media],
    env: { ...process.env, DEBRIEF_DATA_DIR: dataDir, DEBRIEF_AUTO_BACKUP: '0' },
  });
  const page = await app.firstWindow();
  await expect(page).toHaveTitle(/Debrief/);
  return { app, page };
}

/** Calls one route through the preload bridge, as the renderer does, and returns its data. */
async function bridge<T>(page: Page, route: string, input?: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([name, value]) =>
      (
        window as unknown as { api: Record<string, (i?: unknown) => Promise<{ ok: boolean; data?: unknown; error?: unknown }>> }
      ).api[name as string](value),
    [route, input] as const,
  );
  if (!reply.ok) throw new Error(`${route} failed: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
}

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

test('the desktop app opens a locked-down window that reaches the database through the bridge', async () => {
  const { app, page } = await launch(newDataDir());
  try {
    expect(page.url()).toMatch(/^app:\/\/debrief\//);
    const facts = await page.evaluate(() => ({
      frozen: Object.isFrozen((window as unknown as { api: object }).api),
      hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
      hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
    }));
    expect(facts).toEqual({ frozen: true, hasRequire: false, hasProcess: false });
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(() => page.url()).toMatch(/^app:\/\/debrief\//);
  } finally {
    await app.close();
  }
});

test('notes typed into a new interview are there after quitting and starting again', async () => {
  const dataDir = newDataDir();
  const first = await launch(dataDir);
  try {
    await go(first.page, '#/journal/new');
    await first.page.getByLabel('Company').fill('Harbor & Finch');
    await first.page.getByLabel('Date').fill('2026-03-03');
    await first.page.getByRole('button', { name: 'Create and continue' }).click();
    await expect(first.page.getByRole('heading', { level: 1, name: 'Harbor & Finch' })).toBeVisible();
    await first.page.getByLabel('Notes', { exact: true }).fill('The lobby had a huge flamingo mural.');
    await expect(first.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  } finally {
    await first.app.close();
  }
  const second = await launch(dataDir);
  try {
    await go(second.page, '#/journal');
    await second.page
      .getByRole('link', { name: /Harbor & Finch/ })
      .first()
      .click();
    await expect(second.page.getByLabel('Notes', { exact: true })).toHaveValue('The lobby had a huge flamingo mural.');
  } finally {
    await second.app.close();
  }
});

test('the microphone is allowed to the app, and a three-second answer is recorded and kept', async () => {
  const { app, page } = await launch(newDataDir(), { fakeMicrophone: true });
  try {
    const interview = await bridge<{ id: number }>(page, 'interview:create', { company: 'Acme', heldAt: '2026-05-02T10:00' });
    const asked = await bridge<{ id: number }>(page, 'interview-question:add', {
      interviewId: interview.id,
      text: 'Tell me about a time you disagreed with your manager.',
      category: 'behavioural',
    });
    await bridge(page, 'interview-question:update', { id: asked.id, howItWent: 'fumbled' });
    await go(page, '#/practice');
    await page.getByLabel('How many questions').fill('1');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.getByRole('checkbox', { name: 'Record my answer' }).check();
    await expect(page.getByTestId('record-state')).toHaveText('Recording');
    const started = Date.now();
    await expect.poll(() => Date.now() - started, { timeout: 15_000 }).toBeGreaterThanOrEqual(3_000);
    await page.getByRole('button', { name: "I'm done" }).click();
    await expect(page.getByTestId('recording-audio')).toHaveAttribute('src', /^blob:/);
    const duration = await page.getByTestId('recording-audio').evaluate(
      (el: HTMLAudioElement) =>
        new Promise<number>((resolve) => {
          if (el.readyState >= 1 && Number.isFinite(el.duration)) return resolve(el.duration);
          el.addEventListener('loadedmetadata', () => resolve(el.duration), { once: true });
        }),
    );
    expect(Number.isNaN(duration)).toBe(false);
  } finally {
    await app.close();
  }
});

test('"Copy message" puts the follow-up on the system clipboard, and the plan is saved as a PDF with its text', async () => {
  const { app, page } = await launch(newDataDir());
  try {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const interview = await bridge<{ id: number }>(page, 'interview:create', {
      company: 'Acme',
      heldAt: `${yesterday}T10:00`,
      interviewers: [{ name: 'Priya Shah', role: '' }],
    });
    await bridge(page, 'settings:update', { yourName: 'Sam Lee' });
    await go(page, `#/follow-ups/interview/${interview.id}`);
    await page.getByRole('link', { name: 'Write the thank-you' }).first().click();
    await page.getByRole('button', { name: 'Write the thank-you' }).click();
    const box = page.getByTestId('composer').getByRole('textbox', { name: 'Message' });
    await box.fill('Dear Priya,\n\nThank you for your time yesterday.\n\nSam Lee');
    await expect(page.getByTestId('composer-save-status')).toHaveAttribute('data-state', 'saved');
    await page.getByTestId('copy-message').click();
    await expect(page.getByTestId('send-note')).toContainText('Copied');
    expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toContain('Thank you for your time yesterday.');

    // "Save as PDF…" asks where with the native dialog; answer it from the main process, then read the file back.
    const file = path.join(newDataDir(), 'plan.pdf');
    await app.evaluate(({ dialog }, target) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
    }, file);
    await go(page, '#/plan');
    await page.getByRole('button', { name: 'Export plan…' }).click();
    await page.getByRole('radio', { name: /PDF/ }).check();
    await page.getByRole('button', { name: 'Open print view' }).click();
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect.poll(() => fs.existsSync(file), { timeout: 30_000 }).toBe(true);
    expect(pdfText(file)).toContain('Improvement plan');
  } finally {
    await app.close();
  }
});
