// The answer coach on screen: a typed answer's feedback shows its parts (labelled in the text and listed in words),
// remarks quoting its words and the figures; "Rebuild this answer" saves a model answer from the person's own sentences,
// which is shown folded before the next attempt and compared with it after; the plan lists it. Axe-clean, with
// screenshots in both themes and sizes.
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { seriousViolations } from './axe';
import { api } from './practice-helpers';
import { QUESTION, STRONG_ANSWER, WEAK_ANSWER, figure, openReplaySession, seedAskedQuestion, shootBoth } from './coach-helpers';

test('a typed answer shows its parts, remarks and figures; Rebuild saves a model answer the next attempt is compared with', async ({
  page,
  host,
}, info) => {
  test.setTimeout(180_000);
  const { interviewId, questionId } = await seedAskedQuestion(host);
  await openReplaySession(page, host, interviewId);
  // No model answer yet: nothing folded above the answer box.
  await expect(page.getByTestId('model-answer-fold')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Your answer' }).fill(WEAK_ANSWER);
  await page.getByRole('button', { name: "I'm done" }).click();

  const coach = page.getByTestId('answer-coach');
  await expect(coach.getByRole('heading', { name: 'What the coach read' })).toBeVisible();
  // The parts are marked in the text with a visible label at the start of each, and said in words in a list.
  const marked = coach.getByTestId('marked-answer');
  await expect(marked).toContainText('SituationLast year at Acme our release pipeline took two hours.', { ignoreCase: true });
  await expect(marked.locator('.part-label')).toHaveText(['Situation', 'Task', 'Action']);
  const parts = coach.getByTestId('parts-list');
  await expect(parts.locator('[data-part="situation"]')).toHaveText(
    'Situation: “Last year at Acme our release pipeline took two hours.”',
  );
  await expect(parts.locator('[data-part="result"]')).toHaveText(
    'Result: not found. What changed because of what you did? A number helps.',
  );
  // Each remark quotes the answer's own words.
  const remarks = coach.getByTestId('coach-remarks').getByRole('listitem');
  await expect(remarks.first()).toBeVisible();
  expect(await remarks.count()).toBeLessThanOrEqual(3);
  await expect(coach.getByTestId('coach-remarks')).toContainText(
    /'(We split the tests into parallel jobs and we cached the build|I think it was kind of better)/,
  );
  // The figures: no result with a number, "I" twice and "we" four times (we, we, We, our), two hedges.
  await expect(figure(coach, 'Result with a number')).toHaveText('no');
  await expect(figure(coach, '“I”')).toHaveText('2');
  await expect(figure(coach, '“we”')).toHaveText('4');
  await expect(figure(coach, 'Hedges')).toHaveText('2: “I think”, “kind of”');
  await expect(figure(coach, 'Length')).toContainText('at 150 words a minute, shorter than the usual one to two minutes');
  expect(await seriousViolations(page)).toEqual([]);
  await shootBoth(page, 'coach-feedback', coach);

  // Rebuild: the person's sentences under their parts, a prompt where the result is missing.
  await coach.getByRole('button', { name: 'Rebuild this answer' }).click();
  const rebuild = page.getByTestId('rebuild');
  await expect(rebuild.getByRole('heading', { name: 'Rebuild this answer' })).toBeFocused();
  const group = (name: string) => rebuild.locator(`[data-group="${name}"]`);
  await expect(group('situation').getByRole('textbox')).toHaveValue('Last year at Acme our release pipeline took two hours.');
  await expect(group('task').getByRole('textbox')).toHaveValue('I was responsible for making releases faster.');
  await expect(group('action').getByRole('textbox')).toHaveCount(2);
  await expect(rebuild.getByTestId('prompt-result')).toHaveText('What changed because of what you did? A number helps.');
  await expect(group('loose').getByRole('textbox')).toHaveValue('I think it was kind of better.');

  // Rewrite in "I"; take out the "rolled it out" sentence; move the hedge up into the result (by keyboard) and rewrite it.
  await group('action').getByRole('textbox').first().fill('I split the tests into parallel jobs and I cached the build.');
  await group('action').getByRole('button', { name: 'Remove “We rolled it out to the whole team.”' }).click();
  const moveUp = group('loose').getByRole('button', { name: 'Move “I think it was kind of better.” to Result' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(rebuild.getByTestId('prompt-result')).toHaveCount(0);
  const result = group('result').getByRole('textbox');
  await expect(result).toBeFocused();
  await result.fill('Releases went from two hours to fifteen minutes.');
  expect(await seriousViolations(page)).toEqual([]);
  await shootBoth(page, 'coach-rebuild', rebuild);
  await rebuild.getByRole('button', { name: 'Save as my model answer' }).click();
  await expect(rebuild.getByTestId('model-answer-save')).toHaveText('Saved');
  const saved = await api(host, 'model-answer:get', { questionId });
  expect(saved.modelAnswer?.parts).toEqual({
    situation: 'Last year at Acme our release pipeline took two hours.',
    task: 'I was responsible for making releases faster.',
    action: 'I split the tests into parallel jobs and I cached the build.',
    result: 'Releases went from two hours to fifteen minutes.',
  });
  await page.getByRole('button', { name: /^Again/ }).click();
  await expect(page.getByTestId('graded')).toContainText('Graded Again.');

  // The next attempt: the model answer is there, folded, before answering.
  await openReplaySession(page, host, interviewId);
  const fold = page.getByTestId('model-answer-fold');
  await expect(fold.getByText('Your model answer')).toBeVisible();
  await expect(fold.getByText('Releases went from two hours to fifteen minutes.')).toBeHidden();
  await fold.getByText('Your model answer').click();
  await expect(fold.getByText('Releases went from two hours to fifteen minutes.')).toBeVisible();
  await shootBoth(page, 'coach-model-fold', fold);
  await page.getByRole('textbox', { name: 'Your answer' }).fill(STRONG_ANSWER);
  await page.getByRole('button', { name: "I'm done" }).click();

  // After it: which parts of the model answer it kept, and what moved since the last answer.
  const kept = page.getByTestId('kept-parts');
  await expect(kept).toContainText('This answer kept the Situation, Action and Result of your model answer.');
  await expect(kept).toContainText('It left out the Task.');
  const trend = page.getByTestId('answer-coach').getByTestId('coach-trend');
  await expect(trend).toContainText('Result with a number: no → yes');
  await expect(trend).toContainText("'we' 4 → 1");
  await expect(figure(page.getByTestId('answer-coach'), 'Result with a number')).toHaveText('yes');
  expect(await seriousViolations(page)).toEqual([]);
  await shootBoth(page, 'coach-kept', kept);

  // The plan lists the model answer, part by part, on screen and in its print view.
  await page.goto(`${host.url}#/plan`);
  const section = page.getByTestId('section-model-answers');
  await expect(section.getByRole('heading', { name: QUESTION })).toBeVisible();
  await expect(section).toContainText('Releases went from two hours to fifteen minutes.');
  await page.goto(`${host.url}#/plan/print?sections=model-answers`);
  await expect(page.getByRole('heading', { level: 2, name: 'Model answers' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: QUESTION })).toBeVisible();
  await expect(page.getByText('I split the tests into parallel jobs and I cached the build.')).toBeVisible();
  // The PDF is this print view: read back with poppler, it lists the model answer part by part.
  const file = info.outputPath('plan.pdf');
  await page.pdf({ format: 'A4', path: file });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  for (const words of ['Model answers', QUESTION, 'Last year at Acme', 'fifteen minutes']) expect(text).toContain(words);
  // The part labels print in capitals (as on screen).
  for (const label of ['SITUATION', 'TASK', 'ACTION', 'RESULT']) expect(text).toContain(label);
});
