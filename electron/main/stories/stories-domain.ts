import type Database from 'better-sqlite3';
import type { JobCoverage, Story } from '../../shared/stories-schemas';
import { createFieldRevisionRepo } from '../db/field-revisions';
import { bestStoryFor } from './best-story';
import { createJobDescriptionsRepo } from './job-descriptions-repo';
import { createJobDescriptionsService } from './job-descriptions-service';
import { createStoriesRepo } from './stories-repo';
import { storiesRoutes } from './stories-routes';
import { createStoriesService } from './stories-service';
import { createStorySourcesRepo } from './story-sources-repo';
import { createJobTermsThread, type JobTermsReader } from './job-terms/thread/job-terms-thread';

// What other domains may use: the job terms extractor (the command's and the app's one module).
export { extractJobTerms } from './job-terms/job-terms';

/** The most practice answers the coverage table reads: the newest, far more than a week of practice. */
const ANSWERS_IN_COVERAGE = 500;

/** What the plan and the follow-ups read of the story bank. */
export interface StoriesReader {
  /** Every live story, whole, with its links, newest first. */
  list(): Story[];
  /** An interview's job description terms against the stories and answers, with the gaps. */
  coverage(interviewId: number): JobCoverage;
  /** Reads these interviews' job terms off the main thread, so that `coverage` answers for them at once. */
  readAhead(interviewIds: readonly number[]): Promise<void>;
  /** The story among `among` that best backs a missed point, or null when none shares its words. */
  bestStoryFor(point: string, among: readonly Story[]): Story | null;
}

/**
 * Builds the story bank over one database: stories linked to questions, and job descriptions with their coverage
 * (their terms read on a thread of their own; `close` ends it).
 */
export function createStoriesDomain(db: Database.Database, now: () => Date, terms: JobTermsReader = createJobTermsThread()) {
  const sources = createStorySourcesRepo(db);
  const stories = createStoriesService(db, createStoriesRepo(db), sources, createFieldRevisionRepo(db), now);
  const jobs = createJobDescriptionsService(
    db,
    createJobDescriptionsRepo(db),
    {
      // A story with every part still empty (a draft just started from a gap, titled and tagged with the term) covers
      // nothing yet: the table would call the gap closed before a word of the story is written.
      stories: () =>
        stories
          .all()
          .filter((s) => [s.situation, s.task, s.action, s.result].some((part) => part.trim() !== ''))
          .map((s) => ({
            id: s.id,
            title: s.title,
            text: [s.title, s.situation, s.task, s.action, s.result, ...s.tags].join('\n'),
          })),
      answers: () =>
        sources
          .answeredAttempts(ANSWERS_IN_COVERAGE)
          .map((a) => ({ attemptId: a.id, questionText: a.question_text, text: a.answer_text })),
    },
    now,
    terms,
  );
  const reader: StoriesReader = {
    list: () => stories.all(),
    coverage: (interviewId) => jobs.coverageNow(interviewId),
    readAhead: (interviewIds) => jobs.readAhead(interviewIds),
    bestStoryFor: (point, among) => bestStoryFor(point, among),
  };
  return { stories: reader, routes: storiesRoutes(stories, jobs), close: () => terms.close() };
}
