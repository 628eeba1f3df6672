// The story bank's screens, for looking at and for axe: the empty bank, the list, the editor, the trash, the job
// description with its coverage, and what practice shows of the stories, in light and dark at 1280x800 and 800x600.
// Also a bank longer than a page (its "Show more"). Saved under SHOTS_DIR when set, else in the test's output folder.
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { startReplay } from './coach-helpers';
import { expect, test } from './fixtures';
import { api, openInterview } from './journal-helpers';
import { answerBox } from './practice-helpers';
import { shotPath } from './speech-helpers';
import { ASKED, RESULT, openStories, seedAcme } from './stories-helpers';

const SIZES = [
  [1280, 800],
  [800, 600],
] as const;

/**
 * Screenshots of what is on screen now (the whole page, or just `target` on a long page), both themes and both sizes;
 * axe finds nothing serious in either theme.
 */
async function shootAll(page: Page, name: string, target?: Locator): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: no colour transition (the practice timer fades its background over 400 ms) is caught half-way by
    // axe, which then reads light text on a background still light.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    expect(await seriousViolations(page), `${name} (${colorScheme})`).toEqual([]);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      const path = shotPath(`stories-${name}-${colorScheme}-${width}x${height}`);
      if (target) await target.screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Acme's interview with a full story linked to three of its questions, a draft, and one in the trash. */
async function seedBank(page: Page, host: Parameters<typeof seedAcme>[0]) {
  const seeded = await seedAcme(host);
  const story = await api(host, 'story:create', {
    origin: { kind: 'interview-question', interviewQuestionId: seeded.askedIds[0] },
    fields: {
      title: 'The pricing disagreement',
      situation: 'At Acme a pricing change was going to hurt our small customers.',
      task: 'I had to change my manager’s mind before the launch.',
      action: 'I pulled the churn data for small accounts and proposed a small experiment in one region.',
      result: RESULT,
      tags: ['influence', 'data', 'conflict'],
    },
  });
  for (const questionId of seeded.questionIds.slice(1, 3)) await api(host, 'story:link', { storyId: story.id, questionId });
  await api(host, 'story:create', {
    fields: { title: 'The migration weekend', action: 'We moved 40 services over one weekend.' },
  });
  const gone = await api(host, 'story:create', { fields: { title: 'An old story' } });
  await api(host, 'story:trash', { id: gone.id });
  void page;
  return { ...seeded, storyId: story.id };
}

test('the empty story bank, the list, the editor and the trash look finished and pass axe', async ({ page, host }) => {
  // Twenty screenshots and ten axe scans on a busy machine.
  test.setTimeout(240_000);
  await openStories(page, host);
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await shootAll(page, 'empty');

  const { storyId } = await seedBank(page, host);
  await openStories(page, host);
  await expect(page.getByRole('list', { name: 'Your stories' }).getByRole('link')).toHaveCount(2);
  await shootAll(page, 'list');
  await page.getByLabel('Search stories').fill('churn');
  await expect(page.getByTestId('story-count')).toHaveText('1 story found');
  await shootAll(page, 'search');

  await page.goto(`${host.url}#/stories/${storyId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'The pricing disagreement' })).toBeVisible();
  await page.getByRole('button', { name: 'Link a question' }).click();
  await expect(page.getByRole('list', { name: 'Questions to link' })).toBeVisible();
  await shootAll(page, 'editor');

  await page.goto(`${host.url}#/stories/trash`);
  await expect(page.getByRole('button', { name: 'Restore “An old story”' })).toBeVisible();
  await shootAll(page, 'trash');
});

test('the job description with its terms and coverage, and the practice screens with stories, look finished and pass axe', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  const { interviewId } = await seedBank(page, host);
  await api(host, 'job:save', {
    interviewId,
    baseRevision: 1,
    text:
      'Product Manager\n\nYou will own pricing and packaging for our small-business plans.\n' +
      '• Run pricing experiments and read churn data\n• Work with finance on revenue forecasts in Power BI\n' +
      'Requirements: 3+ years in B2B SaaS product management, SQL.',
  });
  await openInterview(page, host, interviewId, 'Acme');
  const section = page.getByTestId('job-description');
  await expect(section.getByRole('table', { name: 'Which stories cover them' })).toBeVisible();
  await shootAll(page, 'job', section);

  await page.goto(`${host.url}#/practice`);
  await expect(page.getByTestId('story-practice-note')).toBeVisible();
  await shootAll(page, 'practice-start');

  await startReplay(page, host, interviewId);
  await expect(page.getByRole('heading', { level: 1, name: ASKED[0] })).toBeVisible();
  await page.getByTestId('story-hints').getByText('Your story: The pricing disagreement').click();
  await shootAll(page, 'practice-hints');

  await answerBox(page).fill(`I brought the churn data to my manager, and ${RESULT.toLowerCase()}`);
  await page.getByRole('button', { name: "I'm done" }).click();
  await expect(page.getByTestId('story-answer-check')).toBeVisible();
  await shootAll(page, 'practice-check', page.getByTestId('feedback'));
});

test('a bank longer than a page, with "Showing 50 of 52" and "Show more", looks finished and passes axe', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await seedBank(page, host);
  for (let n = 1; n <= 50; n++) await api(host, 'story:create', { fields: { title: `Story number ${n}` } });
  await openStories(page, host);
  await expect(page.getByTestId('show-more')).toContainText('Showing 50 of 52');
  await shootAll(page, 'list-more');
});
