// The scenario, end to end: record a bad interview, find it again by a word from the notes, read a reality
// check that names the slip and the gap, close the page, open it again: everything is still there.
import { expect, test } from './fixtures';
import { area, expectSaved, question, realityCheck, saveStatus } from './journal-helpers';

test('a person records an interview, finds it again, reads the reality check, and nothing is lost', async ({
  page,
  context,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 2, name: 'Write down your last interview while it is fresh' })).toBeVisible();

  // 1. Start a new interview: company, date, role.
  await page.getByRole('main').getByRole('link', { name: 'New interview' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'New interview' })).toBeVisible();
  await page.getByLabel('Company').fill('Harbor & Finch');
  await page.getByLabel('Date').fill('2026-03-03');
  await page.getByLabel('Role (optional)').fill('Product designer');
  await page.getByRole('button', { name: 'Create and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor & Finch' })).toBeVisible();
  await expect(page).toHaveURL(/#\/journal\/\d+$/);

  // 2. Two areas rated low, one with what went badly.
  const punctuality = area(page, 'Punctuality and arrival');
  await punctuality.getByRole('radio', { name: '2 out of 5' }).check();
  await punctuality.getByLabel('What went badly').fill('Five minutes late');
  await area(page, 'Quality of answers').getByRole('radio', { name: '2 out of 5' }).check();

  // 3. A fumbled question from the bank, with two key points that did not come across.
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByLabel('Search the question bank').fill('weakness');
  await page
    .getByRole('list', { name: 'Questions in the bank' })
    .getByRole('button', { name: /What is your biggest weakness\?/ })
    .click();
  const weakness = question(page, 'What is your biggest weakness?');
  await expect(weakness.getByLabel('Your answer, as you gave it')).toBeFocused();
  await weakness.getByLabel('Your answer, as you gave it').fill('I said I work too hard.');
  await weakness.getByRole('button', { name: 'Add key point' }).click();
  await expect(weakness.getByRole('textbox', { name: 'Key point 1', exact: true })).toBeFocused();
  await page.keyboard.type('Name a real weakness');
  await weakness.getByRole('button', { name: 'Add key point' }).click();
  await weakness.getByRole('textbox', { name: 'Key point 2', exact: true }).fill('Say what I am doing about it');
  await weakness.getByRole('group', { name: 'How it went' }).getByRole('radio', { name: 'Fumbled' }).check();
  // Key points start as missed.
  await expect(
    weakness.getByRole('group', { name: 'Key point 1: missed or got across' }).getByRole('radio', { name: 'Missed' }),
  ).toBeChecked();
  await expect(
    weakness.getByRole('group', { name: 'Key point 2: missed or got across' }).getByRole('radio', { name: 'Missed' }),
  ).toBeChecked();

  // 4. Notes with a word distinctive enough to search for.
  await page.getByLabel('Notes', { exact: true }).fill('The lobby had a huge flamingo mural; I stared at it while waiting.');
  await expectSaved(page);

  // The reality check already names the slip and the gaps.
  const check = realityCheck(page);
  await expect(check.getByRole('list', { name: 'Slips' })).toContainText('Punctuality and arrival');
  await expect(check.getByRole('list', { name: 'Gaps' })).toContainText('Quality of answers');
  await expect(check.getByRole('list', { name: 'Gaps' })).toContainText('What is your biggest weakness?');

  // 5. Back to the list, and find it by the start of that word.
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.getByTestId('journal-count')).toHaveText('1 interview');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search everything you wrote' })).toBeFocused();
  await page.keyboard.type('flamin');
  await expect(page.getByTestId('journal-count')).toHaveText('1 found');
  const rows = page.getByRole('list', { name: 'Interviews, newest first' }).getByRole('link');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Harbor & Finch');
  await expect(rows.first().locator('mark')).toHaveText('flamingo');

  // 6. Open it: the reality check names the slip (punctuality) and the gaps (answers, the fumbled question), with reasons.
  await rows.first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor & Finch' })).toBeVisible();
  await expect(check.getByTestId('reality-headline')).toHaveText(
    'Two real gaps to work on, and one slip that matters less than it feels.',
  );
  const slips = check.getByRole('list', { name: 'Slips' });
  await expect(slips.getByRole('listitem')).toHaveCount(1);
  await expect(slips).toContainText('Punctuality and arrival');
  await expect(slips).toContainText('Five minutes late');
  await expect(slips).toContainText('Why a slip:');
  const gaps = check.getByRole('list', { name: 'Gaps' });
  await expect(gaps.getByRole('listitem')).toHaveCount(2);
  await expect(gaps).toContainText('Quality of answers');
  await expect(gaps).toContainText('What is your biggest weakness?');
  await expect(gaps).toContainText('Missed: Name a real weakness; Say what I am doing about it');
  await expect(check).toContainText('What is still recoverable');

  // 7. Close the page and open the app again: everything is still there.
  await page.close();
  const again = await context.newPage();
  await again.goto(host.url);
  const row = again.getByRole('list', { name: 'Interviews, newest first' }).getByRole('link', { name: /Harbor & Finch/ });
  await expect(row).toContainText('Product designer');
  await expect(row).toContainText('Lowest: Punctuality and arrival');
  await row.click();
  await expect(again.getByRole('heading', { level: 1, name: 'Harbor & Finch' })).toBeVisible();
  await expect(again.getByLabel('Role', { exact: true })).toHaveValue('Product designer');
  await expect(again.getByLabel('Date')).toHaveValue('2026-03-03');
  await expect(area(again, 'Punctuality and arrival').getByRole('radio', { name: '2 out of 5' })).toBeChecked();
  await expect(area(again, 'Punctuality and arrival').getByLabel('What went badly')).toHaveValue('Five minutes late');
  await expect(area(again, 'Quality of answers').getByRole('radio', { name: '2 out of 5' })).toBeChecked();
  const reopened = question(again, 'What is your biggest weakness?');
  await expect(reopened.getByLabel('Your answer, as you gave it')).toHaveValue('I said I work too hard.');
  await expect(reopened.getByRole('textbox', { name: 'Key point 1', exact: true })).toHaveValue('Name a real weakness');
  await expect(reopened.getByRole('textbox', { name: 'Key point 2', exact: true })).toHaveValue('Say what I am doing about it');
  await expect(reopened.getByRole('group', { name: 'How it went' }).getByRole('radio', { name: 'Fumbled' })).toBeChecked();
  await expect(again.getByLabel('Notes', { exact: true })).toHaveValue(/flamingo mural/);
  await expect(realityCheck(again).getByRole('list', { name: 'Gaps' }).getByRole('listitem')).toHaveCount(2);
  await expect(saveStatus(again)).toHaveText('Saved as you type');
});
