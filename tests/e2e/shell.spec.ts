// The app frame: it loads, every sidebar item works by click and by Alt+digit, and focus follows navigation.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SCREENS, screenUrl, type Screen } from './nav';

async function expectOnScreen(page: Page, screen: Screen): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: screen.label, exact: true });
  await expect(heading).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#${screen.path}$`));
  await expect(page).toHaveTitle(`${screen.label} · Debrief`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: screen.label, exact: true })).toHaveAttribute('aria-current', 'page');
  // Exactly one item is current, so a stale highlight on the previous screen fails too.
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
}

test('the shell loads on the journal with all six destinations', async ({ page, host }) => {
  await page.goto(host.url);
  await expectOnScreen(page, SCREENS[0]);
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  await expect(links).toHaveCount(SCREENS.length);
  for (const [index, screen] of SCREENS.entries()) {
    // The accessible name is the label alone: the visible "Alt 1" hint is for eyes, aria-keyshortcuts for tools.
    await expect(links.nth(index)).toHaveAccessibleName(screen.label);
    await expect(links.nth(index)).toHaveAttribute('aria-keyshortcuts', `Alt+${screen.digit}`);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Write down your last interview while it is fresh' })).toBeVisible();
});

test('every navigation item works by click, and focus moves to the new heading', async ({ page, host }) => {
  await page.goto(host.url);
  await expectOnScreen(page, SCREENS[0]);
  // Settings first, then back through the rest, so every item is clicked from somewhere else.
  for (const screen of [...SCREENS].reverse()) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen.label, exact: true }).click();
    await expectOnScreen(page, screen);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
});

test('every navigation item works by its Alt+digit shortcut', async ({ page, host }) => {
  await page.goto(host.url);
  await expectOnScreen(page, SCREENS[0]);
  for (const screen of [...SCREENS.slice(1), SCREENS[0]]) {
    await page.keyboard.press(`Alt+${screen.digit}`);
    await expectOnScreen(page, screen);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
});

test('the skip link is the first stop and moves focus to the content', async ({ page, host }) => {
  await page.goto(screenUrl(host.url, '/plan'));
  await expectOnScreen(page, SCREENS[3]);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // Skipping must not be taken for a route change.
  await expect(page).toHaveURL(/#\/plan$/);
});

test('unknown paths land on the journal, and practice points back to it', async ({ page, host }) => {
  await page.goto(screenUrl(host.url, '/no-such-screen'));
  await expectOnScreen(page, SCREENS[0]);
  await page.goto(screenUrl(host.url, '/practice'));
  await expectOnScreen(page, SCREENS[1]);
  await page.getByRole('link', { name: 'Go to the journal' }).click();
  await expectOnScreen(page, SCREENS[0]);
});

test('a reload without ?token keeps working in the same tab', async ({ page, host }) => {
  await page.goto(host.url);
  await expectOnScreen(page, SCREENS[0]);
  // The token is kept for this tab only, so a plain reload of the bare address still reaches the data.
  await page.goto(`${host.origin}/#/settings`);
  await expectOnScreen(page, SCREENS[5]);
  await expect(page.getByTestId('data-dir')).toHaveText(host.dataDir);
});

test('the token leaves the address bar (and so the history) once the tab has it', async ({ page, host }) => {
  await page.goto(host.url);
  await expectOnScreen(page, SCREENS[0]);
  expect(page.url()).toBe(`${host.origin}/#/journal`);
  await page.keyboard.press('Alt+6');
  await expectOnScreen(page, SCREENS[5]);
  await expect(page.getByTestId('data-dir')).toHaveText(host.dataDir);
});
