// Helpers for the answer coach's end-to-end tests: the answers it reads, a session on one question, and screenshots.
import type { Locator, Page } from '@playwright/test';
import { expect, type BrowserHost } from './fixtures';
import { api } from './journal-helpers';
import { shootAll } from './shots';

export const QUESTION = 'Tell me about a process you improved.';

/** A story with no result, told mostly in "we", ending on a hedge: the coach has plenty to say. */
export const WEAK_ANSWER =
  'Last year at Acme our release pipeline took two hours. I was responsible for making releases faster. ' +
  'We split the tests into parallel jobs and we cached the build. We rolled it out to the whole team. ' +
  'I think it was kind of better.';

/** The same story retold in "I", with a result that has a number, and no task. */
export const STRONG_ANSWER =
  'Last year at Acme our release pipeline took two hours. I split the tests into parallel jobs and I cached the build. ' +
  'Releases went from two hours to fifteen minutes.';

/** A journaled interview at Acme that asked QUESTION, with the answer as given; returns the ids. */
export async function seedAskedQuestion(
  host: BrowserHost,
  answerGiven = WEAK_ANSWER,
): Promise<{ interviewId: number; questionId: number }> {
  const interview = await api(host, 'interview:create', { company: 'Acme', role: 'Engineer', heldAt: '2026-05-02T10:00' });
  const asked = await api(host, 'interview-question:add', { interviewId: interview.id, text: QUESTION, category: 'behavioural' });
  await api(host, 'interview-question:update', { id: asked.id, howItWent: 'fumbled', answerGiven });
  return { interviewId: interview.id, questionId: asked.questionId };
}

/** Starts a session of `length` questions replaying the interview, answering at once with no time limit, and opens it. */
export async function startReplay(page: Page, host: BrowserHost, interviewId: number, length = 1): Promise<number> {
  const session = await api(host, 'practice:start', {
    source: 'interview',
    interviewId,
    length,
    thinkSeconds: 0,
    answerSeconds: null,
  });
  await page.goto(`${host.url}#/practice/session/${session.id}`);
  return session.id;
}

/** Opens a one-question session replaying the interview, answering at once with no time limit. */
export async function openReplaySession(page: Page, host: BrowserHost, interviewId: number): Promise<void> {
  await startReplay(page, host, interviewId);
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
}

/** Light and dark at both sizes, then back to light at 1280x800 (the coach specs go on after). */
export const shootBoth = (page: Page, name: string, target: Locator): Promise<void> =>
  shootAll(page, name, target, { resetSize: true });

/** One figure's value in the coach's figures, by its name ("Result with a number", "“we”"). */
export function figure(scope: Locator, name: string): Locator {
  return scope
    .getByTestId('coach-figures')
    .locator('div', { has: scope.page().locator('dt', { hasText: name }) })
    .locator('dd');
}
