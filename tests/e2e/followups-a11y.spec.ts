// Accessibility of follow-ups: axe-core scans of the Follow-ups screen (empty and with items) and the composer (with a
// gap flagged, and a chance-to-impress checklist), in the light and the dark theme.
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { inEachTheme } from './themes';
import { dueSection, openFollowUps, openInterviewFollowUps, seedDueInterview } from './followups-helpers';

inEachTheme(() => {
  test('the Follow-ups screen, empty and with a thank-you due, has no serious or critical violations', async ({ page, host }) => {
    test.slow();
    await openFollowUps(page, host);
    await expect(page.getByRole('heading', { name: 'Nothing to send right now' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await seedDueInterview(host);
    await openFollowUps(page, host);
    await expect(dueSection(page, 'due-now')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the composer with a gap flagged, and a proposal with its checklist, have no serious or critical violations', async ({
    page,
    host,
  }) => {
    test.slow();
    const id = await seedDueInterview(host, { yourName: '' });
    await openInterviewFollowUps(page, host, id, '?new=thank-you');
    await page.getByRole('button', { name: 'Write the thank-you' }).click();
    await expect(page.getByTestId('gaps-notice')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Offer a chance to impress' }).click();
    await page.getByLabel('What you will produce').fill('A short analysis of their onboarding.');
    await page.getByLabel('Steps to track').fill('Read their docs');
    await page.getByRole('button', { name: 'Draft the proposal' }).click();
    await expect(page.getByTestId('impress-checklist')).toContainText('0 of 1 done');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
