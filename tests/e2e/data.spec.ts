// Owning the data end to end: export everything, delete it (only after typing DELETE), import it back; a bad or newer
// file changes nothing; restore from a backup after a confirmation; the data folder's path; axe in both themes.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { previewImportAndOpenFolder } from './data-helpers';
import { expect, test, type BrowserHost } from './fixtures';
import { axeOnPlanData, seedPlanData } from './plan-helpers';
import { api } from './practice-helpers';

async function openSettings(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(`${host.url}#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByTestId('own-data')).toBeVisible();
}

const interviewCount = async (host: BrowserHost) => (await api(host, 'interview:list', {})).total;

test('export everything as JSON, delete all (only after typing DELETE), then import the file back', async ({ page, host }) => {
  await seedPlanData(host);
  await openSettings(page, host);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all data (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const file = await download.path();
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe('debrief-export');
  await expect(page.getByTestId('json-exported')).toBeVisible();

  await page.getByRole('button', { name: 'Delete all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
  await dialog.getByLabel('Type DELETE to confirm').fill('delete');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(dialog.getByText('Type DELETE in capitals to confirm.')).toBeVisible();
  expect(await interviewCount(host)).toBe(3);
  await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('deleted-all')).toContainText('The backup made first is');
  expect(await interviewCount(host)).toBe(0);

  const fileName = page.getByTestId('import-file-name');
  await expect(fileName).toHaveText('No file chosen');
  await page.getByLabel('Choose an export file (.json)').setInputFiles(file);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('to add');
  // The chosen file is named by the button, and the older "Deleted … records" line is gone.
  await expect(fileName).toHaveText(path.basename(file));
  await expect(page.getByTestId('deleted-all')).toHaveCount(0);
  await expect(preview.getByRole('row', { name: /^Interviews/ })).toContainText('3');
  await page.getByRole('button', { name: /^Import \d+ records$/ }).click();
  await expect(page.getByTestId('import-done')).toContainText('Imported');
  await expect(fileName).toHaveText('No file chosen');
  expect(await interviewCount(host)).toBe(3);

  await page.goto(`${host.url}#/journal`);
  await expect(page.getByRole('link', { name: /^Globex/ })).toBeVisible();
});

test('a file that is not complete JSON, and one from a newer version, are refused and change nothing', async ({ page, host }) => {
  await seedPlanData(host);
  const exported = await api(host, 'data:exportJson');
  await openSettings(page, host);
  const chooser = page.getByLabel('Choose an export file (.json)');

  await chooser.setInputFiles({
    name: 'cut-short.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported.content.slice(0, 200)),
  });
  await expect(page.getByTestId('import-error')).toContainText(
    'cut-short.json cannot be imported. This file is not complete JSON',
  );
  await expect(page.getByTestId('import-preview')).toHaveCount(0);

  const newer = JSON.stringify({ ...JSON.parse(exported.content), version: 99 });
  await chooser.setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
  await expect(page.getByTestId('import-error')).toContainText('exported by a newer version of Debrief');

  const duplicate = JSON.parse(exported.content) as { data: { interviews: { company: string }[] } };
  duplicate.data.interviews[1].company = '';
  await chooser.setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(duplicate)),
  });
  await expect(page.getByTestId('import-problems')).toContainText('interviews row 2');
  await expect(page.getByRole('button', { name: /^Import \d+ records$/ })).toHaveCount(0);
  expect(await interviewCount(host)).toBe(3);
});

test('restoring a backup asks first, says a backup of now is taken, and brings the old data back', async ({ page, host }) => {
  await api(host, 'interview:create', { company: 'Before', heldAt: '2026-03-01' });
  const backup = await api(host, 'backup:create');
  await api(host, 'interview:create', { company: 'After', heldAt: '2026-03-02' });
  await openSettings(page, host);
  const row = page.locator(`[data-file-name="${backup.fileName}"]`);
  await row.getByRole('button', { name: /^Restore the backup from/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('A backup of everything as it is now is taken first');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await interviewCount(host)).toBe(2);

  await row.getByRole('button', { name: /^Restore the backup from/ }).click();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('restore-success')).toContainText('What you had just before is kept as a backup too');
  expect(await interviewCount(host)).toBe(1);
});

test('a folder export to a relative path says so next to the field; open data folder shows the path here', async ({
  page,
  host,
}) => {
  await openSettings(page, host);
  await page.getByLabel('Export to a folder, with recordings').fill('Documents/backup');
  await page.getByRole('button', { name: 'Export to folder' }).click();
  await expect(page.getByText('Choose a folder by its full path.')).toBeVisible();
  await expect(page.getByLabel('Export to a folder, with recordings')).toHaveAttribute('aria-invalid', 'true');

  const target = fs.mkdtempSync(`${host.dataDir}-out-`);
  await page.getByLabel('Export to a folder, with recordings').fill(target);
  await page.getByRole('button', { name: 'Export to folder' }).click();
  await expect(page.getByTestId('folder-exported')).toContainText(target);
  fs.rmSync(target, { recursive: true, force: true });

  await page.getByRole('button', { name: 'Open data folder' }).click();
  await expect(page.getByTestId('open-folder-result')).toContainText(host.dataDir);
});

axeOnPlanData('the data section, its import preview and the delete dialog', async (page, host) => {
  await api(host, 'backup:create');
  const exported = await api(host, 'data:exportJson');
  await openSettings(page, host);
  await previewImportAndOpenFolder(page, exported.content);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete all your data?' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
