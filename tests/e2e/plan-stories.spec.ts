// Stories in the plan and in the drafts, end to end: the plan screen, its Markdown and its PDF list the story bank and
// the terms no story covers yet; a second-chance request cites a story for a missed point, and the person leaves it out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { seriousViolations } from './axe';
import { expect, test, type BrowserHost } from './fixtures';
import { api, askFumbled } from './journal-helpers';
import { pdfText } from './pdf-text';
import { openPlan } from './plan-helpers';
import { shotPath } from './speech-helpers';

const JOB = [
  'Financial Controller',
  '',
  'Responsibilities:',
  '• Lead the month-end close and year-end audit',
  '• Prepare IFRS 16 lease accounting',
  '• Build dashboards in Power BI',
  'Requirements:',
  '• ACCA or CIMA qualified',
  '• Strong Excel and SQL skills',
].join('\n');
const POINT = 'I rebuilt the month-end close at Acme';
const RESULT = 'We closed the books in 3 days instead of 8, six months running.';

/** An interview with a fumbled question and a job description, a full story linked to the question, and a draft story. */
async function seedStories(host: BrowserHost) {
  const interview = await api(host, 'interview:create', {
    company: 'Northwind',
    role: 'Financial Controller',
    heldAt: '2026-03-06T10:00',
    interviewers: [{ name: 'Ann Lee', role: 'CFO', email: 'ann@northwind.example' }],
  });
  const asked = await askFumbled(host, interview.id, 'Tell me about a close you ran under pressure.', [POINT]);
  const story = await api(host, 'story:create', {
    fields: {
      title: 'The close I rebuilt',
      situation: 'At Acme, the month-end close took 8 days.',
      task: 'Cut it to 3 days without errors.',
      action: 'I rebuilt the close checklist in Excel and moved the reconciliations forward.',
      result: RESULT,
      tags: ['pressure', 'data'],
    },
  });
  await api(host, 'story:link', { storyId: story.id, questionId: asked.questionId });
  await api(host, 'story:create', { fields: { title: 'Audit with no findings', action: 'I prepared the year-end audit file.' } });
  await api(host, 'job:save', { interviewId: interview.id, baseRevision: 1, text: JOB });
  return { interview, story };
}

test('the plan lists the stories and the terms no story covers, on screen, in the Markdown and in the PDF', async ({
  page,
  host,
}, info) => {
  const { story } = await seedStories(host);
  await openPlan(page, host);

  const stories = page.getByTestId('section-stories');
  await expect(stories.getByRole('heading', { level: 2, name: 'Your stories' })).toBeVisible();
  await expect(stories.getByRole('heading', { level: 3, name: 'The close I rebuilt' })).toBeVisible();
  await expect(stories.getByText('Answers: “Tell me about a close you ran under pressure.”')).toBeVisible();
  await expect(stories.getByText('Shows: pressure, data')).toBeVisible();
  // The title opens the story in the Stories screen.
  await expect(stories.getByRole('link', { name: 'The close I rebuilt' })).toHaveAttribute('href', `#/stories/${story.id}`);
  await expect(stories.getByRole('heading', { level: 3, name: 'Audit with no findings Draft' })).toBeVisible();
  await expect(stories.getByText('Still missing: the situation, the task and the result')).toBeVisible();
  const terms = page.getByTestId('section-uncovered-terms');
  await expect(terms.getByRole('link', { name: 'Northwind, Financial Controller' })).toBeVisible();
  const gaps = terms.getByRole('list', { name: 'Key terms no story covers for Northwind' });
  await expect(gaps.getByText('IFRS 16', { exact: true })).toBeVisible();
  await expect(gaps.getByText('Power BI', { exact: true })).toBeVisible();
  // Excel is in the close story, so it is covered.
  await expect(gaps.getByText('Excel', { exact: true })).toHaveCount(0);

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [width, height] of [
      [1280, 800],
      [800, 600],
    ] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height });
      await stories.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shotPath(`plan-stories-${colorScheme}-${width}x${height}`) });
    }
    expect(await seriousViolations(page)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // The Markdown export.
  await page.getByRole('button', { name: 'Export plan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export your plan' });
  await expect(dialog.getByRole('checkbox', { name: 'Your stories' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Key terms no story covers yet' })).toBeChecked();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download Markdown' }).click();
  const markdown = fs.readFileSync(await (await downloading).path(), 'utf8');
  expect(markdown).toContain('## Your stories\n\n### Audit with no findings (draft)\n');
  expect(markdown).toContain(
    '### The close I rebuilt\n\n- Shows: pressure, data\n- Answers: “Tell me about a close you ran under pressure.”',
  );
  expect(markdown).toContain('## Key terms no story covers yet\n\n### Northwind, Financial Controller (2026-03-06)\n');
  expect(markdown).toMatch(/\n- IFRS 16\n/);

  // The print view, as the PDF the desktop app writes from it.
  await page.goto(`${host.url}#/plan/print`);
  await expect(page.getByTestId('print-stories').getByRole('heading', { level: 3, name: 'The close I rebuilt' })).toBeVisible();
  const file = info.outputPath('plan.pdf');
  await page.pdf({ format: 'A4', path: file });
  const text = pdfText(file).replace(/\s+/g, ' ');
  for (const words of [
    'Your stories',
    'The close I rebuilt',
    'Shows: pressure, data',
    'Answers: “Tell me about a close you ran under pressure.”',
    'Audit with no findings (draft: still missing the situation, the task and the result)',
    'Key terms no story covers yet',
    'Northwind, Financial Controller',
    'IFRS 16',
    'Power BI',
  ])
    expect(text).toContain(words);
  // The pages as pictures, to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', file, info.outputPath('plan-page')]);
});

test('a second-chance request cites the story for a missed point, and the person leaves it out', async ({ page, host }) => {
  const { interview } = await seedStories(host);
  const request = await api(host, 'followup:draftSecondChance', { interviewId: interview.id });
  await page.goto(`${host.url}#/follow-ups/interview/${interview.id}?open=${request.id}`);
  const composer = page.getByTestId('composer');
  const message = composer.getByLabel('Message');
  await expect(message).toHaveValue(
    new RegExp(
      `I should have mentioned that ${POINT}\\. At Acme, I rebuilt the close checklist in Excel and moved the reconciliations forward and we closed`,
    ),
  );
  await expect(message).toHaveValue(/3 days instead of 8, six months running\./);
  const cited = composer.getByTestId('story-citations');
  const citation = cited.getByRole('listitem');
  // The points note lists the point and no longer says nothing is listed.
  await expect(composer.getByTestId('missed-points')).not.toContainText('Nothing is listed yet');
  await expect(citation).toContainText(`For “${POINT}”: The close I rebuilt (in the message)`);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await cited.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath(`followup-story-citations-${colorScheme}-1280x800`) });
    expect(await seriousViolations(page)).toEqual([]);
  }

  await cited.getByRole('button', { name: 'Leave this story out' }).click();
  await expect(citation).toContainText(`For “${POINT}”: The close I rebuilt (left out)`);
  await expect(message).not.toHaveValue(/3 days instead of 8/);
  await expect(message).toHaveValue(new RegExp(`I should have mentioned that ${POINT}\\.`));

  await cited.getByRole('button', { name: /Put it back/ }).click();
  await expect(message).toHaveValue(/3 days instead of 8, six months running\./);
  await expect(citation).toContainText(`For “${POINT}”: The close I rebuilt (in the message)`);
});
