// Stories and job descriptions as the main process sends them, for the stories' renderer tests.
import type { JobCoverage, JobDescription, Story, StoryCheck, StorySummary } from '@shared/stories-schemas';

/** What the coach says of a story with every part empty. */
export function draftCheck(over: Partial<StoryCheck> = {}): StoryCheck {
  return {
    draft: true,
    missingParts: ['situation', 'task', 'action', 'result'],
    resultHasNumber: false,
    pronouns: { singular: 0, plural: 0 },
    remarks: ['Add the situation: where you were and what was going on.'],
    ...over,
  };
}

/** A story, blank unless told otherwise. */
export function story(over: Partial<Story> = {}): Story {
  return {
    id: 7,
    title: '',
    situation: '',
    task: '',
    action: '',
    result: '',
    tags: [],
    origin: { kind: 'blank', interviewId: null, interviewLabel: null },
    links: [],
    check: draftCheck(),
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    revision: 1,
    ...over,
  };
}

/** A story as the list shows it. */
export function summary(over: Partial<StorySummary> = {}): StorySummary {
  return {
    id: 7,
    title: 'Month-end close',
    tags: [],
    linkCount: 0,
    draft: true,
    updatedAt: '2026-12-01T10:00:00.000Z',
    snippet: null,
    ...over,
  };
}

/** An interview's job description, empty unless told otherwise. */
export function jobDescription(over: Partial<JobDescription> = {}): JobDescription {
  return { interviewId: 3, text: '', terms: [], removed: [], skipped: 'empty', notice: null, revision: 1, ...over };
}

/** A coverage table with no rows unless told otherwise. */
export function coverage(over: Partial<JobCoverage> = {}): JobCoverage {
  return { interviewId: 3, rows: [], gaps: [], ...over };
}
