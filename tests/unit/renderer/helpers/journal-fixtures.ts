// Journal data shaped exactly like the contract's outputs, so a change in the contract breaks these tests first.
import type { InterviewDetail, InterviewQuestion, InterviewSummary, Reflection } from '@shared/journal-schemas';
import type { RealityCheck } from '@shared/reality-check-schemas';

/** One row of interview:list. */
export function summary(overrides: Partial<InterviewSummary> = {}): InterviewSummary {
  return {
    id: 1,
    company: 'Northwind',
    role: 'Product designer',
    heldAt: '2026-03-03',
    stage: null,
    outcome: 'waiting',
    tags: [],
    lowestArea: null,
    snippet: null,
    deletedAt: null,
    ...overrides,
  };
}

/** One reflection area. */
export function reflection(overrides: Partial<Reflection> = {}): Reflection {
  return {
    area: 'punctuality',
    label: 'Punctuality and arrival',
    custom: false,
    rating: null,
    wentWell: '',
    wentBadly: '',
    notes: '',
    kind: null,
    revision: 1,
    ...overrides,
  };
}

/** One asked question. */
export function asked(overrides: Partial<InterviewQuestion> = {}): InterviewQuestion {
  return {
    id: 10,
    questionId: 100,
    text: 'What is your greatest weakness?',
    category: 'about-you',
    hints: ['A real weakness', 'What you do about it'],
    source: 'bank',
    answerGiven: '',
    howItWent: null,
    kind: null,
    keyPoints: [],
    revision: 1,
    ...overrides,
  };
}

/** interview:get as the main process answers it. */
export function detail(overrides: Partial<InterviewDetail> = {}): InterviewDetail {
  return {
    id: 1,
    company: 'Northwind',
    role: 'Product designer',
    heldAt: '2026-03-03T10:00',
    stage: 'first',
    format: 'video',
    outcome: 'waiting',
    interviewers: [],
    tags: ['design'],
    notes: '',
    questionsAsked: '',
    closingStatement: '',
    createdAt: '2026-03-03T12:00:00.000Z',
    updatedAt: '2026-03-03T12:00:00.000Z',
    deletedAt: null,
    revision: 1,
    reflections: [reflection(), reflection({ area: 'answers', label: 'Quality of answers' })],
    questions: [],
    ...overrides,
  };
}

/** reality-check:get with one slip. */
export function realityCheck(overrides: Partial<RealityCheck> = {}): RealityCheck {
  return {
    interviewId: 1,
    verdict: 'mostly-slips',
    headline: 'Not as bad as it feels: the one thing that went badly is a slip.',
    summary: '1 of 2 rated areas went fine.',
    badThings: [
      {
        source: 'area',
        ref: 'punctuality',
        label: 'Punctuality and arrival',
        detail: 'Rated 2 of 5. Five minutes late.',
        kind: 'slip',
        ruleKind: 'slip',
        overridden: false,
        reason: 'Arriving late is a slip.',
        category: null,
      },
    ],
    areasRated: 2,
    areasFine: 1,
    comparison: [],
    recoverable: [],
    rules: ['Rule one.'],
    ...overrides,
  };
}
