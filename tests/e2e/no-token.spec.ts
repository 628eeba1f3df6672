// The page opened without its token explains how to get in, and does not try to reach the data.
import { expect, test } from './fixtures';

test('the page without a token shows how to open Debrief, and makes no API call', async ({ page, host }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
  });
  await page.goto(`${host.origin}/#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Open Debrief from the link it printed' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('npm run web');
  await expect(page.getByRole('main')).toContainText('?token=');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page).toHaveTitle('Open Debrief from its link · Debrief');
  expect(apiCalls).toEqual([]);
});

test('a stale token gets an explanation, not a blank screen', async ({ page, host }) => {
  await page.goto(`${host.origin}/?token=not-the-right-token#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'The details of your data could not be loaded.' });
  await expect(alert).toContainText('Open the newest link that npm run web printed.');
});
