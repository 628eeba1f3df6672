// A double-click on a button that asks first ("Empty trash", "Delete this draft", "End now") opens the question and
// leaves it open: the second click lands on the dialog's backdrop and must not dismiss it, nor answer it.
import { expect, test } from './fixtures';
import { openInterviewFollowUps, seedDueInterview } from './followups-helpers';
import { api, createInterview, openJournal } from './journal-helpers';
import { answerBox, openPractice, startSession } from './practice-helpers';

test('double-clicking "Empty trash" leaves "Empty the trash?" open, and nothing is deleted', async ({ page, host }) => {
  const gone = await createInterview(host, { company: 'Old Co' });
  await api(host, 'interview:trash', { id: gone.id });
  await openJournal(page, host);
  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Empty trash' }).dblclick();
  const dialog = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await api(host, 'interview:listTrash', {})).toHaveLength(1);
  // A single click on the backdrop still cancels, as before.
  await page.mouse.click(5, 5);
  await expect(dialog).toBeHidden();
  expect(await api(host, 'interview:listTrash', {})).toHaveLength(1);
});

test('double-clicking "Delete this draft" leaves "Delete this draft?" open, and the draft stays', async ({ page, host }) => {
  const id = await seedDueInterview(host);
  await openInterviewFollowUps(page, host, id, '?new=thank-you');
  await page.getByRole('button', { name: 'Write the thank-you' }).click();
  await expect(page.getByTestId('composer')).toBeVisible();
  await page.getByRole('button', { name: 'Delete this draft' }).dblclick();
  const dialog = page.getByRole('dialog', { name: 'Delete this draft?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('The draft and its saved versions will be gone.');
  expect((await api(host, 'followup:overview', { interviewId: id })).interviewers[0].thankYouId).not.toBeNull();
});

test('double-clicking "End now" leaves "End the session now?" open, and the session goes on', async ({ page, host }) => {
  await openPractice(page, host);
  await startSession(page, { length: 2, think: 'None' });
  await expect(answerBox(page)).toBeVisible();
  await page.getByRole('button', { name: 'End now' }).dblclick();
  const dialog = page.getByRole('dialog', { name: 'End the session now?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep practising' }).click();
  await expect(dialog).toBeHidden();
  await expect(answerBox(page)).toBeVisible();
});
