// Stories and job descriptions as the main process sends them, for the stories' renderer tests.
import type { JobCoverage, JobDescription, StorySummary } from '@shared/stories-schemas';

/** A blank story and the coach's word on an empty one, shared with the main-process tests. */
export { draftCheck, story } from '../../../../helpers/story-details';

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

/** An interview's job description, empty unless told otherwise; every term a key one unless told otherwise. */
export function jobDescription(over: Partial<JobDescription> = {}): JobDescription {
  const keyTerms = over.terms?.length ?? 0;
  return { interviewId: 3, text: '', terms: [], keyTerms, removed: [], skipped: 'empty', notice: null, revision: 1, ...over };
}

/** A coverage table with no rows unless told otherwise; every row a key term unless told otherwise. */
export function coverage(over: Partial<JobCoverage> = {}): JobCoverage {
  return { interviewId: 3, rows: [], keyTerms: over.rows?.length ?? 0, gaps: [], moreGaps: 0, ...over };
}
