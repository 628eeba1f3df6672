// Settings -> Speech against a loopback model server: the list, a throttled download with progress, Pause and
// Resume, Installed and In use, Delete with a confirmation, a checksum mismatch, no network, and importing a file.
import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test as base } from './fixtures';
import {
  MODEL_BYTES,
  MODEL_FILE,
  NOT_A_MODEL,
  modelFiles,
  modelRow,
  openSpeechSettings,
  startModelServer,
  writeTestCatalog,
  type ModelServer,
} from './speech-settings-helpers';

const SLOW = { bytes: 16 * 1024, everyMs: 100 };
const FAST = { bytes: 256 * 1024, everyMs: 20 };

// Each test gets its own model server and catalog, handed to the host through its environment.
const test = base.extend<{ modelServer: ModelServer }>({
  modelServer: async ({}, use) => {
    const server = await startModelServer({ 'ggml-tiny.en.bin': MODEL_BYTES, 'ggml-base.en.bin': MODEL_BYTES }, SLOW);
    await use(server);
    await server.close();
  },
  hostEnv: async ({ modelServer }, use) => {
    const catalog = writeTestCatalog();
    await use({ DEBRIEF_AUTO_BACKUP: '0', DEBRIEF_SPEECH_CATALOG: catalog.file, DEBRIEF_SPEECH_DOWNLOAD_BASE: modelServer.base });
    fs.rmSync(catalog.dir, { recursive: true, force: true });
  },
});

/** The window as it is, and the whole Speech section; under SHOTS_DIR when set, else in the test's output folder. */
async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  const file = (suffix: string) => (dir ? path.join(dir, `${name}${suffix}.png`) : info.outputPath(`${name}${suffix}.png`));
  await page.screenshot({ path: file('') });
  await page.getByTestId('speech-settings').screenshot({ path: file('-section') });
}

test('lists every model with its size, what it is for, where it goes, and says what stays on this computer', async ({
  page,
  host,
  modelServer,
}) => {
  await openSpeechSettings(page, host.url);
  const section = page.getByTestId('speech-settings');
  await expect(section).toContainText('Downloading a speech model is the one time Debrief goes online');
  await expect(section).toContainText('Nothing you write or say ever leaves this computer.');
  await expect(page.getByTestId('vad-note')).toContainText('Speaking time and pauses work without any model');
  await expect(page.getByTestId('vad-note')).toContainText('Silero');
  await expect(page.getByTestId('models-folder')).toHaveText(path.join(host.dataDir, 'models'));

  const tiny = modelRow(page, 'Tiny (English)');
  await expect(tiny.getByTestId('model-size')).toHaveText('0.6 MB');
  await expect(tiny.getByTestId('model-state')).toHaveText('Not installed');
  await expect(tiny).toContainText('Recommended');
  await expect(tiny).toContainText('English only');
  await expect(tiny).toContainText('Start here.');
  await expect(tiny.getByTestId('model-path')).toHaveText(path.join(host.dataDir, 'models', 'ggml-tiny.en.bin'));
  const multi = modelRow(page, 'Tiny (many languages)');
  await expect(multi.getByTestId('model-size')).toHaveText('74 MB');
  await expect(multi).toContainText('Many languages');
  await expect(multi.getByTestId('model-state')).toHaveText('Not installed');
  await expect(multi).not.toContainText('Recommended');
  // Nothing is fetched until Download is clicked.
  expect(modelServer.requests).toEqual([]);
  expect(modelFiles(host.dataDir)).toEqual([]);
});

test('a download shows its progress, pauses and resumes, then is installed and in use; Delete asks first', async ({
  page,
  host,
  modelServer,
}) => {
  await openSpeechSettings(page, host.url);
  const tiny = modelRow(page, 'Tiny (English)');
  await tiny.getByRole('button', { name: 'Download Tiny (English) (0.6 MB)' }).click();

  const figures = tiny.getByTestId('download-figures');
  await expect(tiny.getByRole('progressbar')).toBeVisible();
  await expect(figures).toContainText(/\d+(\.\d)? KB of 573 KB/);
  await expect(figures).toContainText(/KB a second/);
  await expect(figures).toContainText(/left/);
  await expect(tiny.getByTestId('download-announcement')).toHaveText(/Downloading Tiny \(English\)/);

  await tiny.getByRole('button', { name: 'Pause the download of Tiny (English)' }).click();
  await expect(figures).toContainText(/^Paused at \d+(\.\d)? KB of 573 KB$/);
  const pausedAt = await figures.textContent();
  await expect(tiny.getByTestId('download-announcement')).toHaveText(/paused at \d+%/);
  expect(modelFiles(host.dataDir)).toEqual(['ggml-tiny.en.bin.part']);

  modelServer.setRate(FAST);
  await tiny.getByRole('button', { name: 'Resume the download of Tiny (English)' }).click();
  await expect(tiny.getByTestId('model-state')).toHaveText('Installed', { timeout: 20_000 });
  await expect(tiny.getByTestId('model-in-use')).toHaveText('In use');
  await expect(tiny.getByTestId('model-installed-note')).toContainText('Downloaded and checked');
  await expect(tiny.getByRole('progressbar')).toHaveCount(0);
  // The resume asked for the rest only.
  expect(modelServer.requests.filter((r) => r.startsWith('ggml-tiny.en.bin bytes='))).toHaveLength(1);
  expect(pausedAt).not.toBe('Paused at 0 bytes of 573 KB');
  const installed = path.join(host.dataDir, 'models', 'ggml-tiny.en.bin');
  expect(modelFiles(host.dataDir)).toEqual(['ggml-tiny.en.bin']);
  expect(fs.readFileSync(installed).equals(MODEL_BYTES)).toBe(true);

  // Delete asks first, and Keep it keeps it.
  await tiny.getByRole('button', { name: 'Delete Tiny (English)' }).click();
  const confirm = tiny.getByRole('group', { name: 'Delete Tiny (English)?' });
  await expect(confirm).toContainText('This frees 0.6 MB. Transcripts already made stay as they are.');
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(tiny.getByRole('button', { name: 'Delete Tiny (English)' })).toBeFocused();
  expect(fs.existsSync(installed)).toBe(true);

  await tiny.getByRole('button', { name: 'Delete Tiny (English)' }).click();
  await tiny.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(tiny.getByTestId('model-state')).toHaveText('Not installed');
  await expect(tiny.getByTestId('model-in-use')).toHaveCount(0);
  expect(fs.existsSync(installed)).toBe(false);
  expect(modelFiles(host.dataDir)).toEqual([]);
});

test('a download whose checksum does not match is removed, and says so next to its model', async ({
  page,
  host,
  modelServer,
}, info) => {
  modelServer.setRate(FAST);
  await openSpeechSettings(page, host.url);
  const broken = modelRow(page, 'Base (English)');
  await broken.getByRole('button', { name: 'Download Base (English) (0.6 MB)' }).click();
  const error = broken.getByTestId('model-error');
  await expect(error).toContainText('did not match the published checksum (SHA-1), so it was removed', { timeout: 20_000 });
  await expect(error.getByRole('button', { name: 'Try again to download Base (English)' })).toBeVisible();
  await expect(broken.getByTestId('model-state')).toHaveText('Not installed');
  expect(modelFiles(host.dataDir)).toEqual([]);
  // The other rows carry no error of this one.
  await expect(modelRow(page, 'Tiny (English)').getByTestId('model-error')).toHaveCount(0);
  await broken.scrollIntoViewIfNeeded();
  await shot(page, info, 'speech-settings-mismatch');
  expect(await seriousViolations(page)).toEqual([]);
});

test('with the download server unreachable, the no-network message is shown next to the model', async ({
  page,
  host,
  modelServer,
}) => {
  await openSpeechSettings(page, host.url);
  await modelServer.close();
  const tiny = modelRow(page, 'Tiny (English)');
  await tiny.getByRole('button', { name: 'Download Tiny (English) (0.6 MB)' }).click();
  const error = tiny.getByTestId('model-error');
  await expect(error).toContainText('Debrief could not reach the download server. Check that this computer is online');
  await expect(error.getByRole('button', { name: 'Try again to download Tiny (English)' })).toBeVisible();
  await expect(tiny.getByTestId('model-state')).toHaveText('Not installed');
  await expect(modelRow(page, 'Base (English)').getByTestId('model-error')).toHaveCount(0);
});

test('a model file already on this computer is imported by its path; a wrong file is refused next to the field', async ({
  page,
  host,
  modelServer,
}, info) => {
  await openSpeechSettings(page, host.url);
  // The browser host has no open dialog: a path field instead of "Choose file…".
  await expect(page.getByRole('button', { name: 'Choose file…' })).toHaveCount(0);
  const field = page.getByRole('textbox', { name: 'Full path of the model file' });
  await field.fill(NOT_A_MODEL);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('#speech-import-path-error')).toHaveText(
    'The file was not used. That file is not one of the speech models Debrief knows (its size matches none of them).',
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.scrollIntoViewIfNeeded();
  await shot(page, info, 'speech-settings-import-error');
  expect(modelFiles(host.dataDir)).toEqual([]);

  await field.fill(MODEL_FILE);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-success')).toHaveText('Tiny (English) is installed from your file and in use.');
  await expect(page.locator('#speech-import-path-error')).toHaveCount(0);
  const tiny = modelRow(page, 'Tiny (English)');
  await expect(tiny.getByTestId('model-state')).toHaveText('Installed');
  await expect(tiny.getByTestId('model-in-use')).toHaveText('In use');
  expect(modelFiles(host.dataDir)).toEqual(['ggml-tiny.en.bin']);
  expect(fs.existsSync(MODEL_FILE)).toBe(true);
  expect(modelServer.requests).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Speech section looks finished at 1280x800 and 800x600 (${colorScheme})`, async ({ page, host }, info) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openSpeechSettings(page, host.url);
    // One model installed and in use (imported), one download paused part-way.
    await page.getByRole('textbox', { name: 'Full path of the model file' }).fill(MODEL_FILE);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('import-success')).toBeVisible();
    const base = modelRow(page, 'Base (English)');
    await base.getByRole('button', { name: 'Download Base (English) (0.6 MB)' }).click();
    await expect(base.getByTestId('download-figures')).toContainText(/left/);
    await base.getByRole('button', { name: 'Pause the download of Base (English)' }).click();
    await expect(base.getByTestId('download-figures')).toContainText('Paused at');
    await page.getByRole('heading', { level: 2, name: 'Speech' }).scrollIntoViewIfNeeded();
    // An installed model, a paused download, an import note: no serious or critical axe violations among them.
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, info, `speech-settings-1280-${colorScheme}`);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.getByRole('heading', { level: 2, name: 'Speech' }).scrollIntoViewIfNeeded();
    await shot(page, info, `speech-settings-800-${colorScheme}`);
  });
}
