// Dates are never changed behind the person's back: a date typed key by key saves only when it is finished (the field
// is left), an impossible one is said next to the field and nothing is saved, and a new interview starts on yesterday,
// saying so, since people write it down the day after.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, createInterview, openInterview } from './journal-helpers';

test.use({ locale: 'en-US' });

/** Every heldAt the page sends to be saved, in order. */
function sentDates(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/interview:update')) return;
    const patch = (request.postDataJSON() as { patch?: { heldAt?: string } }).patch;
    if (patch?.heldAt !== undefined) sent.push(patch.heldAt);
  });
  return sent;
}

/** Leaves the date control with Tab, as a person does: the first presses may move between its parts. */
async function tabToTime(page: Page): Promise<void> {
  const time = page.getByLabel('Time');
  for (let i = 0; i < 4 && !(await time.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(time).toBeFocused();
}

test('typing 02/30/2026 on the interview page says there is no such date and saves nothing, even after leaving it', async ({
  page,
  host,
}) => {
  const created = await createInterview(host, { company: 'Northwind', heldAt: '2026-01-10' });
  await openInterview(page, host, created.id, 'Northwind');
  const sent = sentDates(page);
  const date = page.getByLabel('Date', { exact: true });

  // Real keystrokes, in the control's en-US order: month, day, year.
  await date.focus();
  await page.keyboard.type('02302026');
  await expect(page.locator('#f-date-error')).toHaveText(/There is no such date/);
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await tabToTime(page);
  await expect(page.locator('#f-date-error')).toHaveText(/There is no such date/);
  await expect(page.locator('.subtitle')).toContainText('Sat, 10 Jan 2026');
  expect((await api(host, 'interview:get', { id: created.id })).heldAt).toBe('2026-01-10');
  expect(sent).toEqual([]);
});

test('a date typed digit by digit saves once, when the field is left, and never a prefix of it', async ({ page, host }) => {
  const created = await createInterview(host, { company: 'Northwind', heldAt: '2026-01-10' });
  await openInterview(page, host, created.id, 'Northwind');
  const sent = sentDates(page);
  const date = page.getByLabel('Date', { exact: true });

  await date.focus();
  await page.keyboard.type('02282026');
  await expect(date).toHaveValue('2026-02-28');
  await expect(page.locator('#f-date-error')).toHaveCount(0);
  // Still typing (the field has focus): nothing is sent yet.
  expect(sent).toEqual([]);
  await tabToTime(page);
  await expect.poll(async () => (await api(host, 'interview:get', { id: created.id })).heldAt).toBe('2026-02-28');
  expect(sent).toEqual(['2026-02-28']);
  await expect(page.locator('.subtitle')).toContainText('Sat, 28 Feb 2026');
  await expect(page.locator('.subtitle')).not.toContainText('00:00');
});

test('the new-interview form starts on yesterday and says so, refuses 30 February as it is typed, and shows no time when none was given', async ({
  page,
  host,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-07T09:30:00'));
  await page.goto(`${host.url}#/journal/new`);
  const date = page.getByLabel('Date', { exact: true });
  await expect(date).toHaveValue('2026-12-06');
  await expect(page.locator('#new-date-hint')).toHaveText(
    'Set to yesterday, Sun, 6 Dec 2026, the day most people write it down. Change it if it was another day.',
  );

  await page.getByLabel('Company').fill('Contoso');
  await date.focus();
  await page.keyboard.type('0230');
  // Said next to the field while typing, before any button is pressed.
  await expect(page.locator('#new-date-error')).toHaveText(/There is no such date/);
  await page.getByRole('button', { name: 'Create and continue' }).click();
  await expect(date).toBeFocused();
  expect((await api(host, 'interview:list', {})).total).toBe(0);

  // Back to a real day: the message goes, and the interview is created on it, with no time shown.
  await page.keyboard.type('12042026');
  await expect(page.locator('#new-date-error')).toHaveCount(0);
  await page.getByRole('button', { name: 'Create and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso' })).toBeVisible();
  const [made] = (await api(host, 'interview:list', {})).items;
  expect(made.heldAt).toBe('2026-12-04');
  await expect(page.locator('.subtitle')).toContainText('Fri, 4 Dec 2026');
  await expect(page.locator('.subtitle')).not.toContainText('00:00');
  await expect(page.getByLabel('Time')).toHaveValue('');
});
