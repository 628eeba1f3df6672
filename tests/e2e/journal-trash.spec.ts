// Trash: moving an interview there from the editor offers Undo; emptying it asks first and keeps the questions.
import { expect, test } from './fixtures';
import { api, createInterview, openInterview, openJournal } from './journal-helpers';

const rows = (page: import('@playwright/test').Page) =>
  page.getByRole('list', { name: 'Interviews, newest first' }).getByRole('link');

test('moving to the trash from the editor needs no confirmation, and Undo brings it back', async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await createInterview(host, { company: 'Globex', heldAt: '2026-02-01' });
  await openInterview(page, host, id, 'Acme');
  await page.getByRole('button', { name: 'Move to trash' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText('“Acme” moved to the trash.');
  await expect(rows(page)).toHaveCount(1);
  expect((await api(host, 'interview:listTrash', {})).map((i) => i.id)).toEqual([id]);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toBeHidden();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText('Acme');
  expect(await api(host, 'interview:listTrash', {})).toEqual([]);
});

test('a trashed interview opens read-only, with Restore', async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme', notes: 'Kept as it was.' });
  await api(host, 'interview:trash', { id });
  await openInterview(page, host, id, 'Acme');
  await expect(page.getByRole('status').filter({ hasText: 'This interview is in the trash' })).toBeVisible();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Move to trash' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a question' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('button', { name: 'Move to trash' })).toBeVisible();
  await expect(page.getByLabel('Notes', { exact: true })).not.toHaveAttribute('readonly', '');
  expect((await api(host, 'interview:get', { id })).deletedAt).toBeNull();
});

test('emptying the trash asks first (Escape cancels), then deletes for good and keeps the questions', async ({ page, host }) => {
  const kept = await createInterview(host, { company: 'Keep me' });
  const gone = await createInterview(host, { company: 'Old Co' });
  const bank = await api(host, 'bank:list', { query: 'weakness', limit: 5 });
  await api(host, 'interview-question:add', { interviewId: gone.id, questionId: bank.items[0].id });
  await api(host, 'interview:trash', { id: gone.id });

  await openJournal(page, host);
  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  const trashed = page.getByRole('list', { name: 'Interviews in the trash' }).getByRole('listitem');
  await expect(trashed).toHaveCount(1);
  await expect(trashed.first()).toContainText('Old Co');

  // The dialog opens with focus on the safe choice, and Escape cancels without deleting.
  const emptyButton = page.getByRole('button', { name: 'Empty trash' });
  await emptyButton.click();
  const dialog = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(dialog).toContainText(
    'The questions they listed stay in your question bank, and your practice history for them is kept.',
  );
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Tab stays inside the dialog.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete for good' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(emptyButton).toBeFocused();
  expect(await api(host, 'interview:listTrash', {})).toHaveLength(1);

  await emptyButton.click();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '1 interview deleted for good' })).toContainText(
    'Their questions and practice history are kept.',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'The trash is empty' })).toBeVisible();
  expect(await api(host, 'interview:listTrash', {})).toEqual([]);
  await expect(api(host, 'interview:get', { id: gone.id })).rejects.toThrow(/NOT_FOUND/);
  expect((await api(host, 'interview:get', { id: kept.id })).company).toBe('Keep me');
  expect((await api(host, 'bank:list', { query: 'weakness', limit: 5 })).items.map((q) => q.id)).toContain(bank.items[0].id);
});

test('restoring from the trash page puts it back in the journal, and focus goes on to the next row or the heading', async ({
  page,
  host,
}) => {
  const beta = await createInterview(host, { company: 'Beta' });
  await api(host, 'interview:trash', { id: beta.id });
  const { id } = await createInterview(host, { company: 'Acme' });
  await api(host, 'interview:trash', { id });
  await page.goto(`${host.url}#/journal/trash`);
  // From the keyboard: the restored row goes, and focus moves to the Restore of the row that took its place.
  await page.getByRole('button', { name: 'Restore Acme' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“Acme” is back in your journal.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore Beta' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'The trash is empty' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeFocused();
  await page.getByRole('main').getByRole('link', { name: 'Journal' }).click();
  await expect(rows(page)).toHaveCount(2);
});
