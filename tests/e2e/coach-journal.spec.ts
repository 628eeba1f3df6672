// The coach in the journal: "Your answer, as you gave it" gets the same reading behind "Read this answer", Rebuild
// saves a model answer from there, and the journal's search finds it. Axe-clean, with screenshots in both themes.
import { expect, test } from './fixtures';
import { seriousViolations } from './axe';
import { api, openInterview, question } from './journal-helpers';
import { QUESTION, WEAK_ANSWER, figure, seedAskedQuestion, shootBoth } from './coach-helpers';

test('the answer as given gets the reading, is rebuilt into a model answer, and search finds that', async ({ page, host }) => {
  test.setTimeout(120_000);
  const { interviewId, questionId } = await seedAskedQuestion(host);
  await openInterview(page, host, interviewId, 'Acme');
  const asked = question(page, QUESTION);
  await expect(asked.getByRole('textbox', { name: 'Your answer, as you gave it' })).toHaveValue(WEAK_ANSWER);

  // Folded until asked for; opened, the same reading as in practice.
  const read = asked.getByTestId('read-answer');
  await expect(read.getByTestId('coach-reading')).toHaveCount(0);
  await read.getByText('Read this answer').click();
  await expect(read.getByTestId('marked-answer').locator('.part-label')).toHaveText(['Situation', 'Task', 'Action']);
  await expect(read.getByTestId('parts-list').locator('[data-part="result"]')).toHaveText(
    'Result: not found. What changed because of what you did? A number helps.',
  );
  await expect(read.getByTestId('coach-remarks')).toContainText(
    /'(We split the tests into parallel jobs and we cached the build|I think it was kind of better)/,
  );
  await expect(figure(read, '“we”')).toHaveText('4');
  await expect(figure(read, 'Result with a number')).toHaveText('no');
  expect(await seriousViolations(page)).toEqual([]);
  await shootBoth(page, 'coach-journal', read);

  // The person edits the answer as given: the reading follows.
  await asked.getByRole('textbox', { name: 'Your answer, as you gave it' }).fill(`${WEAK_ANSWER} It saved us 3 hours a week.`);
  await expect(figure(read, 'Result with a number')).toHaveText('yes');
  await expect(read.getByTestId('parts-list').locator('[data-part="result"]')).toContainText('It saved us 3 hours a week.');

  // Rebuild from the journal, keyboard only: move the action's second sentence down into the result, then save.
  await read.getByRole('button', { name: 'Rebuild this answer' }).click();
  const rebuild = read.getByTestId('rebuild');
  const down = rebuild.getByRole('button', { name: 'Move “We rolled it out to the whole team.” to Result' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(rebuild.locator('[data-group="result"]').getByRole('textbox').first()).toHaveValue(
    'We rolled it out to the whole team.',
  );
  await rebuild.getByRole('button', { name: 'Save as my model answer' }).click();
  await expect(rebuild.getByTestId('model-answer-save')).toHaveText('Saved');
  const saved = await api(host, 'model-answer:get', { questionId });
  expect(saved.modelAnswer?.parts.result).toBe('We rolled it out to the whole team. It saved us 3 hours a week.');
  expect(await seriousViolations(page)).toEqual([]);

  // Search: the journal finds the model answer by its words, beside the interviews.
  await page.goto(`${host.url}#/journal`);
  await page.getByRole('searchbox', { name: 'Search everything you wrote' }).fill('rolled');
  const hits = page.getByTestId('model-answer-hits');
  await expect(hits.getByRole('heading', { name: 'Model answers (1 found)' })).toBeVisible();
  await expect(hits).toContainText(QUESTION);
  await expect(hits.locator('mark')).toHaveText(['rolled']);
  expect(await seriousViolations(page)).toEqual([]);
});
