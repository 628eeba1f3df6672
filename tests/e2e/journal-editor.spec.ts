// The editor's lists: areas of one's own, interviewers, tags, questions (order, removal), and the person's own call
// in the reality check; each change reaches the database.
import { expect, test } from './fixtures';
import { api, area, createInterview, expectSaved, openInterview, question, realityCheck } from './journal-helpers';

test("an area of one's own is added, rated, and removed after a confirmation", async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await openInterview(page, host, id, 'Acme');
  // The window is named after the interview once it is loaded.
  await expect(page).toHaveTitle('Acme · Debrief');
  await page.getByLabel('Add a part of your own').fill('Portfolio review');
  await page.getByRole('button', { name: 'Add area' }).click();
  const portfolio = page.getByRole('region', { name: /Portfolio review/ });
  await expect(portfolio).toContainText('Your own');
  await portfolio.getByRole('radio', { name: '4 out of 5' }).check();
  await expectSaved(page);
  expect((await api(host, 'interview:get', { id })).reflections.find((r) => r.label === 'Portfolio review')?.rating).toBe(4);

  // The same name twice is refused next to the field.
  await page.getByLabel('Add a part of your own').fill('portfolio review');
  await page.getByRole('button', { name: 'Add area' }).click();
  await expect(page.locator('#new-area-error')).toHaveText('Already used.');

  await portfolio.getByRole('button', { name: 'Remove this area' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove “Portfolio review”?' });
  await dialog.getByRole('button', { name: 'Remove area' }).click();
  await expect(portfolio).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'How each part went' })).toBeFocused();
  expect((await api(host, 'interview:get', { id })).reflections.some((r) => r.label === 'Portfolio review')).toBe(false);
  // Built-in areas have no remove button.
  await expect(area(page, 'Confidence').getByRole('button', { name: 'Remove this area' })).toHaveCount(0);
});

test('interviewers and tags are added and removed, and a bad email is said next to it', async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await openInterview(page, host, id, 'Acme');
  await page.getByRole('button', { name: 'Add interviewer' }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.keyboard.type('Priya Shah');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('priya@');
  await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveAccessibleDescription(/valid email/);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('priya@example.com');
  await expectSaved(page);

  const tag = page.getByRole('textbox', { name: 'Tags' });
  await tag.fill('remote');
  await tag.press('Enter');
  await tag.fill('design');
  await tag.press('Enter');
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove tag remote' }).click();
  await expectSaved(page);
  const saved = await api(host, 'interview:get', { id });
  expect(saved.interviewers).toEqual([{ name: 'Priya Shah', role: '', email: 'priya@example.com' }]);
  expect(saved.tags).toEqual(['design']);

  await page.getByRole('button', { name: 'Remove interviewer Priya Shah' }).click();
  await expectSaved(page);
  expect((await api(host, 'interview:get', { id })).interviewers).toEqual([]);
});

test('questions move up and down, a typed one can change category, and removal asks first', async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  const bank = await api(host, 'bank:list', { query: 'weakness', limit: 1 });
  await api(host, 'interview-question:add', { interviewId: id, questionId: bank.items[0].id });
  await openInterview(page, host, id, 'Acme');

  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByLabel('Or type the question as they asked it').fill('Why this company, and why now?');
  await page.getByLabel('Its category').selectOption('motivational');
  await page.getByRole('button', { name: 'Add question' }).click();
  const typed = question(page, 'Why this company, and why now?');
  await expect(typed.getByLabel('Your answer, as you gave it')).toBeFocused();
  await expect(typed).toContainText('Your own question');
  await typed.getByRole('combobox', { name: 'Category' }).selectOption('closing');
  await expectSaved(page);
  expect((await api(host, 'interview:get', { id })).questions.map((q) => [q.text, q.category])).toEqual([
    ['What is your biggest weakness?', 'about-you'],
    ['Why this company, and why now?', 'closing'],
  ]);

  await page.getByRole('button', { name: 'Move question 2 up' }).click();
  await expect(page.getByRole('article').first()).toHaveAccessibleName('Why this company, and why now?');
  await expect(page.getByRole('button', { name: 'Move question 1 down' })).toBeFocused();
  expect((await api(host, 'interview:get', { id })).questions.map((q) => q.text)[0]).toBe('Why this company, and why now?');

  await question(page, 'What is your biggest weakness?').getByRole('button', { name: 'Remove question 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this question from the interview?' });
  await expect(dialog).toContainText('The question itself stays in your question bank.');
  await dialog.getByRole('button', { name: 'Remove question' }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'Questions they asked you' })).toBeFocused();
  expect((await api(host, 'interview:get', { id })).questions).toHaveLength(1);
});

test("the person's own call on a slip or gap is saved and marked as theirs", async ({ page, host }) => {
  const { id } = await createInterview(host, { company: 'Acme' });
  await api(host, 'reflection:save', { interviewId: id, area: 'punctuality', rating: 2, wentBadly: 'Late.' });
  await openInterview(page, host, id, 'Acme');
  const check = realityCheck(page);
  await expect(check.getByRole('list', { name: 'Slips' })).toContainText('Punctuality and arrival');

  await check.getByRole('group', { name: 'Slip or gap: Punctuality and arrival' }).getByRole('radio', { name: 'Gap' }).check();
  const gaps = check.getByRole('list', { name: 'Gaps' });
  await expect(gaps).toContainText('Punctuality and arrival');
  await expect(gaps).toContainText('Your call');
  await expectSaved(page);
  expect((await api(host, 'reality-check:get', { interviewId: id })).badThings[0]).toMatchObject({
    kind: 'gap',
    overridden: true,
  });

  await gaps.getByRole('button', { name: 'Use the rule' }).click();
  await expect(check.getByRole('list', { name: 'Slips' })).toContainText('Punctuality and arrival');
  await expectSaved(page);
  expect((await api(host, 'reality-check:get', { interviewId: id })).badThings[0]).toMatchObject({
    kind: 'slip',
    overridden: false,
  });
});
