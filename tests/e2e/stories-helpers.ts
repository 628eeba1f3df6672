// Helpers for the story bank's end-to-end tests: an interview with fumbled questions to write stories from.
import type { Locator, Page } from '@playwright/test';
import { expect, type BrowserHost } from './fixtures';
import { api, askFumbled } from './journal-helpers';

/** The questions the seeded interview at Acme asked, in order; the first three share one story in the journey. */
export const ASKED = [
  'Tell me about a time you disagreed with your manager.',
  'How do you handle pushback from senior people?',
  'Describe a decision you made with data.',
  'Why do you want to leave your current job?',
] as const;

/** The answer as given to the first question: no result, mostly "we". */
export const ANSWER_GIVEN =
  'At Acme our pricing change was going to hurt small customers. We talked about it and we changed the plan in the end.';

/** The story's result, with its number, as the person writes it and tells it again in practice. */
export const RESULT = 'Churn among small customers fell from 9% to 6% within two quarters.';

/** An interview at Acme that asked the four questions, all fumbled; the first with its answer as given. */
export async function seedAcme(host: BrowserHost): Promise<{ interviewId: number; askedIds: number[]; questionIds: number[] }> {
  const interview = await api(host, 'interview:create', { company: 'Acme', role: 'Product manager', heldAt: '2026-05-02T10:00' });
  const asked = [];
  for (const text of ASKED) asked.push(await askFumbled(host, interview.id, text, ['Brought data to the conversation']));
  await api(host, 'interview-question:update', { id: asked[0].id, answerGiven: ANSWER_GIVEN });
  return { interviewId: interview.id, askedIds: asked.map((a) => a.id), questionIds: asked.map((a) => a.questionId) };
}

/** The story editor's one save status. */
export const storySaveStatus = (page: Page): Locator => page.getByTestId('story-save-status');

/** Waits until every change in the story editor has been saved. */
export async function expectStorySaved(page: Page): Promise<void> {
  await expect(storySaveStatus(page)).toHaveAttribute('data-state', 'saved');
}

/** Opens the Stories screen and waits for it to settle (its list, or its empty state). */
export async function openStories(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(`${host.url}#/stories`);
  await expect(page.getByRole('heading', { level: 1, name: 'Stories', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No stories yet' }).or(page.getByTestId('story-count'))).toBeVisible();
}
