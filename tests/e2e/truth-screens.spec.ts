// Screenshots and checks of the screens issue 20 changed that no other spec shoots: the three drafts (thank-you,
// second chance, chance to impress), the conflict choice (a journal field, the follow-up plan), the date fields (an
// impossible date, the new-interview form on yesterday) and the over-the-limit offers. Each is shot light and dark at
// 1280x800 and 800x600 (SHOTS_DIR to keep them), and must be axe-clean and no wider than the window in both themes.
// Shot elsewhere with the same sizes: long key points (small-truths), the folder import (data-folder-import), the
// recording level meter (practice-recording) and the printed plan's charts (plan).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { localDay, openInterviewFollowUps, SEEDED, seedDueInterview } from './followups-helpers';
import { api, createInterview, expectSaved, openInterview } from './journal-helpers';
import { openPlan } from './plan-helpers';
import { shootEvery } from './screens';

test.use({ locale: 'en-US' });

/** The follow-up page with one draft open in the composer. */
async function openDraft(page: Page, host: Parameters<typeof openInterviewFollowUps>[1], id: number, draftId: number) {
  await openInterviewFollowUps(page, host, id, `?open=${draftId}`);
  const composer = page.getByTestId('composer');
  await expect(composer.getByRole('textbox', { name: 'Message' })).not.toHaveValue('');
  return composer;
}

test('the three drafts: a thank-you, a second-chance request and a chance to impress', async ({ page, host }) => {
  test.setTimeout(180_000);
  const id = await seedDueInterview(host);
  const [thanks] = await api(host, 'followup:draftThankYous', { interviewId: id });
  const request = await api(host, 'followup:draftSecondChance', {
    interviewId: id,
    doDifferently: 'I would open with the numbers: the migration moved 2 million customers with zero downtime.',
  });
  const sample = await api(host, 'followup:draftChanceToImpress', {
    interviewId: id,
    form: 'work-sample',
    plan: 'A short analysis of their onboarding funnel, with two changes to try first.',
    dueOn: localDay(6),
    checklist: ['Pull the public funnel figures', 'Write the two changes up on one page'],
  });
  const problems: string[] = [];
  for (const [name, draft] of [
    ['draft-thank-you', thanks],
    ['draft-second-chance', request],
    ['draft-chance-to-impress', sample],
  ] as const) {
    const composer = await openDraft(page, host, id, draft.id);
    await expect(composer.getByRole('textbox', { name: 'Message' })).toHaveValue(draft.body);
    if (name === 'draft-thank-you') {
      // One point from the journal: said as one, and never "Nothing is listed yet" beside it.
      const points = composer.getByTestId('missed-points');
      await expect(points).toContainText('the points you did not get across (it is in the draft):');
      await expect(points.getByRole('listitem')).toHaveText([SEEDED.missedPoint]);
      await expect(points).not.toContainText('Nothing is listed yet');
    }
    if (name === 'draft-second-chance') {
      const points = composer.getByTestId('missed-points');
      await expect(points.getByRole('listitem')).toHaveText([SEEDED.missedPoint]);
      await expect(points).not.toContainText('Nothing is listed yet');
    }
    problems.push(...(await shootEvery(page, name, composer)));
  }
  expect(problems).toEqual([]);
  // At 1280 wide, with its count beside it, "Follow-ups" (bold, the current screen) is read whole, not cut to "Follow-…".
  const label = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Follow-ups/ })
    .locator('.nav-label');
  await expect(label).toHaveText('Follow-ups');
  expect(await label.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
});

test('the conflict choice: a journal field and the follow-up plan changed in another tab', async ({ page, host }) => {
  test.setTimeout(180_000);
  const { id } = await createInterview(host, { company: 'Acme', notes: 'Before.' });
  const other = await page.context().newPage();
  await openInterview(page, host, id, 'Acme');
  await openInterview(other, host, id, 'Acme');
  await page.getByLabel('Notes', { exact: true }).fill('Tab one: they liked the migration story.');
  await expectSaved(page);
  await other.getByLabel('Notes', { exact: true }).fill('Tab two: I should have asked about the team.');
  const conflict = other.getByTestId('conflict-interview.notes');
  await expect(conflict).toContainText('This was changed in another window.');
  const problems = await shootEvery(other, 'conflict-journal-notes', conflict);
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toContainText('Kept yours');
  problems.push(...(await shootEvery(other, 'conflict-journal-kept', conflict)));

  const due = await seedDueInterview(host);
  await openInterviewFollowUps(page, host, due);
  await openInterviewFollowUps(other, host, due);
  await page.getByLabel('They said they would decide by').fill(localDay(5));
  await expect.poll(async () => (await api(host, 'followup:overview', { interviewId: due })).plan.decisionOn).toBe(localDay(5));
  await other.getByLabel('They said they would decide by').fill(localDay(8));
  const planConflict = other.getByTestId('conflict-followup-plan');
  await expect(planConflict).toContainText('This was changed in another window.');
  problems.push(...(await shootEvery(other, 'conflict-followup-plan', planConflict)));
  expect(problems).toEqual([]);
});

test('the date fields: an impossible date on the interview page, and the new-interview form on yesterday', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  const created = await createInterview(host, { company: 'Northwind', heldAt: '2026-01-10' });
  await openInterview(page, host, created.id, 'Northwind');
  const date = page.getByLabel('Date', { exact: true });
  await date.focus();
  await page.keyboard.type('02302026');
  await expect(page.locator('#f-date-error')).toHaveText(/There is no such date/);
  const problems = await shootEvery(page, 'date-impossible-interview', page.locator('#f-date-error'));

  await page.clock.setFixedTime(new Date('2026-12-07T09:30:00'));
  await page.goto(`${host.url}#/journal/new`);
  const newDate = page.getByLabel('Date', { exact: true });
  await expect(newDate).toHaveValue('2026-12-06');
  await expect(page.locator('#new-date-hint')).toContainText('Set to yesterday, Sun, 6 Dec 2026');
  problems.push(...(await shootEvery(page, 'date-new-interview-yesterday', newDate)));
  await page.getByLabel('Company').fill('Contoso');
  await newDate.focus();
  await page.keyboard.type('0230');
  await expect(page.locator('#new-date-error')).toHaveText(/There is no such date/);
  problems.push(...(await shootEvery(page, 'date-impossible-new-interview', page.locator('#new-date-error'))));
  expect(problems).toEqual([]);
});

test('the over-the-limit offers: the interview’s notes and the plan’s note', async ({ page, host }) => {
  test.setTimeout(180_000);
  const paste = 'The migration moved 2 million customers with zero downtime. '.repeat(1700).slice(0, 100_050);
  const { id } = await createInterview(host, { company: 'Northwind' });
  await openInterview(page, host, id, 'Northwind');
  await page.getByLabel('Notes', { exact: true }).fill(paste);
  const offer = page.getByTestId('too-long-interview.notes');
  await expect(offer).toContainText('50 characters over the 100,000 limit');
  const problems = await shootEvery(page, 'too-long-journal', offer);

  await openPlan(page, host);
  await page.getByRole('textbox', { name: 'Notes on your plan' }).fill(paste);
  const planOffer = page.getByTestId('too-long-note');
  await expect(planOffer).toContainText('50 characters over the 100,000 limit');
  problems.push(...(await shootEvery(page, 'too-long-plan-note', planOffer)));
  expect(problems).toEqual([]);
});
