// Two tabs on one interview's follow-up page: the plan saves field by field, so a change to one field (the decision
// date) does not refuse another tab's change to a different one (the send window, skipping the thank-you); a change to
// the same field from an old copy is a real conflict and keeps the choice of whose date to keep.
import type { Page } from '@playwright/test';
import { expect, test, type BrowserHost } from './fixtures';
import { localDay, openInterviewFollowUps, seedDueInterview } from './followups-helpers';
import { api } from './journal-helpers';

/** A due interview's follow-up page open in this tab and in a second one, both loaded before either saves. */
async function twoTabsOnOneInterview(page: Page, host: BrowserHost): Promise<{ id: number; other: Page }> {
  const id = await seedDueInterview(host);
  const other = await page.context().newPage();
  await openInterviewFollowUps(page, host, id);
  await openInterviewFollowUps(other, host, id);
  return { id, other };
}

test('tab A sets the decision date, tab B (opened before) changes the send window and skips the thank-you: both save', async ({
  page,
  host,
}) => {
  const { id, other } = await twoTabsOnOneInterview(page, host);
  const decision = (p: typeof page) => p.getByLabel('They said they would decide by');
  const windowChoice = (p: typeof page) => p.getByLabel('Send the thank-you');

  // Tab A: the decision date.
  await decision(page).fill(localDay(5));
  await expect(page.getByTestId('check-in-line')).toBeVisible();
  await expect.poll(async () => (await api(host, 'followup:overview', { interviewId: id })).plan.decisionOn).toBe(localDay(5));

  // Tab B, still on the copy from before: the send window. Saved, no conflict, and tab A's date now shows here too.
  await windowChoice(other).selectOption('same-day');
  await expect(other.getByTestId('send-window')).toContainText('Send it on');
  await expect(decision(other)).toHaveValue(localDay(5));
  await expect(other.getByTestId('conflict-followup-plan')).toHaveCount(0);
  await expect(other.getByText('This was changed in another window.')).toHaveCount(0);

  // Tab A, now behind tab B: skipping the thank-you is another field, so it saves as well.
  await page.getByLabel('No thank-you for this one').check();
  await expect(page.getByTestId('send-window')).toHaveText('You chose not to send a thank-you.');
  await expect(page.getByTestId('conflict-followup-plan')).toHaveCount(0);

  const plan = (await api(host, 'followup:overview', { interviewId: id })).plan;
  expect([plan.decisionOn, plan.sendWindow, plan.thankYouSkipped]).toEqual([localDay(5), 'same-day', true]);
});

test('both tabs change the decision date: the second is a real conflict, and "Keep mine" saves its date', async ({
  page,
  host,
}) => {
  const { id, other } = await twoTabsOnOneInterview(page, host);

  await page.getByLabel('They said they would decide by').fill(localDay(5));
  await expect.poll(async () => (await api(host, 'followup:overview', { interviewId: id })).plan.decisionOn).toBe(localDay(5));

  await other.getByLabel('They said they would decide by').fill(localDay(8));
  const conflict = other.getByTestId('conflict-followup-plan');
  await expect(conflict).toHaveAttribute('data-state', 'conflict');
  await expect(conflict).toContainText('This was changed in another window.');
  // Refused: tab A's date is still the saved one.
  expect((await api(host, 'followup:overview', { interviewId: id })).plan.decisionOn).toBe(localDay(5));

  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toHaveAttribute('data-state', 'kept');
  await expect(conflict).toContainText('Kept yours');
  await expect(other.getByLabel('They said they would decide by')).toHaveValue(localDay(8));
  expect((await api(host, 'followup:overview', { interviewId: id })).plan.decisionOn).toBe(localDay(8));
});
