// The folder import screen: a folder export (the JSON file and its recordings) is checked by its path, previewed with
// the recordings it will copy, and imported all or nothing; a relative path is refused next to the field. Screenshots
// in both themes and sizes go to SHOTS_DIR when set; axe in both themes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test, type BrowserHost } from './fixtures';
import { api, seedFumbledInterview } from './practice-helpers';
import { shootAll } from './shots';

const FOLDER_FIELD = 'Or import a folder export, with its recordings';

/** One interview and one finished recording, exported to a folder, then everything deleted: the folder's path. */
async function exportedFolder(host: BrowserHost): Promise<string> {
  await seedFumbledInterview(host);
  const { id } = await api(host, 'recording:start', { mimeType: 'audio/webm' });
  await api(host, 'recording:append', {
    id,
    chunk: Buffer.from('not really audio, but bytes with a checksum').toString('base64'),
  });
  await api(host, 'recording:finish', { id, durationMs: 1500 });
  const into = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-folder-export-'));
  const written = await api(host, 'data:exportFolder', { path: into });
  await api(host, 'data:deleteAll', { confirm: 'DELETE' });
  expect((await api(host, 'interview:list', {})).total).toBe(0);
  return written.folder;
}

async function openSettings(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(`${host.url}#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByTestId('own-data')).toBeVisible();
}

const recordingFiles = (host: BrowserHost) => {
  const dir = path.join(host.dataDir, 'recordings');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

test('a folder export is imported from the screen, recordings and all, after a preview that names them', async ({
  page,
  host,
}) => {
  const folder = await exportedFolder(host);
  expect(recordingFiles(host)).toEqual([]);
  await openSettings(page, host);

  // A relative path is refused next to the field, and nothing is checked.
  await page.getByLabel(FOLDER_FIELD).fill('Documents/export');
  await page.getByRole('button', { name: 'Check folder' }).click();
  await expect(page.getByText('Choose a folder by its full path.')).toBeVisible();
  await expect(page.getByLabel(FOLDER_FIELD)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);

  await page.getByLabel(FOLDER_FIELD).fill(folder);
  await page.getByRole('button', { name: 'Check folder' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('row', { name: /^Interviews/ })).toContainText('1');
  await expect(preview.getByTestId('import-recording-files')).toHaveText(
    '1 recording file will be copied, each checked against its checksum.',
  );
  await expect(page.getByLabel(FOLDER_FIELD)).not.toHaveAttribute('aria-invalid', 'true');
  // Nothing about recordings being left out: the folder brings them.
  await expect(preview).not.toContainText('left out');
  await shootAll(page, 'data-folder-import-preview', preview);

  await page.getByRole('button', { name: /^Import \d+ records$/ }).click();
  await expect(page.getByTestId('import-done')).toContainText('1 recording copied');
  expect((await api(host, 'interview:list', {})).total).toBe(1);
  expect(recordingFiles(host)).toHaveLength(1);
  await shootAll(page, 'data-folder-import-done', page.getByTestId('import-done'));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the folder import's preview and its refusal have no serious or critical axe violations (${colorScheme})`, async ({
    page,
    host,
  }) => {
    await page.emulateMedia({ colorScheme });
    const folder = await exportedFolder(host);
    await openSettings(page, host);
    await page.getByLabel(FOLDER_FIELD).fill('relative/path');
    await page.getByRole('button', { name: 'Check folder' }).click();
    await expect(page.getByText('Choose a folder by its full path.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel(FOLDER_FIELD).fill(folder);
    await page.getByRole('button', { name: 'Check folder' }).click();
    await expect(page.getByTestId('import-recording-files')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
