// Journal data shaped exactly like the contract's outputs, so a change in the contract breaks these tests first.
import type { InterviewSummary } from '@shared/journal-schemas';
import type { RealityCheck } from '@shared/reality-check-schemas';

/** One reflection area, one asked question, and interview:get, shared with the main-process tests. */
export { asked, interviewDetail as detail, reflection } from '../../../helpers/journal-details';

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
