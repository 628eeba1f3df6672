import type { Handlers } from '../ipc/router';
import type { FollowupDrafting } from './followup-drafting';
import type { FollowupMail } from './followup-mail';
import type { FollowupPlanService } from './followup-plan-service';
import type { FollowupService } from './followup-service';
import type { Template } from './templates';
import { WORD_TARGETS } from '../../shared/followups-schemas';

/** The services a follow-up route may call. */
interface FollowupServices {
  templates: Template[];
  drafting: FollowupDrafting;
  followups: FollowupService;
  plans: FollowupPlanService;
  mail: FollowupMail;
}

/** The follow-up routes: each one line into a service. */
export function followupRoutes(s: FollowupServices): Handlers {
  const ok = { ok: true as const };
  return {
    'followup:templates': () => s.templates.map((t) => ({ ...t, wordTarget: WORD_TARGETS[t.kind] })),
    'followup:overview': ({ interviewId }) => s.plans.overview(interviewId),
    'followup:updatePlan': ({ interviewId, baseRevision, patch }) => s.plans.updatePlan(interviewId, baseRevision, patch),
    'followup:draftThankYous': ({ interviewId, templateId, interviewers, specificMoment }) =>
      s.drafting.thankYous(interviewId, templateId, interviewers, specificMoment),
    'followup:draftCheckIn': ({ interviewId, interviewerIndex }) => s.drafting.checkIn(interviewId, interviewerIndex),
    'followup:draftSecondChance': ({ interviewId, ...input }) => s.drafting.secondChance(interviewId, input),
    'followup:draftChanceToImpress': ({ interviewId, ...input }) => s.drafting.chanceToImpress(interviewId, input),
    'followup:get': ({ id }) => s.followups.get(id),
    'followup:update': ({ id, baseRevision, patch, newVersion }) =>
      s.followups.update(id, baseRevision, patch, { newVersion: newVersion ?? false }),
    'followup:regenerate': ({ id, templateId }) => s.drafting.regenerate(id, templateId),
    'followup:leaveOutStory': ({ id, baseRevision, point, leftOut }) =>
      s.drafting.leaveOutStory(id, baseRevision, point, leftOut),
    'followup:versions': ({ id }) => s.followups.versions(id),
    'followup:restoreVersion': ({ id, versionId }) => s.followups.restoreVersion(id, versionId),
    'followup:markSent': ({ id, sentOn }) => s.followups.markSent(id, sentOn),
    'followup:setStatus': ({ id, status }) => s.followups.setStatus(id, status),
    'followup:remove': ({ id }) => (s.followups.remove(id), ok),
    'followup-checklist:add': ({ followupId, text }) => s.followups.addChecklistItem(followupId, text),
    'followup-checklist:update': ({ id, ...change }) => s.followups.updateChecklistItem(id, change),
    'followup-checklist:remove': ({ id }) => s.followups.removeChecklistItem(id),
    'followup:due': () => s.plans.due(),
    'followup:mailto': ({ id }) => s.mail.mailto(id),
    'followup:openInMail': ({ id, allowUnfilled }) => s.mail.openInMail(id, allowUnfilled),
  };
}
