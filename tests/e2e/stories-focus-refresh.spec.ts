// The story bank's keyboard and freshness details: the trash says when each story was moved there, Restore and Undo
// leave focus somewhere sensible (not on the page's <body>), the list of a long bank offers "Show more", and practice
// shows a story linked in another window once its own window is visible again.
import type { Page } from '@playwright/test';
import { startReplay } from './coach-helpers';
import { expect, test } from './fixtures';
import { api } from './journal-helpers';
import { answerBox } from './practice-helpers';
import { ASKED, RESULT, openStories, seedAcme } from './stories-helpers';
import { showAgain } from './visibility';

/** What has keyboard focus: its accessible label, else its text, with its tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.tagName}: ${el?.getAttribute('aria-label') ?? el?.textContent?.trim()}`;
  });

test('the stories trash says when each was moved there, and Restore from the keyboard moves focus to the next row', async ({
  page,
  host,
}) => {
  // Trashed Third first and First last: the trash lists the most recently trashed first.
  for (const title of ['Third', 'Second', 'First']) {
    const story = await api(host, 'story:create', { fields: { title } });
    await api(host, 'story:trash', { id: story.id });
  }
  await page.goto(`${host.url}#/stories/trash`);
  const rows = page.getByRole('list', { name: 'Stories in the trash' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(/moved to the trash (today|yesterday) at \d{1,2}:\d{2}/);
  await expect(rows.first()).not.toContainText('changed');

  await page.getByRole('button', { name: 'Restore “Second”' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('“Second” is back in your stories.')).toBeVisible();
  await expect(rows).toHaveCount(2);
  // The row that took its place: the next story's Restore.
  await expect.poll(() => focused(page)).toBe('BUTTON: Restore “Third”');

  await page.keyboard.press('Enter');
  await expect(page.getByText('“Third” is back in your stories.')).toBeVisible();
  // It was the last row: the one before it.
  await expect.poll(() => focused(page)).toBe('BUTTON: Restore “First”');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();
  await expect.poll(() => focused(page)).toBe('H1: Stories in the trash');
  expect((await api(host, 'story:list')).total).toBe(3);
});

test('Undo after moving a story to the trash puts focus on the story back in the list; Dismiss on the heading', async ({
  page,
  host,
}) => {
  const kept = await api(host, 'story:create', { fields: { title: 'The pricing disagreement', result: RESULT } });
  for (const title of ['Short-lived', 'Dismissed']) {
    const story = await api(host, 'story:create', { fields: { title } });
    await page.goto(`${host.url}#/stories/${story.id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await expect(page.getByTestId('story-undo')).toContainText(`“${title}” moved to the trash.`);
    const button = title === 'Short-lived' ? 'Undo' : 'Dismiss';
    await page.getByTestId('story-undo').getByRole('button', { name: button }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('story-undo')).toHaveCount(0);
    if (title === 'Short-lived') {
      const link = page.getByRole('list', { name: 'Your stories' }).getByRole('link', { name: 'Short-lived' });
      await expect(link).toBeVisible();
      await expect(link).toBeFocused();
    } else {
      await expect.poll(() => focused(page)).toBe('H1: Stories');
    }
  }
  expect((await api(host, 'story:list')).items.map((s) => s.title).sort()).toEqual(['Short-lived', kept.title].sort());
});

test('a bank longer than a page shows "Showing 50 of 53" and "Show more" brings the rest', async ({ page, host }) => {
  for (let n = 1; n <= 53; n++) await api(host, 'story:create', { fields: { title: `Story number ${n}` } });
  await openStories(page, host);
  const list = page.getByRole('list', { name: 'Your stories' });
  await expect(page.getByTestId('story-count')).toHaveText('53 stories');
  await expect(list.getByRole('link')).toHaveCount(50);
  const more = page.getByTestId('show-more');
  await expect(more).toContainText('Showing 50 of 53');
  await expect(list.getByRole('link', { name: 'Story number 1', exact: true })).toHaveCount(0);
  // Another window trashes the newest story, shown first here: the next page must not start one story late, which
  // would never show "Story number 3". It also writes a new story, which comes in at the top.
  const newest = (await api(host, 'story:list')).items.find((s) => s.title === 'Story number 53')!;
  await api(host, 'story:trash', { id: newest.id });
  await api(host, 'story:create', { fields: { title: 'Story number 54' } });
  // From the keyboard: the last page takes "Show more" away, and focus goes to the first story it brought (after the
  // ones shown, not the new one at the top).
  await more.getByRole('button', { name: 'Show more' }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('link')).toHaveCount(53);
  await expect(list.getByRole('link', { name: 'Story number 54', exact: true })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Story number 1', exact: true })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Story number 53', exact: true })).toHaveCount(0);
  await expect(more).toHaveCount(0);
  await expect(list.getByRole('link', { name: 'Story number 3', exact: true })).toBeFocused();

  // Undo of a story past the first page: the list fetches up to it, and focus lands on it.
  await list.getByRole('link', { name: 'Story number 2', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Story number 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(list.getByRole('link')).toHaveCount(50);
  await page.getByTestId('story-undo').getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('link', { name: 'Story number 2', exact: true })).toBeFocused();
});

test('practice shows a story linked in another window once its window is visible again', async ({ page, host }) => {
  const { interviewId, questionIds } = await seedAcme(host);

  // The start screen counts the questions with no story; one is written and linked elsewhere meanwhile.
  await page.goto(`${host.url}#/practice`);
  const without = page.getByTestId('story-practice-note').getByTestId('without-story');
  await expect(without).toContainText('4 of the questions you are practising have no story yet.');
  const story = await api(host, 'story:create', { fields: { title: 'The pricing disagreement', result: RESULT } });
  await api(host, 'story:link', { storyId: story.id, questionId: questionIds[1] });
  await showAgain(page);
  await expect(without).toContainText('3 of the questions you are practising have no story yet.');

  // In a session, before answering the first question (no story yet): the story is linked to it in another window.
  await startReplay(page, host, interviewId, 2);
  await expect(page.getByRole('heading', { level: 1, name: ASKED[0] })).toBeVisible();
  await expect(answerBox(page)).toBeVisible();
  await expect(page.getByTestId('story-hints')).toHaveCount(0);
  await api(host, 'story:link', { storyId: story.id, questionId: questionIds[0] });
  await showAgain(page);
  const hints = page.getByTestId('story-hints');
  await expect(hints).toContainText('Your story: The pricing disagreement');
  await hints.getByText('Your story: The pricing disagreement').click();
  await expect(hints).toContainText(RESULT);
});

test('a Restore that fails (the trash was emptied in another window) says why and keeps focus on the button', async ({
  page,
  host,
}) => {
  const story = await api(host, 'story:create', { fields: { title: 'Gone elsewhere' } });
  await api(host, 'story:trash', { id: story.id });
  await page.goto(`${host.url}#/stories/trash`);
  const restore = page.getByRole('button', { name: 'Restore “Gone elsewhere”' });
  await expect(restore).toBeVisible();
  await api(host, 'story:emptyTrash', { confirm: true });
  await restore.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('There is no story with id', { exact: false })).toBeVisible();
  await expect(restore).toBeFocused();
});

test('an Undo that fails (the trash was emptied in another window) says why and keeps focus on Undo', async ({ page, host }) => {
  const story = await api(host, 'story:create', { fields: { title: 'Emptied elsewhere' } });
  await page.goto(`${host.url}#/stories/${story.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Emptied elsewhere' })).toBeVisible();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  const note = page.getByTestId('story-undo');
  await expect(note).toContainText('“Emptied elsewhere” moved to the trash.');
  await api(host, 'story:emptyTrash', { confirm: true });
  const undo = note.getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(note).toContainText('There is no story with id');
  await expect(undo).toBeFocused();
});
