// The question bank: browsing and adding one's own, and importing a file with a preview, all or nothing.
import { expect, test } from './fixtures';
import { api } from './journal-helpers';

const BAD_CSV = [
  'text,category,hints',
  'Tell me about a project you are proud of,behavioural,What you did|What changed',
  'Hi,behavioural,',
  'Why do you want to leave your current job?,feelings,',
].join('\n');

const GOOD_CSV = [
  'text,category,hints',
  'Tell me about a project you are proud of,behavioural,What you did|What changed',
  'How do you decide what to work on first?,situational,Urgency and impact|Who you ask',
].join('\n');

test('an import with bad rows shows each row error and imports nothing; a good file then imports', async ({ page, host }) => {
  const before = (await api(host, 'bank:list', { limit: 1 })).total;
  await page.goto(`${host.url}#/journal/bank`);
  await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
  await page.getByRole('button', { name: 'Import from a file' }).click();
  const file = page.getByLabel('File to import');
  await expect(file).toBeFocused();

  await file.setInputFiles({ name: 'questions.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
  await expect(page.getByTestId('import-counts')).toHaveText(
    'questions.csv: 1 new question, 0 duplicates, 2 rows with problems.',
  );
  const problems = page.getByRole('alert').filter({ hasText: 'Nothing will be imported' });
  await expect(problems).toContainText('Row 3: text: Write the question (at least 3 characters).');
  await expect(problems).toContainText('Row 4: category:');
  const table = page.getByRole('table', { name: 'Rows of the file to import' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /Why do you want to leave/ })).toContainText('Has problems');
  await expect(page.getByRole('button', { name: 'Import 1 question' })).toBeDisabled();
  expect((await api(host, 'bank:list', { limit: 1 })).total).toBe(before);

  await file.setInputFiles({ name: 'questions.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
  await expect(page.getByTestId('import-counts')).toHaveText(
    'questions.csv: 2 new questions, 0 duplicates, 0 rows with problems.',
  );
  await page.getByRole('button', { name: 'Import 2 questions' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 questions added to your bank.' })).toBeVisible();
  expect((await api(host, 'bank:list', { limit: 1 })).total).toBe(before + 2);

  // The imported questions are there to find.
  await page.getByLabel('Search the bank').fill('proud');
  const list = page.getByRole('list', { name: 'Questions in the bank' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Tell me about a project you are proud of' })).toContainText(
    'What changed',
  );
});

test('a JSON file imports the same way, and duplicates are left out', async ({ page, host }) => {
  await page.goto(`${host.url}#/journal/bank`);
  await page.getByRole('button', { name: 'Import from a file' }).click();
  const json = JSON.stringify([
    { text: 'What is your biggest weakness?', category: 'about-you' },
    { text: 'What would your first month here look like?', category: 'motivational', hints: ['Learn', 'Deliver a small win'] },
  ]);
  await page
    .getByLabel('File to import')
    .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByTestId('import-counts')).toHaveText('mine.json: 1 new question, 1 duplicate, 0 rows with problems.');
  await page.getByRole('button', { name: 'Import 1 question' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 question added to your bank; 1 duplicate left out' })).toBeVisible();
});

test('a person adds a question of their own, and a missing text is said next to the field', async ({ page, host }) => {
  await page.goto(`${host.url}#/journal/bank`);
  await page.getByRole('button', { name: 'Add your own question' }).click();
  const form = page.getByRole('form', { name: 'Add your own question' });
  const text = form.getByLabel('Question', { exact: true });
  await expect(text).toBeFocused();
  await form.getByRole('button', { name: 'Add to the bank' }).click();
  await expect(page.locator('#add-q-text-error')).toHaveText('Write the question (at least 3 characters).');
  await expect(text).toHaveAttribute('aria-invalid', 'true');

  await text.fill('What does a good week look like for you?');
  await form.getByLabel('Category').selectOption('about-you');
  await form.getByLabel(/^Hints/).fill('Concrete\nHonest');
  await form.getByRole('button', { name: 'Add to the bank' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added “What does a good week look like for you?”' })).toBeVisible();
  const mine = page.getByRole('list', { name: 'Questions in the bank' }).getByRole('listitem').first();
  await expect(mine).toContainText('What does a good week look like for you?');
  await expect(mine).toContainText('Yours');
  await expect(mine).toContainText('Honest');
});

test('the bank shows fifty at a time; "Show more" from the keyboard keeps focus, then gives it to the list', async ({
  page,
  host,
}) => {
  // The shipped bank holds more than four pages (215 questions).
  const total = (await api(host, 'bank:list', { limit: 1 })).total;
  expect(total).toBeGreaterThan(200);
  await page.goto(`${host.url}#/journal/bank`);
  const list = page.getByRole('list', { name: 'Questions in the bank' });
  const questions = list.locator(':scope > li');
  await expect(questions).toHaveCount(50);
  const more = page.getByTestId('show-more');
  await expect(more).toContainText(`Showing 50 of ${total}`);
  const button = more.getByRole('button', { name: 'Show more' });
  await button.focus();
  for (let shown = 100; shown < total; shown += 50) {
    await page.keyboard.press('Enter');
    await expect(questions).toHaveCount(shown);
    // More to come: the button stays, and so does the focus on it.
    await expect(button).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(questions).toHaveCount(total);
  await expect(more).toHaveCount(0);
  await expect(list).toBeFocused();
});
