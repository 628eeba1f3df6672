// Search finds what was written (not the area names), punctuation is no search, technical terms are found as typed;
// the question picker's bank search forgives, is reached by a shortcut, and is walked with the arrow keys.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, createInterview, openInterview, openJournal } from './journal-helpers';

const rows = (page: Page) => page.getByRole('list', { name: 'Interviews, newest first' }).getByRole('link');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search everything you wrote' });
const count = (page: Page) => page.getByTestId('journal-count');

test('search finds what the person wrote, marks it, and punctuation alone is no search', async ({ page, host }) => {
  const wrote = await createInterview(host, { company: 'Initech', heldAt: '2026-03-01', notes: 'They asked about C++ and C#.' });
  await api(host, 'reflection:save', {
    interviewId: wrote.id,
    area: 'confidence',
    wentBadly: 'My confidence dropped after the first question',
  });
  await createInterview(host, { company: 'Globex', heldAt: '2026-03-02', notes: 'A calm chat about Cobol.' });
  await createInterview(host, { company: 'Hooli', heldAt: '2026-03-03' });
  await openJournal(page, host);
  await expect(count(page)).toHaveText('3 interviews');

  // An area name finds only the interview where the person wrote the word, and the snippet is their sentence.
  await searchBox(page).fill('Confidence');
  await expect(count(page)).toHaveText('1 found');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Initech');
  await expect(rows(page).first().locator('mark')).toHaveText(['confidence']);
  await expect(rows(page).first()).toContainText('My confidence dropped after the first question');
  await expect(rows(page).first()).not.toContainText('Punctuality');
  await searchBox(page).fill('Punctuality');
  await expect(page.getByRole('heading', { level: 2, name: 'Nothing matches' })).toBeVisible();

  // C++ is C++, not every word starting with C, and it is marked whole.
  await searchBox(page).fill('C++');
  await expect(count(page)).toHaveText('1 found');
  await expect(rows(page).first().locator('mark')).toHaveText(['C++']);

  // Quotes, stars, percent signs and brackets alone: the whole journal, as it is, with no "found".
  for (const query of ['"', '*', '%', '(']) {
    await searchBox(page).fill(query);
    await searchBox(page).press('Enter');
    await expect(count(page), query).toHaveText('3 interviews');
    await expect(rows(page)).toHaveCount(3);
    await expect(rows(page).locator('mark')).toHaveCount(0);
  }
});

test('"Add a question" has a shortcut; the bank search forgives and the arrows walk its results', async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await openInterview(page, host, id, 'Acme');

  // The shortcut is shown on the button and works from inside a text field.
  const add = page.getByRole('button', { name: 'Add a question' });
  await expect(add).toHaveAttribute('aria-keyshortcuts', 'Alt+Q');
  await expect(add).toContainText('Alt Q');
  await page.locator('#f-notes').focus();
  await page.keyboard.press('Alt+KeyQ');
  const search = page.getByLabel('Search the question bank');
  await expect(search).toBeFocused();

  // Any of the words, word starts, best match first.
  await search.fill('confl colleag');
  const results = page.getByRole('list', { name: 'Questions in the bank' }).getByRole('button');
  await expect(results.first()).toContainText('Tell me about a conflict with a colleague and how you resolved it.');
  await expect(page.getByText('↓ to the results, Enter adds, Esc closes.')).toBeVisible();

  // Down from the search goes into the results, up from the first result comes back.
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();
  // The results are one Tab stop, not one per question.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(results.nth(1)).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(results.first()).toBeFocused();

  await page.keyboard.press('Enter');
  const asked = page.getByRole('article', { name: 'Tell me about a conflict with a colleague and how you resolved it.' });
  await expect(asked.getByLabel('Your answer, as you gave it')).toBeFocused();
  expect((await api(host, 'interview:get', { id })).questions.map((q) => q.text)).toEqual([
    'Tell me about a conflict with a colleague and how you resolved it.',
  ]);
});

test('what was typed in the bank search carries into "type the question"', async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await openInterview(page, host, id, 'Acme');
  await page.getByRole('button', { name: 'Add a question' }).click();
  const search = page.getByLabel('Search the question bank');
  const typed = page.getByLabel('Or type the question as they asked it');
  await search.fill('zeppelin');
  await expect(page.getByText('No question in the bank matches. Type it below instead.')).toBeVisible();
  await expect(typed).toHaveValue('zeppelin');
  // The whole question typed as a search finds questions sharing its words, and waits below to be added as it is.
  await search.fill('How would you value a zeppelin fleet?');
  await expect(page.getByRole('list', { name: 'Questions in the bank' }).getByRole('button').first()).toBeVisible();
  await expect(typed).toHaveValue('How would you value a zeppelin fleet?');

  // Once the person edits it, it is theirs: a new search does not overwrite it.
  await typed.fill('How would you value a fleet of zeppelins?');
  await search.fill('fleet');
  await expect(typed).toHaveValue('How would you value a fleet of zeppelins?');
  await page.getByLabel('Its category').selectOption('technical');
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByRole('article', { name: 'How would you value a fleet of zeppelins?' })).toBeVisible();
});
