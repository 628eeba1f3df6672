// Helpers for practice's end-to-end tests: seeding through the host's API, and the steps of starting a session.
import type { Locator, Page } from '@playwright/test';
import { expect, type BrowserHost } from './fixtures';
import { api, askFumbled } from './journal-helpers';

/** Calls one route on the host like the app does; save routes may leave baseRevision out (see journal-helpers). */
export { api };

/** The question the seeded interview went badly on, and the points the person wished they had made. */
export const FUMBLED = {
  text: 'Tell me about a time you disagreed with your manager.',
  keyPoints: ['Listened to their reasons first', 'Brought data to the conversation', 'Agreed on a small experiment'],
};

/** A journaled interview at Acme with one fumbled question and its missed key points. */
export async function seedFumbledInterview(host: BrowserHost): Promise<{ interviewId: number; questionId: number }> {
  const interview = await api(host, 'interview:create', { company: 'Acme', role: 'Product manager', heldAt: '2026-05-02T10:00' });
  const question = await askFumbled(host, interview.id, FUMBLED.text, FUMBLED.keyPoints);
  return { interviewId: interview.id, questionId: question.questionId };
}

/** The practice home, once its lists have loaded. */
export async function openPractice(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(`${host.url}#/practice`);
  await expect(page.getByRole('heading', { level: 1, name: 'Practice', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Past sessions' })).toBeVisible();
}

/** The practice home with the fumbled interview above journaled, so its question is due today. */
export async function openPracticeWithFumbled(
  page: Page,
  host: BrowserHost,
): Promise<{ interviewId: number; questionId: number }> {
  const seeded = await seedFumbledInterview(host);
  await openPractice(page, host);
  return seeded;
}

/** The choices on "Start practice" a test may set; anything left out keeps the form's value. */
export interface StartChoices {
  length?: number;
  think?: 'None' | '15 s' | '30 s' | '1 min';
  answer?: '1 min' | '1½ min' | '2 min' | '3 min' | 'No limit';
}

/** Fills the start form and starts; resolves once the first question is on screen. */
export async function startSession(page: Page, choices: StartChoices): Promise<void> {
  if (choices.length !== undefined) await page.getByLabel('How many questions').fill(String(choices.length));
  if (choices.think)
    await page
      .getByRole('group', { name: 'Time to think first' })
      .getByRole('radio', { name: choices.think, exact: true })
      .check();
  if (choices.answer)
    await page.getByRole('group', { name: 'Time to answer' }).getByRole('radio', { name: choices.answer, exact: true }).check();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(/#\/practice\/session\/\d+$/);
  await expect(page.getByTestId('question-progress')).toBeVisible();
}

/** The big answer box. */
export const answerBox = (page: Page): Locator => page.getByRole('textbox', { name: 'Your answer' });

/** The countdown's visible digits. */
export const clockDigits = (page: Page): Locator => page.getByTestId('timer').locator('.time');
