// Small things a person met: a long key point is read whole in a field that grows with it, the sidebar's "Alt 3"
// hint stays inside the sidebar when Follow-ups has a badge, and a text over the length limit is offered what can
// succeed (shortening it) rather than a "Try again" that cannot. Screenshots in both themes and sizes go to SHOTS_DIR when
// set; axe in both themes.
import type { Locator } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { seedDueInterview } from './followups-helpers';
import { createInterview, expectSaved, openInterview, question, saveStatus } from './journal-helpers';
import { FUMBLED, api, seedFumbledInterview } from './practice-helpers';
import { shotPath } from './speech-helpers';
import { shootAll } from './shots';

const LONG_POINT =
  'I forgot to mention my Kafka migration at Contoso, which cut the nightly batch latency from 2 hours to 5 minutes, ' +
  'moved 2 million customers with zero downtime, and let the finance team close the month two days earlier than before.';

/** True when the field shows all its text: nothing scrolled away sideways or below. */
const showsAll = (field: Locator) =>
  field.evaluate((el: HTMLElement) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1);

test('a long key point is read whole: its field grows with the text, and Enter starts the next point', async ({ page, host }) => {
  test.setTimeout(150_000);
  const { interviewId } = await seedFumbledInterview(host);
  await page.setViewportSize({ width: 800, height: 600 });
  await openInterview(page, host, interviewId, 'Acme');
  const asked = question(page, FUMBLED.text);
  const first = asked.getByRole('textbox', { name: 'Key point 1', exact: true });
  await expect(first).toHaveValue(FUMBLED.keyPoints[0]);
  const oneLine = await first.evaluate((el: HTMLElement) => el.clientHeight);

  await first.fill(LONG_POINT);
  await expect.poll(() => showsAll(first)).toBe(true);
  // Taller than one line: the text wrapped inside the field instead of running past its edge.
  expect(await first.evaluate((el: HTMLElement) => el.clientHeight)).toBeGreaterThan(oneLine * 1.5);
  await expectSaved(page);

  // Enter in the last point starts a new one; it never puts a line break into a point.
  const last = asked.getByRole('textbox', { name: 'Key point 3', exact: true });
  await last.press('End');
  await last.press('Enter');
  await expect(asked.getByRole('textbox', { name: 'Key point 4', exact: true })).toBeFocused();
  await expect(last).toHaveValue(FUMBLED.keyPoints[2]);
  await shootAll(page, 'key-point-long', first);
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
});

test('the "Alt 3" hint stays inside the sidebar when Follow-ups shows a count', async ({ page, host }) => {
  await seedDueInterview(host);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${host.url}#/journal`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const followUps = nav.getByRole('link', { name: 'Follow-ups' });
  const badge = followUps.locator('.nav-badge');
  await expect(badge).toHaveText(/\d/);
  await followUps.hover();
  const hint = followUps.getByText('Alt 3');
  await expect(hint).toBeVisible();
  await expect.poll(() => hint.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  const journalHint = nav.getByRole('link', { name: 'Journal' }).getByText('Alt 1');
  const [hintBox, otherBox, linkBox, navBox] = await Promise.all([
    hint.boundingBox(),
    journalHint.boundingBox(),
    followUps.boundingBox(),
    nav.boundingBox(),
  ]);
  // The hint ends where every other hint ends (inside its link's padding), and the link inside the sidebar.
  expect(Math.abs(hintBox!.x + hintBox!.width - (otherBox!.x + otherBox!.width))).toBeLessThanOrEqual(1);
  expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(navBox!.x + navBox!.width);
  // The label is not cut either.
  expect(await followUps.locator('.nav-label').evaluate((el: HTMLElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await followUps.hover();
    await page.screenshot({ path: shotPath(`sidebar-hint-badge-${colorScheme}-1280x800`) });
  }
  // Below 860 px the hints are hidden; the count and the label still fit.
  await page.setViewportSize({ width: 800, height: 600 });
  await expect(hint).toBeHidden();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: shotPath(`sidebar-hint-badge-${colorScheme}-800x600`) });
  }
});

test('a note over 100,000 characters is not offered "Try again" (it cannot succeed) but told to shorten it, and then saves', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const interview = await createInterview(host);
  await openInterview(page, host, interview.id, 'Northwind');
  const notes = page.getByLabel('Notes', { exact: true });
  await notes.fill('a'.repeat(100_001));
  const alert = saveStatus(page).getByRole('alert');
  await expect(alert).toContainText(
    'Couldn’t save — This is over 100,000 characters; please shorten it. Your text is still here.',
  );
  await expect(alert).toContainText('It saves by itself once it is 100,000 characters or fewer.');
  await expect(saveStatus(page).getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await shootAll(page, 'save-over-limit', alert);
  expect(await seriousViolations(page)).toEqual([]);

  // One character fewer is within the limit: it saves by itself, no button needed.
  await notes.press('End');
  await notes.press('Backspace');
  await expectSaved(page);
  expect((await api(host, 'interview:get', { id: interview.id })).notes).toHaveLength(100_000);
});
