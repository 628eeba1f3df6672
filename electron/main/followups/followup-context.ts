import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { SENT_STATUSES, type FollowupStatus, type TemplateId } from '../../shared/followups-schemas';
import type { InterviewDetail } from '../../shared/journal-schemas';
import type { RealityCheck } from '../../shared/reality-check-schemas';
import type { SettingsService } from '../settings/settings-domain';
import type { FollowupJournalRepo, InterviewFacts } from './followup-journal-repo';
import type { FollowupPlanRepo } from './followup-plan-repo';
import type { FollowupRepo, FollowupRow } from './followup-repo';
import { dayOf, formatDay, toLocalStamp } from '../../shared/local-days';
import type { StoryBank } from './story-citations';
import type { Template } from './templates';

/** The journal as its own services read it: drafts take what the person would do differently and why they fit from it. */
export interface JournalReader {
  detail(interviewId: number): InterviewDetail;
  realityCheck(interviewId: number): RealityCheck;
}

/** What every follow-up service shares: the database, the repos, the templates, Settings and the clock. */
export interface FollowupContext {
  db: Database.Database;
  repo: FollowupRepo;
  plans: FollowupPlanRepo;
  journal: FollowupJournalRepo;
  reader: JournalReader;
  settings: SettingsService;
  templates: Map<TemplateId, Template>;
  /** The story bank drafts cite from; without it (a test that builds no stories) drafts cite none. */
  stories?: StoryBank;
  now: () => Date;
}

/** True once the message went out (the employer's answer included). */
export const isSent = (status: FollowupStatus) => (SENT_STATUSES as readonly string[]).includes(status);

/** Lookups with the errors every route gives the same way: unknown ids, trashed interviews, sent messages. */
export function followupAccess(ctx: FollowupContext) {
  function interview(id: number): InterviewFacts {
    const found = ctx.journal.interview(id);
    if (!found) throw new AppError('NOT_FOUND', `There is no interview with id ${id}. It may have been deleted for good.`);
    return found;
  }

  /** Follow-ups of a trashed interview are read-only, like the journal itself. */
  function writableInterview(id: number): InterviewFacts {
    const found = interview(id);
    if (found.deletedAt) throw new AppError('CONFLICT', 'This interview is in the trash. Restore it to change its follow-ups.');
    return found;
  }

  function followup(id: number): FollowupRow {
    const found = ctx.repo.get(id);
    if (!found) throw new AppError('NOT_FOUND', `There is no follow-up with id ${id}. It may have been deleted.`);
    return found;
  }

  /** A follow-up that may change at all: it exists and its interview is not in the trash. */
  function writable(id: number): { row: FollowupRow; facts: InterviewFacts } {
    const row = followup(id);
    return { row, facts: writableInterview(row.interview_id) };
  }

  /** What was sent stays as it was sent; changing the text needs "back to draft" first. */
  function assertDraft(row: FollowupRow, path?: string): void {
    if (isSent(row.status)) {
      throw new AppError(
        'CONFLICT',
        `This was marked as sent on ${formatDay(dayOf(row.sent_on ?? ''))}; what was sent stays as it was. Set it back to draft to change it, or draft a new one.`,
        path ? [{ path, message: 'Already sent.' }] : undefined,
      );
    }
  }

  return {
    interview,
    writableInterview,
    followup,
    writable,
    assertDraft,
    /** The clock's local time, YYYY-MM-DDTHH:MM. */
    nowLocal: () => toLocalStamp(ctx.now()),
    /** The clock's local day, YYYY-MM-DD. */
    today: () => dayOf(toLocalStamp(ctx.now())),
    stamp: () => ctx.now().toISOString(),
  };
}
