import type Database from 'better-sqlite3';
import type { UncoveredTerms } from '../../shared/plan-schemas';

/** An interview that holds a job description, as the plan names it. */
export type JobInterview = Omit<UncoveredTerms, 'terms'>;

/**
 * Read-only SQL into the story bank's job descriptions: which live interviews of a range hold one (text pasted or terms
 * added), newest first. The terms and their coverage come from the stories domain.
 */
export function createPlanStoriesRepo(db: Database.Database) {
  let withJob: Database.Statement<{ from: string; to: string }, JobInterview> | undefined;
  return {
    /** Live interviews held in [from, to) with a job description. */
    interviewsWithJob(bounds: { from: string; to: string }): JobInterview[] {
      // Prepared on first use: the plan is built before anything reads it, and the table comes with the story bank.
      withJob ??= db.prepare<{ from: string; to: string }, JobInterview>(
        `SELECT i.id AS interviewId, i.company, i.role, i.held_at AS heldAt
        FROM job_descriptions j JOIN interviews i ON i.id = j.interview_id
        WHERE i.deleted_at IS NULL AND i.held_at >= @from AND i.held_at < @to
          AND (trim(j.text) <> '' OR j.added_terms <> '[]')
        ORDER BY i.held_at DESC, i.id DESC`,
      );
      return withJob.all(bounds);
    },
  };
}

export type PlanStoriesRepo = ReturnType<typeof createPlanStoriesRepo>;
