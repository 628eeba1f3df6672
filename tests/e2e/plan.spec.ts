// The Plan screen end to end: charts with their tables, the weakest area, action items that survive a reload, the
// Markdown export and the PDF from the print view, and axe in both themes.
import fs from 'node:fs';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { pdfText } from './pdf-text';
import { axeOnPlanData, DISAGREE, ESTIMATE, openPlan, practiseDue, seedPlanData } from './plan-helpers';
import { shootAll } from './shots';

/** The sidebar's link names (each a line of its own when printed), none of which belongs on paper. */
const NAV_LABELS = ['Journal', 'Practice', 'Follow-ups', 'Plan', 'Settings'];

test('with journaled and practised interviews, the plan shows the charts, their tables and the weakest area', async ({
  page,
  host,
}) => {
  await seedPlanData(host);
  await practiseDue(host, 'hard');
  await openPlan(page, host);

  const areas = page.getByTestId('chart-areas');
  await expect(areas.getByTestId('insight-summary')).toContainText('Across 3 interviews, confidence is rated lowest');
  await expect(areas.locator('canvas')).toHaveCount(5);
  await areas.getByText('Show as a table').click();
  await expect(page.getByTestId('chart-areas-table').locator('tbody tr')).toHaveCount(3);
  // One date format on the screen: the table says "2 Mar 2026" as the rest of the plan does, never "2026-03-02".
  await expect(page.getByTestId('chart-areas-table')).toContainText('2 Mar 2026');
  await expect(page.getByTestId('insights')).not.toContainText(/\d{4}-\d{2}-\d{2}/);

  const categories = page.getByTestId('chart-categories');
  await expect(categories.locator('canvas')).toBeVisible();
  await categories.getByText('Show as a table').click();
  const rows = page.getByTestId('chart-categories-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator('th')).toHaveText('Behavioural');
  await expect(rows.first()).toContainText('2');

  await expect(page.getByTestId('chart-grades').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('chart-forecast').locator('canvas')).toBeVisible();
  await page.getByTestId('chart-forecast').getByText('Show as a table').click();
  await expect(page.getByTestId('chart-forecast-table').locator('tbody tr')).toHaveCount(14);
  await expect(page.getByTestId('streak-current')).toHaveText('1');

  const weakest = page.getByTestId('weak-areas').locator(':scope > li').first();
  await expect(weakest).toContainText('Confidence');
  await expect(weakest).toContainText('I froze when they asked about conflict.');
  await expect(page.getByTestId('fumbled-questions')).toContainText(DISAGREE.keyPoints[0]);
});

test('an interview-free plan says what will appear, and one interview says a trend needs a second', async ({ page, host }) => {
  await openPlan(page, host);
  await expect(page.getByRole('heading', { name: 'Your plan will take shape here' })).toBeVisible();
  await expect(page.locator('canvas')).toHaveCount(0);
  await seedPlanData(host, [
    { company: 'Acme', heldAt: '2026-03-02T10:00', ratings: { confidence: 2, answers: 3 }, fumbled: [] },
  ]);
  await openPlan(page, host);
  await expect(page.getByTestId('chart-areas').getByTestId('insight-summary')).toContainText(
    'A trend appears once you rate a second interview.',
  );
  await expect(page.getByTestId('chart-grades').getByTestId('insight-summary')).toContainText('No graded practice yet.');
});

test('an action item written, dated and set to doing survives a reload; a suggestion can be added and an item removed with undo', async ({
  page,
  host,
}) => {
  await seedPlanData(host);
  await openPlan(page, host);
  await page.getByLabel('New action item').fill('Rehearse the conflict story out loud');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const item = page.getByTestId('plan-item').first();
  await expect(item.getByRole('textbox', { name: 'Action item 1' })).toHaveValue('Rehearse the conflict story out loud');

  await item.getByRole('textbox', { name: 'Action item 1' }).fill('Rehearse the conflict story out loud, twice');
  await item.getByLabel('Target date').fill('2026-12-01');
  await item.getByRole('radio', { name: 'Doing' }).check();
  await expect(page.getByTestId('plan-save-status')).toHaveAttribute('data-state', 'saved');

  await page.getByRole('button', { name: /^Add to my plan: Practise “Tell me about a time/ }).click();
  await expect(page.getByTestId('plan-item')).toHaveCount(2);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Action item 1' })).toHaveValue('Rehearse the conflict story out loud, twice');
  const first = page.getByTestId('plan-item').first();
  await expect(first.getByLabel('Target date')).toHaveValue('2026-12-01');
  await expect(first.getByRole('radio', { name: 'Doing' })).toBeChecked();
  await expect(page.getByTestId('plan-item')).toHaveCount(2);

  await first.getByRole('button', { name: /^Remove: Rehearse/ }).click();
  await expect(page.getByTestId('plan-item')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('plan-item')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Action item 2' })).toHaveValue('Rehearse the conflict story out loud, twice');
});

test('the Markdown export holds the fumbled questions and their key points', async ({ page, host }) => {
  await seedPlanData(host);
  await openPlan(page, host);
  await page.getByRole('button', { name: 'Export plan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export your plan' });
  await dialog.getByRole('checkbox', { name: 'Notes' }).uncheck();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toContain(DISAGREE.text);
  for (const point of [...DISAGREE.keyPoints, ...ESTIMATE.keyPoints]) expect(text).toContain(point);
  expect(text).toContain('Weakest areas');
  expect(text).not.toContain('## Notes');
  await expect(dialog).toBeHidden();
});

test('the export dialog refuses an end date before the start, next to the field', async ({ page, host }) => {
  await seedPlanData(host, []);
  await openPlan(page, host);
  await page.getByRole('button', { name: 'Export plan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export your plan' });
  await dialog.getByLabel('From (optional)', { exact: true }).fill('2026-05-01');
  await dialog.getByLabel('To (optional)', { exact: true }).fill('2026-04-01');
  await dialog.getByRole('button', { name: 'Download Markdown' }).click();
  await expect(dialog.getByText('The end date must be on or after the start date.')).toBeVisible();
  await expect(dialog.getByLabel('To (optional)', { exact: true })).toHaveAttribute('aria-invalid', 'true');
});

test('the printed plan holds the plan and nothing else, starting with its title', async ({ page, host }, info) => {
  await seedPlanData(host);
  await openPlan(page, host);
  await page.getByRole('button', { name: 'Export plan…' }).click();
  await page.getByRole('radio', { name: /PDF/ }).check();
  await page.getByRole('button', { name: 'Open print view' }).click();
  await expect(page).toHaveURL(/#\/plan\/print\?/);
  await expect(page.getByRole('heading', { level: 1, name: 'Improvement plan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: DISAGREE.text })).toBeVisible();
  // The browser host cannot write PDFs itself, so the button opens the print dialog (recorded here, not shown).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-print-dialog', 'opened');
  });
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-print-dialog', 'opened');

  // The charts the plan screen draws go on paper as their tables.
  await expect(page.getByTestId('print-charts')).toBeVisible();
  const file = info.outputPath('plan.pdf');
  await page.pdf({ format: 'A4', path: file });
  expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');
  const pages = pdfText(file).split('\f');
  const text = pages.join('\n');
  for (const heading of ['Weakest areas', 'Action items', 'Questions to practise', 'Practice schedule', DISAGREE.text])
    expect(text).toContain(heading);
  for (const chart of [
    'Charts, as tables',
    'How each part went, interview by interview',
    'Questions fumbled, by kind',
    'Practice grades over time',
    'Due over the next 14 days',
    'Practice days in a row',
    'Across 3 interviews, confidence is rated lowest',
    'Behavioural',
  ])
    expect(text).toContain(chart);
  const lines = text.split('\n').map((line) => line.trim());
  expect(lines.filter((line) => NAV_LABELS.includes(line))).toEqual([]);
  for (const label of ['Debrief', 'Alt 1', 'Offline and private', 'Back to the plan', 'Save as PDF', 'print dialog'])
    expect(text).not.toContain(label);
  expect(pages[0].trimStart().startsWith('Improvement plan')).toBe(true);

  // The print view's chart tables on screen, both themes and sizes.
  await shootAll(page, 'plan-print-charts', page.getByTestId('print-chart-categories'), { keepScheme: true });
});

axeOnPlanData('the plan screen and its print view', async (page, host) => {
  await practiseDue(host, 'good');
  await openPlan(page, host);
  await expect(page.getByTestId('chart-categories').locator('canvas')).toBeVisible();
  await page.getByTestId('chart-categories').getByText('Show as a table').click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Export plan…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export your plan' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`${host.url}#/plan/print`);
  await expect(page.getByRole('heading', { level: 3, name: DISAGREE.text })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
