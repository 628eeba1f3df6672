import { MAILTO_MAX_LENGTH, WORD_TARGETS, type Followup, type FollowupVersion } from '../../shared/followups-schemas';
import { countWords, findUnfilled } from '../../shared/followups-text';
import { storyCitationsColumn, stringListColumn } from '../../shared/json-columns';
import { parseJsonColumn } from '../db/json-column';
import type { FollowupFields, FollowupRepo, FollowupRow, VersionRow } from './followup-repo';
import { buildMailto } from './mailto';
import { pointsNotInText } from './missed-point-sentences';
import { textHas } from './story-citations';

/** The stories a follow-up's text cited when it was written (empty for kinds that cite none). */
export const citationsOf = (row: FollowupRow) => parseJsonColumn(storyCitationsColumn, row.story_citations);

/** Whether a text fits in a mailto: URL, and how long that URL would be. */
function mailFit(to: string, subject: string, body: string): Followup['mail'] {
  const built = buildMailto({ to, subject, body });
  if (built.ok) return { fits: true, length: built.length, limit: MAILTO_MAX_LENGTH };
  return { fits: false, length: built.length ?? 0, limit: MAILTO_MAX_LENGTH };
}

/** The stored fields of a follow-up, in the service's terms. */
export function fieldsOf(row: FollowupRow): FollowupFields {
  return {
    templateId: row.template_id,
    recipientName: row.recipient_name,
    recipientEmail: row.recipient_email,
    doDifferently: row.do_differently,
    missedPoints: parseJsonColumn(stringListColumn, row.missed_points),
    whyFit: row.why_fit,
    form: row.impress_form,
    plan: row.plan,
    dueOn: row.due_on,
  };
}

/** One stored version as the contract shows it. */
export function toVersion(v: VersionRow): FollowupVersion {
  return {
    id: v.id,
    followupId: v.followup_id,
    savedAt: v.saved_at,
    source: v.source,
    subject: v.subject,
    body: v.body,
    wordCount: countWords(v.body),
    sentOn: v.sent_on,
  };
}

/** A follow-up with its current text (the newest version), checklist and everything the composer shows. */
export function toFollowup(repo: FollowupRepo, row: FollowupRow): Followup {
  const current = repo.latestVersion(row.id);
  const subject = current?.subject ?? '';
  const body = current?.body ?? '';
  return {
    id: row.id,
    interviewId: row.interview_id,
    kind: row.kind,
    ...fieldsOf(row),
    status: row.status,
    subject,
    body,
    wordCount: countWords(body),
    wordTarget: WORD_TARGETS[row.kind],
    unfilled: findUnfilled(subject, body),
    sentOn: row.sent_on,
    sentVersionId: row.sent_version_id,
    checklist: repo.checklist(row.id).map((c) => ({ id: c.id, text: c.text, done: c.done_at !== null, doneAt: c.done_at })),
    versionCount: repo.versionCount(row.id),
    pointsNotInText: row.kind === 'second-chance' ? pointsNotInText(fieldsOf(row).missedPoints, body) : [],
    storyCitations: citationsOf(row).map((c) => ({ ...c, inText: !c.leftOut && textHas(body, c.sentence) })),
    mail: mailFit(row.recipient_email, subject, body),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}
