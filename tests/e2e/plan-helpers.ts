// Helpers for the Plan and data end-to-end tests: a few journaled and practised interviews seeded through the API.
import type { Page } from '@playwright/test';
import { askFumbled } from './journal-helpers';
import { api } from './practice-helpers';
import { expect, test, type BrowserHost } from './fixtures';

/** The question fumbled in two interviews, and the points the person wished they had made. */
export const DISAGREE = {
  text: 'Tell me about a time you disagreed with your manager.',
  keyPoints: ['Listened to their reasons first', 'Brought data to the conversation'],
};

/** A technical question fumbled once. */
export const ESTIMATE = {
  text: 'How would you estimate a project you have never done before?',
  keyPoints: ['Break it into parts'],
};

interface SeedInterview {
  company: string;
  heldAt: string;
  ratings: Record<string, number>;
  wentBadly?: string;
  fumbled: { text: string; category: 'behavioural' | 'technical'; keyPoints: string[] }[];
}

/** Three interviews, oldest first: confidence stays lowest, so it is the weakest area. */
export const INTERVIEWS: SeedInterview[] = [
  {
    company: 'Acme',
    heldAt: '2026-03-02T10:00',
    ratings: { punctuality: 5, 'first-impressions': 3, confidence: 1, answers: 2, closing: 3 },
    wentBadly: 'I froze when they asked about conflict.',
    fumbled: [{ ...DISAGREE, category: 'behavioural' }],
  },
  {
    company: 'Globex',
    heldAt: '2026-04-10T14:00',
    ratings: { punctuality: 4, 'first-impressions': 4, confidence: 2, answers: 3, closing: 3 },
    fumbled: [
      { ...DISAGREE, category: 'behavioural' },
      { ...ESTIMATE, category: 'technical' },
    ],
  },
  {
    company: 'Initech',
    heldAt: '2026-05-20T09:30',
    ratings: { punctuality: 5, 'first-impressions': 4, confidence: 2, answers: 4, closing: 4 },
    fumbled: [],
  },
];

/** Journals the interviews (ratings, fumbled questions with key points), then practises and grades what is due. */
export async function seedPlanData(host: BrowserHost, interviews: SeedInterview[] = INTERVIEWS): Promise<void> {
  for (const seed of interviews) {
    const interview = await api(host, 'interview:create', { company: seed.company, heldAt: seed.heldAt });
    for (const [area, rating] of Object.entries(seed.ratings)) {
      await api(host, 'reflection:save', {
        interviewId: interview.id,
        area,
        rating,
        ...(area === 'confidence' && seed.wentBadly ? { wentBadly: seed.wentBadly } : {}),
      });
    }
    for (const q of seed.fumbled) {
      await askFumbled(host, interview.id, q.text, q.keyPoints, q.category);
    }
  }
}

/** One practice session over what is due, each answer graded `grade`. */
export async function practiseDue(host: BrowserHost, grade: 'again' | 'hard' | 'good' | 'easy'): Promise<void> {
  const session = await api(host, 'practice:start', { source: 'due', length: 5, thinkSeconds: 0 });
  for (let position = 0; position < session.questions.length; position++) {
    const attempt = await api(host, 'practice:saveAttempt', {
      sessionId: session.id,
      position,
      answerText: 'I listened first, then brought data and suggested a small experiment.',
      durationMs: 60_000,
    });
    await api(host, 'practice:grade', { attemptId: attempt.id, grade, keyPoints: [] });
  }
  await api(host, 'practice:end', { id: session.id });
}

/** The Plan screen, once the plan and its charts have loaded. */
export async function openPlan(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(`${host.url}#/plan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Action items' })).toBeVisible();
}

/**
 * "<what> have no serious or critical axe violations", once in each colour scheme, on the seeded plan data: `body`
 * opens the screens and scans each one.
 */
export function axeOnPlanData(what: string, body: (page: Page, host: BrowserHost) => Promise<void>): void {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${what} have no serious or critical axe violations (${colorScheme})`, async ({ page, host }) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await seedPlanData(host);
      await body(page, host);
    });
  }
}
