// Settings: the facts about the data folder, and "Back up now" making a real, listed, on-disk backup.
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { screenUrl } from './nav';

// No backup at start, so the list holds exactly what these tests make.
test.use({ hostEnv: { DEBRIEF_AUTO_BACKUP: '0' } });

async function openSettings(page: Page, hostUrl: string): Promise<void> {
  await page.goto(screenUrl(hostUrl, '/settings'));
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

const backupRows = (page: Page) => page.getByRole('list', { name: 'Backups, newest first' }).getByRole('listitem');

test('Settings shows the data folder, database file, host and schema version', async ({ page, host }) => {
  await openSettings(page, host.url);
  await expect(page.getByTestId('data-dir')).toHaveText(host.dataDir);
  await expect(page.getByTestId('database-path')).toHaveText(path.join(host.dataDir, 'debrief.db'));
  await expect(page.getByText('Browser host (npm run web)')).toBeVisible();
  await expect(page.getByText(/^Schema version \d+$/)).toBeVisible();
  await expect(page.getByText('None yet')).toBeVisible();
  await expect(page.getByText('No backups yet.', { exact: false })).toBeVisible();
});

test('"Back up now" makes a verified backup that appears in the list and on disk', async ({ page, host }) => {
  await openSettings(page, host.url);
  await expect(page.getByText('No backups yet.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-success')).toContainText('Backup made at');
  await expect(backupRows(page)).toHaveCount(1);
  const first = backupRows(page).first();
  await expect(first).toContainText('You made this one');
  await expect(first).toContainText(/\d+(\.\d)? KB/);
  const fileName = await first.getAttribute('data-file-name');
  expect(fileName).toMatch(/^debrief-\d{8}T\d{9}Z-manual\.db$/);
  expect(fs.existsSync(path.join(host.dataDir, 'backups', fileName!))).toBe(true);
  await expect(page.getByText('None yet')).toHaveCount(0);

  // A second one goes on top: the list is newest first, and both files are on disk.
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(backupRows(page)).toHaveCount(2);
  const newest = await backupRows(page).first().getAttribute('data-file-name');
  expect(newest).not.toBe(fileName);
  expect(fs.readdirSync(path.join(host.dataDir, 'backups')).sort()).toEqual([fileName, newest].sort());
});

test('"Back up now" shows that it is busy until the backup is done', async ({ page, host }) => {
  await openSettings(page, host.url);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/backup:create', async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Back up now' }).click();
  const busy = page.getByRole('button', { name: 'Backing up…' });
  await expect(busy).toBeDisabled();
  await expect(busy).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeEnabled();
  await expect(backupRows(page)).toHaveCount(1);
});

test('a failed backup says so next to the button and leaves the list alone', async ({ page, host }) => {
  await openSettings(page, host.url);
  await page.route('**/api/backup:create', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'STORAGE', message: 'The disk is full.' } } }),
  );
  await page.getByRole('button', { name: 'Back up now' }).click();
  const error = page.getByTestId('backup-error');
  await expect(error).toHaveRole('alert');
  await expect(error).toContainText('The backup was not made. The disk is full.');
  await expect(error).toContainText('Check that the disk has space');
  await expect(page.getByText('No backups yet.', { exact: false })).toBeVisible();
  expect(fs.existsSync(path.join(host.dataDir, 'backups')) ? fs.readdirSync(path.join(host.dataDir, 'backups')) : []).toEqual([]);
});

test('when the details cannot be loaded, Settings says so and "Try again" recovers', async ({ page, host }) => {
  await page.route('**/api/app:info', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: 'Something broke inside Debrief.' } } }),
  );
  await openSettings(page, host.url);
  const alert = page.getByRole('alert').filter({ hasText: 'The details of your data could not be loaded.' });
  await expect(alert).toContainText('Something broke inside Debrief.');
  await page.unroute('**/api/app:info');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('data-dir')).toHaveText(host.dataDir);
});
