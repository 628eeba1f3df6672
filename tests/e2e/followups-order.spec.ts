// The follow-ups come in the order of the five steps: the thank-you first (1-2 days after), a second chance after it;
// a proposal is listed by the day its message promises, not only by the day its reminder starts.
import { expect, test } from './fixtures';
import { dueSection, localDay, openFollowUps, seedDueInterview } from './followups-helpers';
import { api } from './journal-helpers';

/** A local day as the follow-up screens write it: "Sun 13 Dec" (the year only when it is not this year). */
function words(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  const year = y === new Date().getFullYear() ? undefined : 'numeric';
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year }).format(date);
}

test('an unsent thank-you is due now and the second-chance request waits after it; a work sample shows the day it promises', async ({
  page,
  host,
}) => {
  const id = await seedDueInterview(host);
  const request = await api(host, 'followup:draftSecondChance', { interviewId: id });
  const dueOn = localDay(6);
  const sample = await api(host, 'followup:draftChanceToImpress', {
    interviewId: id,
    form: 'work-sample',
    plan: 'A short analysis of their onboarding funnel.',
    dueOn,
  });
  await openFollowUps(page, host);

  // Due now: the thank-you alone.
  const dueNow = dueSection(page, 'due-now');
  await expect(dueNow.getByRole('heading', { level: 3 })).toHaveText(['Thank-you to Acme']);

  // Upcoming: the request after the thank-you's window (it closes the day after tomorrow), the sample by its due day.
  const upcoming = dueSection(page, 'upcoming');
  const requestRow = upcoming.getByTestId(`due-item-second-chance:${id}:${request.id}`);
  await expect(requestRow).toContainText(`After the thank-you, from ${words(localDay(2))}`);
  const sampleRow = upcoming.getByTestId(`due-item-chance-to-impress:${id}:${sample.id}`);
  await expect(sampleRow).toContainText(`Due ${words(dueOn)}; reminder from ${words(localDay(4))}`);
  expect(sample.body).toContain(String(Number(dueOn.slice(8))));

  // Once the thank-you has gone out, the request is due at once.
  const [thanks] = await api(host, 'followup:draftThankYous', { interviewId: id });
  await api(host, 'followup:markSent', { id: thanks.id, sentOn: localDay(0) });
  await page.reload();
  await expect(dueSection(page, 'due-now').getByTestId(`due-item-second-chance:${id}:${request.id}`)).toContainText(
    'Ready when you are',
  );
});
