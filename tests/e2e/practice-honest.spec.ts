// Practice says what it does: each grade button names when the question comes back, and the "Next" line, the
// summary, the Plan and the sidebar badge then say the same; a session can be finished or ended early, keeping
// what was answered; the start form says where its questions come from; starting puts focus on "Start answering now".
import type { Page } from '@playwright/test';
import { dueInWords } from '../../renderer/src/features/practice/due-label';
import { formatDay } from '../../renderer/src/shared/format/format-day';
import { expect, test } from './fixtures';
import { answerBox, api, FUMBLED, openPractice, openPracticeWithFumbled, startSession } from './practice-helpers';

const practiceLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice', exact: true });

/**
 * Types an answer and ends it; resolves on the feedback with the coach's reading in. The reading fills the card above
 * the grade buttons: a click aimed before it lands can miss the button it aimed at on a busy machine.
 */
async function answer(page: Page, text: string): Promise<void> {
  await answerBox(page).fill(text);
  await page.getByRole('button', { name: "I'm done" }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  await expect(page.getByTestId('feedback').getByText('Reading your answer…')).toHaveCount(0);
}

test('the Good button says when the question comes back, and the Next line, summary, Plan and badge agree', async ({
  page,
  host,
}) => {
  const { questionId } = await openPracticeWithFumbled(page, host);
  await expect(practiceLink(page).getByTestId('practice-badge')).toHaveText('1');

  // One question due: the start form says so, and "only what is due" takes just it.
  await expect(page.getByTestId('session-mix')).toHaveText('1 due today, then 4 new from the question bank.');
  await page.getByRole('checkbox', { name: /Only what is due/ }).check();
  await expect(page.getByTestId('session-mix')).toHaveText('1 question due today, and nothing else.');
  await startSession(page, { think: 'None' });
  await expect(page.getByTestId('question-progress')).toHaveText('Question 1 of 1');
  await answer(page, 'I listened to their reasons first and brought data to the conversation.');

  // Each button names its interval, worked out from the saved card before anything is chosen.
  const grades = page.getByRole('group', { name: 'How did that feel?' });
  await expect(grades.getByTestId('grade-when-again')).toHaveText('in 1 minute');
  await expect(grades.getByTestId('grade-when-hard')).toHaveText('tomorrow');
  await expect(grades.getByTestId('grade-when-good')).toHaveText('in 2 days');
  await expect(grades.getByTestId('grade-when-easy')).toHaveText('in 8 days');
  const promised = (await grades.getByTestId('grade-when-good').textContent())!;

  await grades.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByTestId('next-due')).toHaveText(`Next: ${promised}`);

  // What was saved is what the button said.
  const [session] = await api(host, 'practice:history');
  const [attempt] = await api(host, 'practice:sessionAttempts', { id: session.id });
  expect(attempt.grade).toBe('good');
  expect(dueInWords(attempt.dueAfter!)).toBe(promised);

  // The last question ends with Finish; the summary says the same as the button.
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page).toHaveURL(/#\/practice\/session\/\d+\/summary$/);
  await expect(page.getByTestId('summary-overview')).toContainText('1 of 1 answered');
  await expect(page.getByTestId('summary-row').getByTestId('summary-due')).toHaveText(promised);
  expect((await api(host, 'practice:session', { id: session.id })).endedAt).not.toBeNull();

  // Nothing is waiting today any more: no badge, an empty "due today", and the Plan shows the saved date.
  await expect(practiceLink(page).getByTestId('practice-badge')).toHaveCount(0);
  await openPractice(page, host);
  await expect(page.getByRole('heading', { name: 'Nothing is due today' })).toBeVisible();
  await page.goto(`${host.url}#/plan`);
  const fumbled = page.getByTestId('fumbled-questions').getByRole('listitem').filter({ hasText: FUMBLED.text }).first();
  await expect(fumbled).toContainText('Latest grade: Good');
  await expect(fumbled).toContainText(`Next due ${formatDay(attempt.dueAfter!.slice(0, 10))}`);
  await expect(fumbled).not.toContainText('Due now');
  const schedule = page.getByTestId('plan-schedule');
  await expect(schedule.getByText('Due today', { exact: true }).locator('..')).toContainText('0');

  // Fumbled again in a later interview: due now again, everywhere.
  const later = await api(host, 'interview:create', { company: 'Globex', heldAt: '2026-06-01T10:00' });
  const asked = await api(host, 'interview-question:add', { interviewId: later.id, questionId });
  await api(host, 'interview-question:update', { id: asked.id, howItWent: 'fumbled' });
  await page.reload();
  await expect(page.getByTestId('fumbled-questions').getByRole('listitem').first()).toContainText('Due now');
  await expect(practiceLink(page).getByTestId('practice-badge')).toHaveText('1');
});

test('graded Again, the button says it comes back at once, and it stays waiting today', async ({ page, host }) => {
  await openPracticeWithFumbled(page, host);
  await page.getByRole('checkbox', { name: /Only what is due/ }).check();
  await startSession(page, { think: 'None' });
  await answer(page, 'Not much this time.');
  await expect(page.getByTestId('grade-when-again')).toHaveText('in 1 minute');
  await page.keyboard.press('1');
  await expect(page.getByTestId('next-due')).toHaveText('Next: in 1 minute');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByTestId('summary-row').getByTestId('summary-due')).toHaveText(/^(in 1 minute|now)$/);
  await expect(practiceLink(page).getByTestId('practice-badge')).toHaveText('1');
  await page.goto(`${host.url}#/plan`);
  await expect(page.getByTestId('fumbled-questions')).toContainText('Due now');

  // Practised again after the Again: Hard, Good and Easy come back at the same moment, and the screen says so and why
  // instead of offering three buttons that look like a choice.
  await openPractice(page, host);
  await page.getByRole('checkbox', { name: /Only what is due/ }).check();
  await startSession(page, { think: 'None' });
  await answer(page, 'Better this time: I listened first.');
  const grades = page.getByRole('group', { name: 'How did that feel?' });
  await expect(grades.getByTestId('grade-when-hard')).toHaveText('tomorrow');
  await expect(grades.getByTestId('grade-when-good')).toHaveText('tomorrow');
  await expect(grades.getByTestId('grade-when-easy')).toHaveText('tomorrow');
  await expect(page.getByTestId('grade-same-time')).toHaveText(
    'Hard, Good and Easy all bring it back tomorrow, at the same time: after Again, a question starts over at the shortest interval. Your grade still sets how fast the gaps grow after that.',
  );
});

test('End now says how many were answered, keeps them, and the summary says the session was ended', async ({ page, host }) => {
  await openPractice(page, host);
  // Nothing due: the form says where all the questions come from, and "only what is due" cannot be had.
  await expect(page.getByTestId('session-mix')).toHaveText('Nothing is due today, so all 5 are new from the question bank.');
  await page.getByLabel('How many questions').fill('3');
  await expect(page.getByTestId('session-mix')).toHaveText('Nothing is due today, so all 3 are new from the question bank.');
  await expect(page.getByRole('checkbox', { name: /Only what is due/ })).toBeDisabled();
  await startSession(page, { length: 3, think: 'None' });

  await answer(page, 'A first answer that is kept.');
  await page.keyboard.press('3');
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByTestId('question-progress')).toHaveText('Question 2 of 3');

  // Changing one's mind keeps the session as it was.
  await page.getByRole('button', { name: 'End now' }).click();
  const dialog = page.getByRole('dialog', { name: 'End the session now?' });
  await expect(dialog).toContainText('You have answered 1 of 3 questions.');
  await expect(dialog).toContainText('Your answer is kept.');
  await dialog.getByRole('button', { name: 'Keep practising' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'End now' })).toBeFocused();
  await expect(answerBox(page)).toBeVisible();

  await page.getByRole('button', { name: 'End now' }).click();
  await dialog.getByRole('button', { name: 'End the session' }).click();
  await expect(page).toHaveURL(/#\/practice\/session\/\d+\/summary$/);
  await expect(page.getByTestId('summary-overview')).toContainText('1 of 3 answered');
  await expect(page.getByTestId('summary-ended')).toHaveText(
    'You ended this session after 1 of 3 questions. What you answered is kept; the other 2 were not asked.',
  );
  await expect(page.getByRole('link', { name: 'Continue this session' })).toHaveCount(0);
  await expect(page.getByTestId('summary-row')).toHaveCount(3);
  await expect(page.getByTestId('summary-row').nth(1)).toContainText('Not asked: the session was ended before it.');

  const [session] = await api(host, 'practice:history');
  expect(session).toMatchObject({ questionCount: 3, answered: 1 });
  expect(session.endedAt).not.toBeNull();
  const attempts = await api(host, 'practice:sessionAttempts', { id: session.id });
  expect(attempts.map((a) => [a.answerText, a.grade])).toEqual([['A first answer that is kept.', 'good']]);
});

test('End now while typing keeps the words typed so far, and counts them', async ({ page, host }) => {
  await openPractice(page, host);
  await startSession(page, { length: 2, think: 'None', answer: 'No limit' });
  await answerBox(page).fill('Half an answer, worth keeping');
  await page.getByRole('button', { name: 'End now' }).click();
  const dialog = page.getByRole('dialog', { name: 'End the session now?' });
  await expect(dialog).toContainText('You have answered 1 of 2 questions.');
  await expect(dialog).toContainText('The answer you are giving now is kept, without a grade.');
  await dialog.getByRole('button', { name: 'End the session' }).click();
  await expect(page.getByTestId('summary-overview')).toContainText('1 of 2 answered');
  const [session] = await api(host, 'practice:history');
  const attempts = await api(host, 'practice:sessionAttempts', { id: session.id });
  expect(attempts.map((a) => [a.answerText, a.grade])).toEqual([['Half an answer, worth keeping', null]]);
});

test('when practice starts with time to think, focus is on "Start answering now", which names the question', async ({
  page,
  host,
}) => {
  await openPracticeWithFumbled(page, host);
  await startSession(page, { length: 2, think: '30 s' });
  const start = page.getByRole('button', { name: 'Start answering now' });
  await expect(start).toBeFocused();
  await expect(start).toHaveAccessibleDescription(FUMBLED.text);
  await page.keyboard.press('Enter');
  await expect(answerBox(page)).toBeFocused();
  await answerBox(page).fill('An answer.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'How it went' })).toBeFocused();
  await page.keyboard.press('2');
  await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The next question gets the same: focus on its start button, not a heading four Tabs away.
  await expect(page.getByTestId('question-progress')).toHaveText('Question 2 of 2');
  await expect(page.getByRole('button', { name: 'Start answering now' })).toBeFocused();
});
