// A database that was damaged before start is moved aside, and the app says so calmly until dismissed.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

// Bytes that are not an SQLite database: what a half-written or overwritten file looks like to the app.
test.use({ dataFiles: { 'debrief.db': 'not a database '.repeat(600) } });

test('a damaged database is reported on every screen until the notice is dismissed', async ({ page, host }) => {
  await page.goto(host.url);
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('Debrief started with empty data');
  await expect(notices).toContainText('moved it aside');
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(notices).toBeVisible();

  // The damaged file was kept, byte for byte, where the notice says.
  const quarantine = path.join(host.dataDir, 'quarantine');
  expect(fs.readdirSync(quarantine).some((name) => name.endsWith('-corrupt.db'))).toBe(true);

  await notices.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(notices).toHaveCount(0);
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(notices).toHaveCount(0);
});
