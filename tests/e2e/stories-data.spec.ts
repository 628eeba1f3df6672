// The story bank is the person's data like the rest: exported with everything, gone after "Delete all data", and back
// after the import, with its links to questions and the interview's job description and its coverage.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserHost } from './fixtures';
import { api } from './journal-helpers';
import { RESULT, openStories, seedAcme } from './stories-helpers';

const JOB = 'Product Manager\n\nRequirements:\n• Pricing experiments and churn analysis\n• Revenue forecasts in Power BI\n';

async function openSettings(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(`${host.url}#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByTestId('own-data')).toBeVisible();
}

/** What the person would check: the story's title and result, the questions it answers, the job's terms. */
async function bank(host: BrowserHost, interviewId: number) {
  const list = await api(host, 'story:list', {});
  const stories = await Promise.all(list.items.map((s: { id: number }) => api(host, 'story:get', { id: s.id })));
  const job = await api(host, 'job:get', { interviewId });
  return {
    stories: stories.map((s) => ({
      title: s.title,
      result: s.result,
      links: s.links.map((l: { questionText: string }) => l.questionText),
    })),
    jobText: job.text,
    terms: job.terms.map((t: { term: string }) => t.term),
  };
}

test('stories, their links and the job description survive export, delete all and import', async ({ page, host }) => {
  const seeded = await seedAcme(host);
  const story = await api(host, 'story:create', {
    origin: { kind: 'interview-question', interviewQuestionId: seeded.askedIds[0] },
    fields: { title: 'The pricing disagreement', result: RESULT, tags: ['influence'] },
  });
  await api(host, 'story:link', { storyId: story.id, questionId: seeded.questionIds[2] });
  const job = await api(host, 'job:get', { interviewId: seeded.interviewId });
  await api(host, 'job:save', { interviewId: seeded.interviewId, baseRevision: job.revision, text: JOB });
  const before = await bank(host, seeded.interviewId);
  expect(before.stories).toHaveLength(1);
  expect(before.stories[0].links).toHaveLength(2);
  expect(before.terms).toContain('Power BI');

  await openSettings(page, host);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all data (JSON)' }).click();
  const file = await (await downloading).path();
  expect(fs.readFileSync(file, 'utf8')).toContain('Churn among small customers fell from 9% to 6%');

  await page.getByRole('button', { name: 'Delete all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
  await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByTestId('deleted-all')).toContainText('The backup made first is');
  await openStories(page, host);
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();

  await openSettings(page, host);
  await page.getByLabel('Choose an export file (.json)').setInputFiles(file);
  await expect(page.getByTestId('import-preview')).toContainText('to add');
  await page.getByRole('button', { name: /^Import \d+ records$/ }).click();
  await expect(page.getByTestId('import-done')).toContainText('Imported');

  // The import gives rows new ids where it must; compare what the person sees, not ids.
  const interviews = await api(host, 'interview:list', {});
  const acme = interviews.items.find((i: { company: string }) => i.company === 'Acme');
  expect(acme, 'the interview at Acme is back').toBeDefined();
  expect(await bank(host, acme!.id)).toEqual(before);
  await openStories(page, host);
  await page.getByRole('link', { name: 'The pricing disagreement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The pricing disagreement' })).toBeVisible();
  await expect(page.getByText('Describe a decision you made with data.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Result/ })).toHaveValue(RESULT);
});
