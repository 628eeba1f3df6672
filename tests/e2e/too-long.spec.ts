// Over the 100,000-character limit "Try again" cannot succeed, so the screen offers what can: "Shorten" (the part past
// the limit is selected, the text stays) and "Move the rest to a new note" where the app has one (the interview's
// texts -> a new area of the person's own; the plan's note -> a new action item). Nothing typed is lost either way.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, createInterview, expectSaved, openInterview, saveStatus } from './journal-helpers';
import { openPlan } from './plan-helpers';

const SENTENCE = 'The migration moved 2 million customers with zero downtime, and invoice errors fell by 30%. ';
/** 100,050 characters of real words: 50 over the limit. */
const PASTE = SENTENCE.repeat(Math.ceil(100_050 / SENTENCE.length)).slice(0, 100_050);

/** The selection in the focused field, as [start, end]. */
const selection = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLTextAreaElement;
    return [el.selectionStart, el.selectionEnd];
  });

test('the interview’s notes 50 over the limit: "Shorten" selects what is over, "Move the rest" puts it in a new area, nothing lost', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const { id } = await createInterview(host, { company: 'Northwind', notes: '' });
  await openInterview(page, host, id, 'Northwind');
  const notes = page.getByLabel('Notes', { exact: true });
  await notes.fill(PASTE);

  const offer = page.getByTestId('too-long-interview.notes');
  await expect(offer).toContainText('50 characters over the 100,000 limit (100,050 in all)');
  await expect(offer).toContainText('trying again cannot save it. Your text is still here.');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'error');
  // The field grows with its text, so the offer under it is far down: the save status at the top leads to it.
  await saveStatus(page).getByRole('button', { name: 'Shorten or move the rest' }).click();
  await expect(offer).toBeFocused();
  await expect(offer).toBeInViewport();

  // "Shorten": the text stays whole, the 50 characters past the limit are selected in the field.
  await offer.getByRole('button', { name: 'Shorten' }).click();
  await expect(notes).toBeFocused();
  expect(await selection(page)).toEqual([100_000, 100_050]);
  await expect(notes).toHaveValue(PASTE);

  // "Move the rest to a new area": the notes end at a word break within the limit; the rest is the new area's notes.
  await offer.getByRole('button', { name: 'Move the rest to a new area' }).click();
  const moved = page.getByRole('status').filter({ hasText: 'to the notes of a new area, “Notes (continued)”' });
  await expect(moved).toBeVisible();
  await expectSaved(page);
  await expect(offer).toHaveCount(0);
  const kept = await notes.inputValue();
  expect(kept.length).toBeLessThanOrEqual(100_000);
  expect(kept.endsWith(' ')).toBe(true);
  const rest = PASTE.slice(kept.length);
  await expect(moved).toContainText(`Moved the last ${rest.length} characters`);
  await expect(page.getByRole('textbox', { name: 'Notes on notes (continued)', exact: true })).toHaveValue(rest);

  // Saved as shown: the two together are the whole paste, after a reload too.
  const saved = await api(host, 'interview:get', { id });
  const extra = saved.reflections.find((r) => r.label === 'Notes (continued)');
  expect(saved.notes + (extra?.notes ?? '')).toBe(PASTE);
  await page.reload();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue(kept);
});

test('the plan’s note 50 over the limit: no "Try again"; "Move the rest to a new action item" keeps every word', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await openPlan(page, host);
  const note = page.getByRole('textbox', { name: 'Notes on your plan' });
  await note.fill(PASTE);
  // The whole paste is in the field: nothing was cut off by the field itself.
  await expect(note).toHaveValue(PASTE);

  const offer = page.getByTestId('too-long-note');
  await expect(offer).toContainText('50 characters over the 100,000 limit (100,050 in all)');
  await expect(offer).toContainText('“Move the rest” adds the last');
  await expect(page.getByTestId('plan-save-status')).toHaveAttribute('data-state', 'error');
  await expect(page.getByTestId('plan-save-status').getByRole('button', { name: 'Try again' })).toHaveCount(0);

  await offer.getByRole('button', { name: 'Shorten' }).click();
  await expect(note).toBeFocused();
  expect(await selection(page)).toEqual([100_000, 100_050]);

  await offer.getByRole('button', { name: 'Move the rest to a new action item' }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.getByTestId('plan-save-status')).toHaveAttribute('data-state', 'saved');
  const kept = await note.inputValue();
  const rest = PASTE.slice(kept.length);
  const saved = await api(host, 'plan:get', {});
  expect(saved.note.body).toBe(kept);
  const item = saved.items.find((i) => i.text === rest.trim());
  expect(item).toBeDefined();
  expect(kept + rest).toBe(PASTE);
  // The new item is on screen with the rest in it.
  await expect(page.getByRole('textbox', { name: 'Action item 1', exact: true })).toHaveValue(rest.trim());
});
