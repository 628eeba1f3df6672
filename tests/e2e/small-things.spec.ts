// The small things that made screens look unfinished: buttons on one line, charts that line up, list screens that use
// the window, and the same shortcut hint on every sidebar item.
import { expect, test } from './fixtures';
import { openInterviewFollowUps, seedDueInterview } from './followups-helpers';
import { openJournal } from './journal-helpers';
import { openPlan, practiseDue, seedPlanData } from './plan-helpers';

test('the area charts start at the same height, even beside a two-line label', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedPlanData(host);
  await practiseDue(host, 'hard');
  await openPlan(page, host);
  const areas = page.getByTestId('chart-areas').getByRole('listitem');
  await expect(areas.first().locator('canvas')).toBeVisible();
  const boxes = await areas.evaluateAll((items) =>
    items.map((li) => ({ top: li.getBoundingClientRect().top, chart: li.querySelector('canvas')!.getBoundingClientRect().top })),
  );
  const firstRow = boxes.filter((b) => Math.abs(b.top - boxes[0].top) < 1);
  expect(firstRow.length).toBeGreaterThan(1);
  for (const b of firstRow) expect(Math.abs(b.chart - firstRow[0].chart)).toBeLessThan(1);
});

test('list screens use the width of a 1280 px window, as the interview page does', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openJournal(page, host);
  const width = await page.locator('main').evaluate((main) => main.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(900);
});

test('every sidebar item shows its shortcut hint, a due count or not', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedDueInterview(host);
  await openJournal(page, host);
  await expect(page.getByTestId('followups-badge')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).hover();
  const hints = page.locator('.nav-kbd');
  await expect(hints).toHaveCount(6);
  for (const hint of await hints.all()) await expect(hint).toBeVisible();
});

test('"Add step" stays on one line at 800x600', async ({ page, host }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  const interviewId = await seedDueInterview(host);
  await openInterviewFollowUps(page, host, interviewId);
  await page.getByRole('link', { name: 'Offer a chance to impress' }).click();
  await page.getByRole('radio', { name: 'Analysis' }).check();
  await page.getByLabel('What you will produce').fill('A one-page analysis of the onboarding funnel.');
  await page.getByRole('button', { name: 'Draft the proposal' }).click();
  const add = page.getByRole('button', { name: 'Add step' });
  await expect(add).toBeVisible();
  const { height, lineHeight } = await add.evaluate((button) => ({
    height: button.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(button).lineHeight),
  }));
  expect(height).toBeLessThan(2 * lineHeight + 4);
  expect(await add.evaluate((button) => button.scrollWidth <= button.clientWidth)).toBe(true);
});
