// The journal list: newest first, paging, filters, empty results, and the keyboard (/, arrows, Enter, N).
import type { Page } from '@playwright/test';
import { expect, test, type BrowserHost } from './fixtures';
import { api, createInterview, openJournal } from './journal-helpers';

const rows = (page: Page) => page.getByRole('list', { name: 'Interviews, newest first' }).getByRole('link');

/** `count` interviews a day apart, newest last created; every third rejected and tagged remote. */
async function seed(host: BrowserHost, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    await createInterview(host, {
      company: `Company ${String(i + 1).padStart(2, '0')}`,
      heldAt: day,
      outcome: i % 3 === 0 ? 'rejected' : 'waiting',
      tags: i % 3 === 0 ? ['remote'] : [],
    });
  }
}

test('newest first, with a count, and "Show more" for the next page', async ({ page, host }) => {
  await seed(host, 60);
  await openJournal(page, host);
  await expect(page.getByTestId('journal-count')).toHaveText('60 interviews');
  await expect(rows(page)).toHaveCount(50);
  await expect(rows(page).first()).toContainText('Company 60');
  await expect(page.getByText('Showing 50 of 60')).toBeVisible();
  // From the keyboard: the last page takes "Show more" away, and focus goes to the first interview it brought.
  await page.getByRole('button', { name: 'Show more' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(60);
  await expect(rows(page).last()).toContainText('Company 01');
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await expect(rows(page).nth(50)).toBeFocused();
  await expect(rows(page).nth(50)).toContainText('Company 10');
});

test('filters narrow the list; no results say so and offer to clear', async ({ page, host }) => {
  await seed(host, 9);
  await openJournal(page, host);
  await expect(page.getByTestId('journal-count')).toHaveText('9 interviews');
  await page.getByLabel('Outcome', { exact: true }).selectOption('rejected');
  await expect(page.getByTestId('journal-count')).toHaveText('3 found');
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).first()).toContainText('Rejected');
  await page.getByLabel('Tag', { exact: true }).selectOption('remote');
  await expect(rows(page)).toHaveCount(3);
  await page.getByLabel('Company', { exact: true }).selectOption('Company 01');
  await expect(page.getByTestId('journal-count')).toHaveText('1 found');

  await page.getByLabel('Outcome', { exact: true }).selectOption('waiting');
  await expect(page.getByRole('heading', { level: 2, name: 'Nothing matches' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByTestId('journal-count')).toHaveText('9 interviews');
  await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue('');
  await expect(page.getByRole('searchbox', { name: 'Search everything you wrote' })).toBeFocused();
});

test('a search that finds nothing says so, with the words searched', async ({ page, host }) => {
  await seed(host, 2);
  await openJournal(page, host);
  await page.getByRole('searchbox', { name: 'Search everything you wrote' }).fill('zebra');
  await expect(page.getByRole('heading', { level: 2, name: 'Nothing matches' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('No interview mentions “zebra”');
});

test('the keyboard: "/" searches, arrows move through rows, Enter opens, "n" starts a new interview', async ({ page, host }) => {
  await seed(host, 3);
  await openJournal(page, host);
  await expect(rows(page)).toHaveCount(3);

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search everything you wrote' })).toBeFocused();

  // One tab stop for the list: focus the first row, then move with the arrows.
  await rows(page).first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(2)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows(page).nth(1)).toBeFocused();
  await expect(rows(page).nth(0)).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Company 02' })).toBeVisible();

  // Back in the list, focus returns to the row that was opened.
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await expect(rows(page).nth(1)).toBeFocused();

  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1, name: 'New interview' })).toBeVisible();
  await expect(page.getByLabel('Company')).toBeFocused();
});

test('a new interview with no company says so next to the field and creates nothing', async ({ page, host }) => {
  await page.goto(`${host.url}#/journal/new`);
  await page.getByLabel('Company').fill('');
  await page.getByLabel('Date').fill('');
  await page.getByRole('button', { name: 'Create and continue' }).click();
  await expect(page.locator('#new-company-error')).toHaveText('Enter the company.');
  await expect(page.locator('#new-date-error')).toHaveText('Enter a date.');
  await expect(page.getByLabel('Company')).toBeFocused();
  expect((await api(host, 'interview:list', {})).total).toBe(0);
});
