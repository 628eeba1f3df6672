// An empty database file is damage, not a new journal: the person is told, on every screen, until they dismiss it.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

// Zero bytes, as a full disk or a cut-off copy leaves it; no backups to restore from.
test.use({ dataFiles: { 'debrief.db': '' } });

test('an empty database file starts empty with a notice that says so', async ({ page, host }) => {
  await page.goto(host.url);
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('Debrief started with empty data');
  await expect(notices).toContainText('Your database file was empty (0 bytes)');
  await expect(notices).toContainText('There was no backup to restore');

  // The empty file is kept where the notice says, still zero bytes.
  const kept = fs.readdirSync(path.join(host.dataDir, 'quarantine')).filter((name) => name.endsWith('-empty.db'));
  expect(kept).toHaveLength(1);
  expect(fs.statSync(path.join(host.dataDir, 'quarantine', kept[0])).size).toBe(0);
});
