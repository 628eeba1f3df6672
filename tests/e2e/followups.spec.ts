// Follow-ups end to end: from a journaled interview to a sent thank-you with the missed point in it, the due list
// moving it to "Sent", a chance-to-impress proposal with its checklist, and all of it still there after a reload.
import { expect, test } from './fixtures';
import {
  SEEDED,
  dueSection,
  expectComposerSaved,
  messageBox,
  openFollowUps,
  openInterviewFollowUps,
  seedDueInterview,
} from './followups-helpers';

test('a thank-you is drafted with the missed point, edited, copied and marked sent; a proposal is tracked; all kept', async ({
  page,
  context,
  host,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  const interviewId = await seedDueInterview(host);

  // Due now, nothing drafted yet: the screen offers to write it, and the sidebar counts it.
  await openFollowUps(page, host);
  const due = dueSection(page, 'due-now');
  await expect(due).toContainText(`Thank-you to ${SEEDED.company}`);
  await expect(page.getByTestId('followups-badge')).toHaveText('1');
  await due.getByRole('link', { name: 'Write the thank-you' }).click();

  // The form knows the interviewer and the missed point; drafting opens the composer.
  await expect(page.getByTestId('thank-you-start')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: new RegExp(SEEDED.interviewer.name) })).toBeChecked();
  await expect(page.getByTestId('missed-points')).toContainText(SEEDED.missedPoint);
  await page.getByRole('button', { name: 'Write the thank-you' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Thank-you to ${SEEDED.interviewer.name}` })).toBeVisible();
  await expect(messageBox(page)).toHaveValue(new RegExp(SEEDED.missedPoint));
  await expect(messageBox(page)).toHaveValue(/^Dear Ann,\n/);

  // No specific moment was given, so that gap is flagged and copying waits until it is filled.
  const gaps = page.getByTestId('gaps-notice');
  await expect(gaps).toContainText('specific moment');
  await expect(page.getByTestId('message-preview').locator('mark')).toHaveText(['{{specific_moment}}']);
  await expect(page.getByTestId('copy-message')).toBeDisabled();

  // Edit: fill the gap and add a line of one's own; the word count follows and the edit is saved.
  const drafted = await messageBox(page).inputValue();
  const edited = drafted
    .replace('{{specific_moment}}', 'the pricing experiment')
    .replace('Thank you again for your time.', 'Thank you again for your time; I enjoyed it.');
  await messageBox(page).fill(edited);
  await expect(gaps).toHaveCount(0);
  await expect(page.getByTestId('word-count')).toContainText('aiming for about 150');
  await expectComposerSaved(page);

  // Copy, and read the clipboard back: the subject and the message, as a mail app expects them.
  const subject = await page.getByRole('textbox', { name: 'Subject' }).inputValue();
  expect(subject).toBe(`Thank you for the ${SEEDED.role} interview`);
  await page.getByTestId('copy-message').click();
  await expect(page.getByTestId('send-note')).toHaveText('Copied the subject and the message. Paste them into your email.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Subject: ${subject}\n\n${edited}`);

  // Mark as sent, today by default.
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByTestId('sent-line')).toContainText('Sent on');
  await expect(messageBox(page)).toHaveAttribute('readonly', '');

  // The Follow-ups screen moved it from due to sent, and the badge is gone.
  await openFollowUps(page, host);
  await expect(dueSection(page, 'due-now')).toHaveCount(0);
  await expect(dueSection(page, 'sent')).toContainText(`Thank-you to ${SEEDED.interviewer.name} at ${SEEDED.company}`);
  await expect(page.getByTestId('followups-badge')).toHaveCount(0);

  // A chance-to-impress proposal with two steps; one is ticked.
  await openInterviewFollowUps(page, host, interviewId);
  await page.getByRole('link', { name: 'Offer a chance to impress' }).click();
  await page.getByRole('radio', { name: 'Analysis' }).check();
  await page.getByLabel('What you will produce').fill('A one-page analysis of the onboarding funnel with three fixes.');
  await page.getByLabel('Steps to track').fill('Pull the public numbers\nWrite the page');
  await page.getByRole('button', { name: 'Draft the proposal' }).click();
  const checklist = page.getByTestId('impress-checklist');
  await expect(checklist).toContainText('0 of 2 done');
  await checklist.getByRole('checkbox', { name: 'Pull the public numbers' }).check();
  await expect(checklist).toContainText('1 of 2 done');
  await expect(checklist.getByRole('checkbox', { name: 'Pull the public numbers' })).toBeChecked();

  await openFollowUps(page, host);
  await expect(page.getByText(`Analysis for ${SEEDED.company}`)).toBeVisible();
  await expect(page.getByTestId('checklist-progress')).toHaveText('1 of 2 done');

  // After a reload, and in a new page: the sent thank-you with its edited text, the proposal with its tick.
  await page.reload();
  await expect(dueSection(page, 'sent')).toContainText(`Thank-you to ${SEEDED.interviewer.name} at ${SEEDED.company}`);
  await expect(page.getByTestId('checklist-progress')).toHaveText('1 of 2 done');

  const second = await context.newPage();
  await openInterviewFollowUps(second, host, interviewId);
  await second.getByRole('link', { name: /Thank-you/ }).click();
  await expect(messageBox(second)).toHaveValue(edited);
  await expect(second.getByTestId('sent-line')).toBeVisible();
  await second.getByText('Versions (').click();
  await expect(second.getByTestId('versions').getByText(/^Sent /)).toBeVisible();
  await second.getByRole('link', { name: /Chance to impress/ }).click();
  await expect(second.getByTestId('impress-checklist').getByRole('checkbox', { name: 'Pull the public numbers' })).toBeChecked();
  await expect(second.getByTestId('impress-checklist').getByRole('checkbox', { name: 'Write the page' })).not.toBeChecked();
});
