// Helpers for the follow-ups end-to-end tests: a journaled interview that is due for a thank-you, seeded through the
// host's API, and the screens the specs open.
import type { Locator, Page } from '@playwright/test';
import { expect, type BrowserHost } from './fixtures';
import { api, askFumbled } from './journal-helpers';

/** The interviewer and the key point the person did not get across, as the seeded journal holds them. */
export const SEEDED = {
  company: 'Acme',
  role: 'Product manager',
  interviewer: { name: 'Ann Lee', role: 'Head of Product', email: 'ann@example.com' },
  question: 'Tell me about a time you disagreed with your manager.',
  missedPoint: 'I brought data to the conversation and proposed a small experiment',
  yourName: 'Sam Rivera',
};

/** A local YYYY-MM-DD `days` from today in this machine's time zone (the host shares it). */
export function localDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * An interview held yesterday (inside the default 1-2 day window, so its thank-you is due now) with one interviewer
 * and one fumbled question whose key point was missed; "Your name" is set unless told otherwise.
 */
export async function seedDueInterview(host: BrowserHost, options: { yourName?: string } = {}): Promise<number> {
  const interview = await api(host, 'interview:create', {
    company: SEEDED.company,
    role: SEEDED.role,
    heldAt: `${localDay(-1)}T10:00`,
    interviewers: [SEEDED.interviewer],
  });
  await askFumbled(host, interview.id, SEEDED.question, [SEEDED.missedPoint]);
  const yourName = options.yourName ?? SEEDED.yourName;
  if (yourName) await api(host, 'settings:update', { yourName });
  return interview.id;
}

/** The Follow-ups screen, once its list (or its empty state) is on screen. */
export async function openFollowUps(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(`${host.url}#/follow-ups`);
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading your follow-ups' })).toHaveCount(0);
}

/** One interview's follow-up page, once its heading is shown. */
export async function openInterviewFollowUps(page: Page, host: BrowserHost, id: number, query = ''): Promise<void> {
  await page.goto(`${host.url}#/follow-ups/interview/${id}${query}`);
  await expect(page.getByRole('heading', { level: 1, name: `Follow up: ${SEEDED.company}` })).toBeVisible();
}

/** One group of the Follow-ups screen ('due-now', 'overdue', 'upcoming', 'sent'). */
export const dueSection = (page: Page, state: string): Locator => page.getByTestId(`due-section-${state}`);

/** The composer's message box. */
export const messageBox = (page: Page): Locator => page.getByTestId('composer').getByRole('textbox', { name: 'Message' });

/** Waits until the composer has saved every change. */
export async function expectComposerSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('composer-save-status')).toHaveAttribute('data-state', 'saved');
}
