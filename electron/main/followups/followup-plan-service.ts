import type { RouteParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { DueList, FollowupOverview, FollowupPlan } from '../../shared/followups-schemas';
import { createFieldRevisionRepo, guardFields } from '../db/field-revisions';
import { followupAccess, type FollowupContext } from './followup-context';
import type { InterviewFacts } from './followup-journal-repo';
import { assertNotBeforeInterview, same } from './followup-drafting';
import { EMPTY_PLAN } from './followup-plan-repo';
import type { FollowupRow } from './followup-repo';
import { toFollowup } from './followup-view';
import { buildDueList, dueItemsFor, effectiveCheckIn, STALE_AFTER_DAYS, type DueFollowup, type DueInterview } from './due-list';
import { addDays, formatDay } from '../../shared/local-days';
import { journalDraftText } from './journal-draft-text';
import { sendWindow } from './send-window';

// Every send window closes by the third day after the interview; older interviews without follow-up data are stale.
const CANDIDATE_DAYS = 3 + STALE_AFTER_DAYS + 1;

function dueFollowup(row: FollowupRow, checklist: { done: number; total: number } | null): DueFollowup {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    recipientName: row.recipient_name,
    sentOn: row.sent_on,
    dueOn: row.due_on,
    form: row.impress_form,
    checklist: row.kind === 'chance-to-impress' ? checklist : null,
  };
}

const dueInterview = (facts: InterviewFacts, plan: FollowupPlan, followups: DueFollowup[]): DueInterview => ({
  id: facts.id,
  company: facts.company,
  role: facts.role,
  heldAt: facts.heldAt,
  outcome: facts.outcome,
  plan,
  followups,
});

/** The per-interview plan, the interview's follow-up panel, and the due list across interviews. */
export function createFollowupPlanService(ctx: FollowupContext) {
  const { repo, plans, journal } = ctx;
  const access = followupAccess(ctx);
  const fieldRevisions = createFieldRevisionRepo(ctx.db);

  function overview(interviewId: number): FollowupOverview {
    const facts = access.interview(interviewId);
    const plan = plans.get(interviewId);
    const settings = ctx.settings.get();
    const rows = repo.forInterview(interviewId);
    const followups = rows.map((r) => toFollowup(repo, r));
    const thankYous = rows.filter((r) => r.kind === 'thank-you');
    const due = facts.deletedAt
      ? []
      : dueItemsFor(
          dueInterview(
            facts,
            plan,
            rows.map((r, i) => {
              const list = followups[i].checklist;
              return dueFollowup(r, { done: list.filter((c) => c.done).length, total: list.length });
            }),
          ),
          settings.sendWindow,
          access.nowLocal(),
        );
    return {
      interview: {
        id: facts.id,
        company: facts.company,
        role: facts.role,
        heldAt: facts.heldAt,
        outcome: facts.outcome,
        trashed: facts.deletedAt !== null,
      },
      plan,
      window: sendWindow(facts.heldAt, plan.sendWindow ?? settings.sendWindow),
      checkInOn: effectiveCheckIn(plan),
      interviewers: journal.interviewers(interviewId).map((p, index) => ({
        index,
        name: p.name,
        role: p.role,
        email: p.email,
        thankYouId: thankYous.find((f) => same(f.recipient_name, p.name) && same(f.recipient_email, p.email))?.id ?? null,
      })),
      missedPoints: journal.missedPoints(interviewId),
      fromJournal: journalDraftText(ctx.reader.detail(interviewId), ctx.reader.realityCheck(interviewId)),
      followups,
      due,
    };
  }

  return {
    overview,

    /** Sets the interview's follow-up facts, refused (CONFLICT, nothing written) from a stale revision of them. */
    updatePlan(
      interviewId: number,
      baseRevision: number,
      patch: RouteParsedInput<'followup:updatePlan'>['patch'],
    ): FollowupOverview {
      ctx.db.transaction(() => {
        const facts = access.writableInterview(interviewId);
        const current = plans.get(interviewId);
        const fields = Object.entries(patch).flatMap(([k, v]) => (v === undefined ? [] : [k]));
        const key = { interviewId };
        const done = guardFields(fieldRevisions, 'followupPlan', key, 'follow-up plan', baseRevision, fields, () => current);
        const next: FollowupPlan = { ...current };
        for (const [key, value] of Object.entries(patch)) if (value !== undefined) Object.assign(next, { [key]: value });
        const labels = { decisionOn: 'The decision date', checkInOn: 'The check-in date', replyOn: 'The reply date' } as const;
        for (const key of ['decisionOn', 'checkInOn', 'replyOn'] as const) {
          const value = patch[key];
          if (value) assertNotBeforeInterview(facts, value, `patch.${key}`, labels[key]);
        }
        if (patch.replyOn && patch.replyOn > access.today()) {
          throw new AppError('VALIDATION', 'The reply date is still to come.', [
            { path: 'patch.replyOn', message: 'In the future.' },
          ]);
        }
        if (next.checkInOn && next.decisionOn && next.checkInOn <= next.decisionOn) {
          const path = patch.checkInOn !== undefined ? 'patch.checkInOn' : 'patch.decisionOn';
          throw new AppError(
            'VALIDATION',
            `Check in after the decision date (${formatDay(next.decisionOn)}), not before or on it.`,
            [{ path, message: 'The check-in comes after the decision date.' }],
          );
        }
        plans.save(interviewId, next, access.stamp());
        done();
      })();
      return overview(interviewId);
    },

    due(): DueList {
      const now = access.nowLocal();
      const planMap = plans.all();
      const byInterview = new Map<number, DueFollowup[]>();
      for (const row of repo.forLiveInterviews()) {
        const list = byInterview.get(row.interview_id) ?? [];
        list.push(dueFollowup(row, { done: row.checklist_done, total: row.checklist_total }));
        byInterview.set(row.interview_id, list);
      }
      const interviews = journal
        .dueCandidates(addDays(access.today(), -CANDIDATE_DAYS))
        .map((facts) => dueInterview(facts, planMap.get(facts.id) ?? { ...EMPTY_PLAN }, byInterview.get(facts.id) ?? []));
      return buildDueList(interviews, ctx.settings.get().sendWindow, now);
    },
  };
}

export type FollowupPlanService = ReturnType<typeof createFollowupPlanService>;
