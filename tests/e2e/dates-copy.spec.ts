// Dates and copy as the person reads them: an impossible date is refused next to the field and changes nothing.
import { expect, test } from './fixtures';
import { api, createInterview, openInterview } from './journal-helpers';

test.use({ locale: 'en-US' });

test('30 February is refused next to the date field, nothing is saved, and the header keeps the saved date', async ({
  page,
  host,
}) => {
  const created = await createInterview(host, { company: 'Northwind', heldAt: '2026-01-30' });
  await openInterview(page, host, created.id, 'Northwind');
  await expect(page.locator('.subtitle')).toContainText('Fri, 30 Jan 2026');

  // 30 January moved to February: the date control (en-US order, month first) then holds a day February lacks.
  const date = page.getByLabel('Date', { exact: true });
  await date.focus();
  await page.keyboard.type('02');
  await expect(page.locator('#f-date-error')).toHaveText(/There is no such date/);
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.subtitle')).toContainText('Fri, 30 Jan 2026');

  const saved = await api(host, 'interview:get', { id: created.id });
  expect(saved.heldAt).toBe('2026-01-30');
});
