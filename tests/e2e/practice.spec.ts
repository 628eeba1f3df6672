// Practice end to end: a fumbled question comes up as due, is answered by typing against the clock, graded, and
// shows in the summary and history after a reload; timing can be paused, extended or turned off; leaving keeps answers.
import { expect, test } from './fixtures';
import {
  answerBox,
  api,
  clockDigits,
  FUMBLED,
  openPractice,
  openPracticeWithFumbled,
  seedFumbledInterview,
  startSession,
} from './practice-helpers';

test('a fumbled question is due, answered by typing, graded Again, and kept in the summary and history', async ({
  page,
  host,
}) => {
  await openPracticeWithFumbled(page, host);

  // Due today on the home, and counted on the sidebar's Practice item.
  const today = page.getByTestId('due-today');
  await expect(today.getByRole('heading', { name: '1 question is ready for practice today' })).toBeVisible();
  await expect(today).toContainText('1 new from your journal');
  await expect(today.getByRole('list', { name: 'Ready today' })).toContainText(FUMBLED.text);
  const practiceLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice', exact: true });
  await expect(practiceLink.getByTestId('practice-badge')).toHaveText('1');
  await expect(practiceLink).toHaveAccessibleDescription('1 question ready today');

  await startSession(page, { length: 1, think: 'None', answer: '1 min' });
  await expect(page.getByRole('heading', { level: 1, name: FUMBLED.text })).toBeVisible();
  await expect(page.getByTestId('question-reason')).toContainText('Fumbled at Acme');
  await expect(page.getByTestId('question-progress')).toHaveText('Question 1 of 1');
  // No think time: straight into answering, with the cursor in the answer box.
  await expect(answerBox(page)).toBeFocused();
  const answer = 'Um, I listened to their reasons first, and then, um, I asked what worried them most.';
  await answerBox(page).fill(answer);
  await page.getByRole('button', { name: "I'm done" }).click();

  // Feedback: what was typed, the checklist ticked by the word match, and the figures.
  const feedback = page.getByTestId('feedback');
  await expect(feedback.getByTestId('answer-text')).toHaveText(answer);
  const points = feedback.getByTestId('key-points');
  await expect(points.getByTestId('key-points-count')).toHaveText('You covered 1 of 3.');
  await expect(points.getByRole('checkbox', { name: /Listened to their reasons first/ })).toBeChecked();
  await expect(points.getByRole('checkbox', { name: /Brought data to the conversation/ })).not.toBeChecked();
  await expect(feedback.getByTestId('figure-words')).toHaveText('16');
  await expect(feedback.getByTestId('figure-time')).toHaveText(/^\d+ s$/);
  // A typed answer says nothing about pace or fillers: only a recording does, so none are shown for typing.
  await expect(feedback.getByTestId('figures')).not.toContainText(/per minute|filler/i);
  await expect(feedback.getByTestId('spoken-answer')).toHaveCount(0);
  await expect(feedback).toContainText('This is your first answer to this question.');

  // The person corrects the guess by hand, then grades Again with the key shown on the button.
  await points.getByRole('checkbox', { name: /Agreed on a small experiment/ }).check();
  await expect(points.getByTestId('key-points-count')).toHaveText('You covered 2 of 3.');
  await feedback.getByRole('heading', { name: 'How it went' }).click();
  await page.keyboard.press('1');
  await expect(feedback.getByTestId('graded')).toContainText('Graded Again.');
  await expect(feedback.getByTestId('next-due')).toHaveText('Next: in 1 minute');
  await expect(points.getByRole('checkbox', { name: /Agreed on a small experiment/ })).toBeDisabled();

  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page).toHaveURL(/#\/practice\/session\/\d+\/summary$/);
  const row = page.getByTestId('summary-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('summary-grade')).toHaveText('Again');
  await expect(row).toContainText('2 of 3');
  await expect(page.getByTestId('summary-overview')).toHaveText('1 of 1 answered · Graded again');
  await expect(page.getByTestId('summary-average')).toHaveText('Graded again');

  // What the main process kept: the graded attempt with the corrected checklist.
  const [session] = await api(host, 'practice:history');
  const [attempt] = await api(host, 'practice:sessionAttempts', { id: session.id });
  expect(attempt).toMatchObject({ answerText: answer, grade: 'again', wordCount: 16 });
  expect(attempt.keyPoints.map((p) => p.covered)).toEqual([true, false, true]);

  // After a reload: the history lists the session, and its summary lists the question's attempt.
  await page.reload();
  await openPractice(page, host);
  const history = page.getByTestId('session-history');
  await expect(history.getByRole('link')).toHaveCount(1);
  await expect(history.getByRole('link')).toContainText('Due and fumbled first');
  await expect(history.getByRole('link')).toContainText('1 of 1 answered · Graded again');
  await history.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session summary' })).toBeVisible();
  await page.getByText('Every attempt at this question').click();
  const attempts = page.getByTestId('question-attempts');
  await expect(attempts.getByRole('listitem')).toHaveCount(1);
  await expect(attempts).toContainText('Again');
  await expect(attempts).toContainText('Key points: 2 of 3');
  await expect(attempts).toContainText('(this session)');

  // Graded Again, the question has a card due again today: it is now "due for review", no longer "new".
  await openPractice(page, host);
  await expect(page.getByTestId('due-parts')).toHaveText('1 due for review');
  await expect(page.getByTestId('due-today')).toContainText('Last time: Again');
});

test('the clock: thinking hands over to answering, warns at 30 s, pauses, extends, and keeps the words at time-up', async ({
  page,
  host,
}) => {
  await page.clock.install();
  await openPracticeWithFumbled(page, host);
  await startSession(page, { length: 1, think: '15 s', answer: '1 min' });

  await expect(page.getByTestId('timer')).toHaveAccessibleName(/^Time to think: 15 seconds left$/);
  await expect(clockDigits(page)).toHaveText('00:15');
  await expect(page.getByRole('button', { name: 'Start answering now' })).toBeVisible();
  await page.clock.fastForward(15_000);
  await expect(answerBox(page)).toBeFocused();
  await expect(clockDigits(page)).toHaveText('01:00');
  await expect(page.getByTestId('announcer')).toHaveText('Answer now. You have 1 minute.');
  await answerBox(page).fill('I listened to their reasons first.');

  await page.clock.fastForward(31_000);
  await expect(page.getByTestId('timer-note')).toHaveText('30 seconds left');
  await expect(page.getByTestId('announcer')).toContainText('30 seconds left');
  await expect(page.getByTestId('timer')).toHaveClass(/warning/);

  // Paused: time stands still however long the person needs; typing still works.
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('button', { name: /Resume/ })).toBeVisible();
  await expect(page.getByTestId('timer-note')).toHaveText('Paused');
  const frozen = await clockDigits(page).textContent();
  await page.clock.fastForward(120_000);
  await expect(clockDigits(page)).toHaveText(frozen!);
  await answerBox(page).press('End');
  await answerBox(page).pressSequentially(' Then I brought data.');
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();

  // One more minute lifts the warning.
  await page.getByRole('button', { name: '+1 minute' }).click();
  await expect(page.getByTestId('timer')).not.toHaveClass(/warning/);
  await expect(clockDigits(page)).toHaveText(/^01:2\d$/);

  // Time runs out: on to feedback, with every word typed.
  await page.clock.fastForward(90_000);
  const feedback = page.getByTestId('feedback');
  await expect(feedback.getByTestId('answer-text')).toHaveText('I listened to their reasons first. Then I brought data.');
  await expect(feedback.getByTestId('figure-time')).toHaveText('2 min');
  await expect(page.getByTestId('announcer')).toContainText('Time is up');
});

test('the whole session works from the keyboard: Enter to answer, Ctrl+Enter when done, 3 to grade, Enter for next', async ({
  page,
  host,
}) => {
  await openPracticeWithFumbled(page, host);
  await startSession(page, { length: 2, think: '30 s', answer: '2 min' });

  await expect(page.getByTestId('question-progress')).toHaveText('Question 1 of 2');
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Enter');
  await expect(answerBox(page)).toBeFocused();
  await page.keyboard.type('I listened to their reasons first and brought data.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'How it went' })).toBeFocused();
  await page.keyboard.press('3');
  await expect(page.getByTestId('graded')).toContainText('Graded Good.');
  await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('question-progress')).toHaveText('Question 2 of 2');
  await expect(page.getByRole('button', { name: 'Start answering now' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(answerBox(page)).toBeFocused();
  await expect(answerBox(page)).toHaveValue('');
});

test('leaving mid-session keeps the answers, and opening it again resumes at the first unanswered question', async ({
  page,
  host,
}) => {
  await openPracticeWithFumbled(page, host);
  await startSession(page, { length: 3, think: 'None', answer: 'No limit' });

  await answerBox(page).fill('First answer, kept.');
  await page.getByRole('button', { name: "I'm done" }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByTestId('question-progress')).toHaveText('Question 2 of 3');
  // Half an answer to question 2, then the person goes elsewhere without ending the session.
  await answerBox(page).fill('Second answer, half done');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice', exact: true })).toBeVisible();
  await expect(page.getByTestId('session-history').getByRole('link')).toContainText('2 of 3 answered');

  // Back in: question 2's words were kept and open at their feedback; question 1 is not asked again.
  await page.getByTestId('session-history').getByRole('link').click();
  await expect(page.getByText('2 questions are still waiting in this session.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Continue this session' }).click();
  await expect(page.getByTestId('question-progress')).toHaveText('Question 2 of 3');
  await expect(page.getByTestId('answer-text')).toHaveText('Second answer, half done');
  await page.getByRole('button', { name: /^Hard/ }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByTestId('question-progress')).toHaveText('Question 3 of 3');
  await expect(answerBox(page)).toHaveValue('');
});

test('an empty journal still gives a session from the question bank', async ({ page, host }) => {
  await openPractice(page, host);
  await expect(page.getByRole('heading', { name: 'Nothing is due today' })).toBeVisible();
  await expect(page.getByText('An empty journal still gives a useful session from the question bank')).toBeVisible();
  await expect(page.getByTestId('practice-badge')).toHaveCount(0);
  await startSession(page, { length: 1, think: 'None' });
  await expect(page.getByTestId('question-reason')).toContainText('From the question bank');
  await expect(answerBox(page)).toBeFocused();
});

test('the timer can be turned off for the session: nothing ends by itself', async ({ page, host }) => {
  await page.clock.install();
  await openPractice(page, host);
  await startSession(page, { length: 1, think: '30 s', answer: '1 min' });
  await page.getByRole('button', { name: 'Turn the timer off' }).click();
  await expect(page.getByTestId('timer-note')).toHaveText('Timer off: no rush');
  await expect(page.getByRole('button', { name: 'Turn the timer off' })).toHaveCount(0);
  await page.clock.fastForward(10 * 60_000);
  await expect(page.getByRole('button', { name: 'Start answering now' })).toBeVisible();
  await page.getByRole('button', { name: 'Start answering now' }).click();
  await page.clock.fastForward(10 * 60_000);
  await expect(answerBox(page)).toBeVisible();
  await expect(page.getByTestId('timer')).toHaveAccessibleName(/no time limit/);
});

test('without a microphone the app says so kindly, and typed practice still works', async ({ page, host }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await openPractice(page, host);
  await startSession(page, { length: 1, think: 'None' });
  const toggle = page.getByRole('checkbox', { name: 'Record my answer' });
  await toggle.click();
  await expect(page.getByTestId('record-message')).toContainText('The microphone was not allowed');
  // The toggle goes back off rather than pretending to record.
  await expect(toggle).not.toBeChecked();
  await expect(page.getByTestId('record-message')).toContainText('Typing works as usual');
  await answerBox(page).fill('Typed all the same.');
  await page.getByRole('button', { name: "I'm done" }).click();
  await expect(page.getByTestId('answer-text')).toHaveText('Typed all the same.');
  await expect(page.getByRole('heading', { name: 'Your recording' })).toHaveCount(0);
});

test('replaying an interview asks its questions in the order they were asked', async ({ page, host }) => {
  const { interviewId } = await seedFumbledInterview(host);
  await api(host, 'interview-question:add', {
    interviewId,
    text: 'Where do you see yourself in five years?',
    category: 'motivational',
  });
  await openPractice(page, host);
  await page.getByRole('radio', { name: /Replay an interview/ }).check();
  await expect(page.getByRole('combobox', { name: 'Interview to replay' })).toContainText('Acme, Product manager');
  await startSession(page, { length: 5, think: 'None' });
  await expect(page.getByTestId('question-progress')).toHaveText('Question 1 of 2');
  await expect(page.getByRole('heading', { level: 1, name: FUMBLED.text })).toBeVisible();
  await expect(page.getByTestId('question-reason')).toContainText('Asked at Acme');
});

test('a category session draws from that category of the bank', async ({ page, host }) => {
  await openPractice(page, host);
  await page.getByRole('radio', { name: /A category/ }).check();
  await page.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Closing' });
  await startSession(page, { length: 1, think: 'None' });
  await expect(page.getByTestId('question-reason')).toHaveText('From the bank: closing');
});
