// Two windows on one interview: a save made from an old copy is refused, the stale window says so next to the field,
// and either way out ("Load the newer text", "Keep mine") loses nobody's words. A window that becomes visible again
// shows what is saved now, unless it has unsaved words of its own.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, createInterview, expectSaved, openInterview, saveStatus } from './journal-helpers';
import { showAgain } from './visibility';

const FIRST = 'Window one: they liked the migration story.';
const SECOND = 'Window two: I should have asked about the team.';

/** An interview at Acme open in this page and in a second one; returns its id and the second page. */
async function openInTwoPages(page: Page, host: Parameters<typeof openInterview>[1]) {
  const { id } = await createInterview(host, { company: 'Acme', notes: 'Before.' });
  const other = await page.context().newPage();
  await openInterview(page, host, id, 'Acme');
  await openInterview(other, host, id, 'Acme');
  return { id, other };
}

/** Both pages open on one interview; the first saves new notes, then the second (still on the old copy) types. */
async function staleSecondWindow(page: Page, host: Parameters<typeof openInterview>[1]) {
  const { id, other } = await openInTwoPages(page, host);

  await page.getByLabel('Notes', { exact: true }).fill(FIRST);
  await expectSaved(page);
  expect((await api(host, 'interview:get', { id })).notes).toBe(FIRST);

  const notes = other.getByLabel('Notes', { exact: true });
  await expect(notes).toHaveValue('Before.');
  await notes.fill(SECOND);
  const conflict = other.getByTestId('conflict-interview.notes');
  await expect(conflict).toHaveAttribute('data-state', 'conflict');
  await expect(conflict).toContainText('This was changed in another window.');
  await expect(conflict).toContainText('Your text is still here and was not saved.');
  await expect(notes).toHaveValue(SECOND);
  // Refused: the first window's words are still the saved ones.
  expect((await api(host, 'interview:get', { id })).notes).toBe(FIRST);
  return { id, other, notes, conflict };
}

test('"Load the newer text" shows the first window’s words, and the next edit saves on top of them', async ({ page, host }) => {
  const { id, other, notes, conflict } = await staleSecondWindow(page, host);
  await conflict.getByRole('button', { name: 'Load the newer text' }).click();
  await expect(notes).toHaveValue(FIRST);
  await expect(conflict).toHaveCount(0);

  await notes.fill(`${FIRST} And more.`);
  await expectSaved(other);
  expect((await api(host, 'interview:get', { id })).notes).toBe(`${FIRST} And more.`);
});

test('"Keep mine" saves the second window’s words, the first shows them when visible again, and the other text can come back', async ({
  page,
  host,
}) => {
  const { id, other, notes, conflict } = await staleSecondWindow(page, host);
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expectSaved(other);
  await expect(notes).toHaveValue(SECOND);
  await expect(conflict).toHaveAttribute('data-state', 'kept');
  await expect(conflict).toContainText('Kept yours');
  expect((await api(host, 'interview:get', { id })).notes).toBe(SECOND);

  // The first window, back in front, shows the words that were kept.
  await showAgain(page);
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue(SECOND);

  // Nothing lost: the first window's words are one click away in the second.
  await conflict.getByRole('button', { name: 'Bring the other text back' }).click();
  await expect(notes).toHaveValue(FIRST);
  await expectSaved(other);
  expect((await api(host, 'interview:get', { id })).notes).toBe(FIRST);
  // And a reload of either window reads the same.
  await page.reload();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue(FIRST);
});

test('a window that becomes visible again shows what was saved elsewhere, unless it has unsaved words', async ({
  page,
  host,
}) => {
  const { id } = await createInterview(host, { company: 'Acme', notes: 'Before.', role: 'Analyst' });
  await openInterview(page, host, id, 'Acme');
  const notes = page.getByLabel('Notes', { exact: true });
  await expect(notes).toHaveValue('Before.');

  // Another window saves; this one, back in front, shows it.
  await api(host, 'interview:update', { id, patch: { notes: 'Saved elsewhere.' } });
  await showAgain(page);
  await expect(notes).toHaveValue('Saved elsewhere.');

  // With a save that failed here, coming back keeps what was typed.
  await page.route('**/api/interview:update', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'STORAGE', message: 'The disk is full.' } } }),
  );
  await notes.fill('Typed here, not saved.');
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'error');
  await api(host, 'interview:update', { id, patch: { role: 'Lead analyst' } });
  await showAgain(page);
  await expect(page.getByLabel('Role')).toHaveValue('Analyst');
  await expect(notes).toHaveValue('Typed here, not saved.');
});

test('two tabs editing different fields both save: notes in one, the closing statement in the other', async ({ page, host }) => {
  const { id, other } = await openInTwoPages(page, host);

  // Tab A edits the notes.
  await page.getByLabel('Notes', { exact: true }).fill(FIRST);
  await expectSaved(page);

  // Tab B, opened before that save, edits the closing statement: saved, no conflict shown.
  const closing = 'I said I would love to build the data platform with them.';
  await other.getByRole('textbox', { name: 'Your closing statement' }).fill(closing);
  await expectSaved(other);
  await expect(other.getByTestId('conflict-interview.closingStatement')).toHaveCount(0);
  await expect(other.getByText('This was changed in another window.')).toHaveCount(0);
  const saved = await api(host, 'interview:get', { id });
  expect([saved.notes, saved.closingStatement]).toEqual([FIRST, closing]);

  // Tab B still shows the old notes: editing them there is a real conflict, and tab A's words stay saved.
  const notes = other.getByLabel('Notes', { exact: true });
  await notes.fill(SECOND);
  const conflict = other.getByTestId('conflict-interview.notes');
  await expect(conflict).toContainText('This was changed in another window.');
  await conflict.getByRole('button', { name: 'Load the newer text' }).click();
  await expect(notes).toHaveValue(FIRST);
  expect((await api(host, 'interview:get', { id })).notes).toBe(FIRST);
  // And the closing statement tab B typed is still there after loading the newer notes.
  await expect(other.getByRole('textbox', { name: 'Your closing statement' })).toHaveValue(closing);
});
