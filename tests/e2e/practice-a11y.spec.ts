// Accessibility of practice: an axe-core scan of each state a person passes through, in the light and the dark theme.
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { inEachTheme } from './themes';
import { answerBox, openPractice, openPracticeWithFumbled, startSession } from './practice-helpers';

inEachTheme(() => {
  test('the practice home, empty and then with a question due, has no serious or critical violations', async ({ page, host }) => {
    await openPractice(page, host);
    await expect(page.getByRole('heading', { name: 'Nothing is due today' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await openPracticeWithFumbled(page, host);
    await expect(page.getByTestId('due-today')).toBeVisible();
    await expect(page.getByTestId('session-mix')).toContainText('due today');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: /Replay an interview/ }).check();
    await expect(page.getByRole('combobox', { name: 'Interview to replay' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a question, its feedback and the summary have no serious or critical violations', async ({ page, host }) => {
    await page.clock.install();
    await openPracticeWithFumbled(page, host);
    await startSession(page, { length: 1, think: '15 s', answer: '1 min' });
    await expect(page.getByRole('button', { name: 'Start answering now' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // "End now" asks first; its dialog is scanned too, then the person keeps practising.
    await page.getByRole('button', { name: 'End now' }).click();
    await expect(page.getByRole('dialog', { name: 'End the session now?' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Keep practising' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();

    await page.clock.fastForward(15_000 + 31_000);
    await expect(page.getByTestId('timer-note')).toHaveText('30 seconds left');
    await answerBox(page).fill('I listened to their reasons first, um, and brought data.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Control+p');
    await expect(page.getByTestId('timer-note')).toHaveText('Paused');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Control+p');

    await page.getByRole('button', { name: "I'm done" }).click();
    await expect(page.getByTestId('feedback')).toBeVisible();
    await expect(page.getByTestId('figure-words')).toHaveText(/^\d+$/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Hard/ }).click();
    await expect(page.getByTestId('graded')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Session summary' })).toBeVisible();
    await page.getByText('Every attempt at this question').click();
    await expect(page.getByTestId('question-attempts')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
