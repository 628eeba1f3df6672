// Follow-ups use what the person says they forgot: the sentence written in the notes and under Quality of answers
// becomes a suggestion in the journal, the person accepts it, and the thank-you says it as a sentence. At 800x600 the
// new draft, which opens below the fold, is scrolled to and focused.
import { expect, test } from './fixtures';
import { SEEDED, messageBox, openInterviewFollowUps, seedDueInterview } from './followups-helpers';
import { api, area, expectSaved, openInterview } from './journal-helpers';

const FORGOT = 'Forgot to mention my IFRS 16 lease accounting experience';
const POINT = 'my IFRS 16 lease accounting experience';

test('a point written as forgotten is suggested, accepted, and the thank-you says it as a sentence', async ({ page, host }) => {
  const id = await seedDueInterview(host);
  await openInterview(page, host, id, SEEDED.company);

  // The person writes it in the notes and under Quality of answers -> What went badly.
  await page.getByLabel('Notes', { exact: true }).fill(`Long panel. ${FORGOT}.`);
  await area(page, 'Quality of answers').getByLabel('What went badly').fill(`Rambled at the start. ${FORGOT}.`);
  await expectSaved(page);

  // One suggestion, naming both places it was written.
  const section = page.getByRole('region', { name: 'Points you did not get across' });
  const suggestion = section.getByRole('listitem').filter({ hasText: FORGOT });
  await expect(suggestion).toHaveCount(1);
  await expect(suggestion).toContainText('Notes');
  await expect(suggestion).toContainText('Quality of answers: what went badly');
  await suggestion.getByRole('button', { name: `Add “${POINT}”` }).click();

  // It joins the list and is not suggested again, after a reload too.
  const points = section.getByRole('list', { name: 'Your points' });
  await expect(points.getByRole('textbox', { name: 'Point 1' })).toHaveValue(POINT);
  await expect(section.getByRole('listitem').filter({ hasText: FORGOT })).toHaveCount(0);
  await page.reload();
  await expect(points.getByRole('textbox', { name: 'Point 1' })).toHaveValue(POINT);
  await expect(section.getByRole('button', { name: `Add “${POINT}”` })).toHaveCount(0);

  // The thank-you offers it first, and says it as a whole sentence, then the fumbled question's key point.
  await openInterviewFollowUps(page, host, id, '?new=thank-you');
  await expect(page.getByTestId('missed-points')).toContainText(POINT);
  await page.getByRole('button', { name: 'Write the thank-you' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Thank-you to ${SEEDED.interviewer.name}` })).toBeVisible();
  const body = await messageBox(page).inputValue();
  expect(body).toContain(`I should have mentioned ${POINT}.`);
  expect(body).toContain(`I also meant to mention that ${SEEDED.missedPoint}.`);
  expect(body.indexOf(POINT)).toBeLessThan(body.indexOf(SEEDED.missedPoint));
  // Not pasted as a fragment after a colon.
  expect(body).not.toMatch(new RegExp(`:\\s*${POINT}`));
});

test('a suggestion the person dismisses stays dismissed', async ({ page, host }) => {
  const id = await seedDueInterview(host);
  await api(host, 'interview:update', { id, patch: { notes: `${FORGOT}. Never brought up the audit I led.` } });
  await openInterview(page, host, id, SEEDED.company);
  const section = page.getByRole('region', { name: 'Points you did not get across' });
  await section.getByRole('button', { name: 'Dismiss “the audit I led”' }).click();
  await expect(section.getByRole('button', { name: 'Dismiss “the audit I led”' })).toHaveCount(0);
  await expect(section.getByRole('button', { name: `Add “${POINT}”` })).toBeVisible();
  await page.reload();
  await expect(section.getByRole('button', { name: `Add “${POINT}”` })).toBeVisible();
  await expect(section.getByText('Never brought up the audit I led.')).toHaveCount(0);
});

test.describe('at 800x600', () => {
  test.use({ viewport: { width: 800, height: 600 } });

  test('a new thank-you draft, which opens below the fold, is scrolled into view and focused', async ({ page, host }) => {
    const id = await seedDueInterview(host);
    await openInterviewFollowUps(page, host, id, '?new=thank-you');
    await page.getByRole('button', { name: 'Write the thank-you' }).click();
    const heading = page.getByRole('heading', { level: 2, name: `Thank-you to ${SEEDED.interviewer.name}` });
    await expect(heading).toBeInViewport();
    await expect(heading).toBeFocused();
    await expect(messageBox(page)).toBeInViewport({ ratio: 0.3 });
  });
});
