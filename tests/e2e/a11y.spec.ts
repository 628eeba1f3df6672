// Accessibility: an axe-core scan of every screen in the light and the dark theme, plus the states between.
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { inEachTheme } from './themes';
import { SCREENS, screenUrl } from './nav';

/** Waits until a screen has settled (Settings loads data), so the scan sees what a person sees. */
async function openSettled(page: Page, url: string, label: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: label, exact: true })).toBeVisible();
  if (label === 'Settings') {
    await expect(page.getByTestId('data-dir')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Backups, newest first' })).toBeVisible();
  }
}

inEachTheme(() => {
  for (const screen of SCREENS) {
    test(`${screen.label} has no serious or critical violations`, async ({ page, host }) => {
      await openSettled(page, screenUrl(host.url, screen.path), screen.label);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('Settings after "Back up now" has no serious or critical violations', async ({ page, host }) => {
    await openSettled(page, screenUrl(host.url, '/settings'), 'Settings');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByTestId('backup-success')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('Settings with a failed backup and a failed load has no serious or critical violations', async ({ page, host }) => {
    await page.route('**/api/app:info', (route) =>
      route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: 'Broken.' } } }),
    );
    await page.route('**/api/backup:create', (route) =>
      route.fulfill({ json: { ok: false, error: { code: 'STORAGE', message: 'The disk is full.' } } }),
    );
    await page.goto(screenUrl(host.url, '/settings'));
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByTestId('backup-error')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the page without a token has no serious or critical violations', async ({ page, host }) => {
    await page.goto(`${host.origin}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Open Debrief from the link it printed' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
