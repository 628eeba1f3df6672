// Autosave: a visible status, field errors next to the field with the old value kept in the database, a retry that
// sends exactly what was typed, and no text lost when leaving the page.
import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, createInterview, expectSaved, openInterview, saveStatus } from './journal-helpers';

test('the status goes from "Saving…" to "Saved", and the change is in the database', async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await openInterview(page, host, id, 'Acme');
  await expect(saveStatus(page)).toHaveText('Saved as you type');

  // Hold the save on its way, so "Saving…" can be seen for as long as the test needs.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/interview:update', async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.getByLabel('Notes', { exact: true }).fill('They seemed rushed.');
  await expect(saveStatus(page)).toHaveText('Saving…');
  release();
  await expectSaved(page);
  expect((await api(host, 'interview:get', { id })).notes).toBe('They seemed rushed.');
});

test('clearing the company shows the error next to it, keeps the text on screen, and the database keeps the old name', async ({
  page,
  host,
}) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await openInterview(page, host, id, 'Acme');
  const company = page.getByLabel('Company');
  await company.fill('');
  await company.blur();

  await expect(page.locator('#f-company-error')).toHaveText('Enter the company.');
  await expect(company).toHaveAttribute('aria-invalid', 'true');
  await expect(company).toHaveAccessibleDescription('Enter the company.');
  const status = saveStatus(page);
  await expect(status).toHaveAttribute('data-state', 'error');
  await expect(status.getByRole('alert')).toContainText('Couldn’t save — Enter the company. Your text is still here.');
  await expect(company).toHaveValue('');
  expect((await api(host, 'interview:get', { id })).company).toBe('Acme');

  // A reload reads the database: the old name is there.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme' })).toBeVisible();
  await expect(page.getByLabel('Company')).toHaveValue('Acme');
});

test('a save that fails keeps the text, says why, and "Try again" sends it', async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await openInterview(page, host, id, 'Acme');
  await page.route('**/api/reflection:save', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'STORAGE', message: 'The disk is full.' } } }),
  );
  const wentWell = page.getByRole('region', { name: 'Confidence', exact: true }).getByLabel('What went well');
  await wentWell.fill('Kept my voice steady.');
  const status = saveStatus(page);
  await expect(status.getByRole('alert')).toContainText('Couldn’t save — The disk is full. Your text is still here.');
  await expect(wentWell).toHaveValue('Kept my voice steady.');

  await page.unroute('**/api/reflection:save');
  await status.getByRole('button', { name: 'Try again' }).click();
  await expectSaved(page);
  const confidence = (await api(host, 'interview:get', { id })).reflections.find((r) => r.area === 'confidence');
  expect(confidence?.wentWell).toBe('Kept my voice steady.');
});

test('leaving the editor right after typing still saves what was typed', async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await openInterview(page, host, id, 'Acme');
  await page.getByRole('textbox', { name: 'Your closing statement' }).fill('Thank you, I would love to work on this team.');
  // No wait for the pause: leave at once.
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  expect((await api(host, 'interview:get', { id })).closingStatement).toBe('Thank you, I would love to work on this team.');
});

test('leaving while a save keeps failing asks first, and staying keeps the text', async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await openInterview(page, host, id, 'Acme');
  await page.route('**/api/interview:update', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'STORAGE', message: 'The disk is full.' } } }),
  );
  await page.getByLabel('Role').fill('Designer');
  await page.getByRole('link', { name: 'Journal' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toContainText('The disk is full.');
  await dialog.getByRole('button', { name: 'Stay here' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Role')).toHaveValue('Designer');
  await expect(page).toHaveURL(new RegExp(`#/journal/${id}$`));
});
