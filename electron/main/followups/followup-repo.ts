import type Database from 'better-sqlite3';
import type {
  FollowupKind,
  FollowupStatus,
  FollowupVersion,
  ImpressForm,
  StoryCitation,
  TemplateId,
} from '../../shared/followups-schemas';
import { statementCache } from '../db/statement-cache';

/** A followups row as stored. */
export interface FollowupRow {
  id: number;
  interview_id: number;
  kind: FollowupKind;
  template_id: TemplateId;
  status: FollowupStatus;
  recipient_name: string;
  recipient_email: string;
  sent_on: string | null;
  sent_version_id: number | null;
  do_differently: string;
  missed_points: string;
  why_fit: string;
  impress_form: ImpressForm | null;
  plan: string;
  due_on: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
  /** JSON: the stories cited for missed points (storyCitationsColumn). */
  story_citations: string;
}

/** A followup_versions row as stored. */
export interface VersionRow {
  id: number;
  followup_id: number;
  source: FollowupVersion['source'];
  subject: string;
  body: string;
  saved_at: string;
  sent_on: string | null;
}

/** A checklist row as stored. */
interface ChecklistRow {
  id: number;
  followup_id: number;
  position: number;
  text: string;
  done_at: string | null;
}

/** A follow-up of a live interview with its checklist progress, as the due list reads it. */
type LiveFollowupRow = FollowupRow & { checklist_total: number; checklist_done: number };

/** The editable fields of a follow-up, in the service's terms. */
export interface FollowupFields {
  templateId: TemplateId;
  recipientName: string;
  recipientEmail: string;
  doDifferently: string;
  missedPoints: string[];
  whyFit: string;
  form: ImpressForm | null;
  plan: string;
  dueOn: string | null;
}

const COLUMNS = {
  templateId: 'template_id',
  recipientName: 'recipient_name',
  recipientEmail: 'recipient_email',
  doDifferently: 'do_differently',
  missedPoints: 'missed_points',
  whyFit: 'why_fit',
  form: 'impress_form',
  plan: 'plan',
  dueOn: 'due_on',
} as const satisfies Record<keyof FollowupFields, string>;

const stored = (field: keyof FollowupFields, value: unknown) => (field === 'missedPoints' ? JSON.stringify(value) : value);

/** SQL for follow-ups, their versions and checklists. Knows no rules. */
export function createFollowupRepo(db: Database.Database) {
  const insert = db.prepare(`INSERT INTO followups (interview_id, kind, template_id, recipient_name, recipient_email,
      do_differently, missed_points, why_fit, impress_form, plan, due_on, created_at, updated_at)
    VALUES (@interviewId, @kind, @templateId, @recipientName, @recipientEmail, @doDifferently, @missedPoints, @whyFit,
      @form, @plan, @dueOn, @now, @now)`);
  const byId = db.prepare<[number], FollowupRow>('SELECT * FROM followups WHERE id = ?');
  const forInterview = db.prepare<[number], FollowupRow>('SELECT * FROM followups WHERE interview_id = ? ORDER BY id');
  // CROSS JOIN keeps follow-ups (few) as the outer loop: the planner would otherwise walk every interview.
  const forLive = db.prepare<[], LiveFollowupRow>(`SELECT f.*,
      (SELECT count(*) FROM followup_checklist_items c WHERE c.followup_id = f.id) AS checklist_total,
      (SELECT count(*) FROM followup_checklist_items c WHERE c.followup_id = f.id AND c.done_at IS NOT NULL) AS checklist_done
    FROM followups f CROSS JOIN interviews i ON i.id = f.interview_id WHERE i.deleted_at IS NULL ORDER BY f.id`);
  // Every write of a follow-up moves its revision on, so a composer left open elsewhere cannot save over it.
  const setSent = db.prepare(
    'UPDATE followups SET status = ?, sent_on = ?, sent_version_id = ?, updated_at = ?, revision = revision + 1 WHERE id = ?',
  );
  const setStatus = db.prepare('UPDATE followups SET status = ?, updated_at = ?, revision = revision + 1 WHERE id = ?');
  const touch = db.prepare('UPDATE followups SET updated_at = ?, revision = revision + 1 WHERE id = ?');
  const remove = db.prepare('DELETE FROM followups WHERE id = ?');
  const setCitations = db.prepare('UPDATE followups SET story_citations = ? WHERE id = ?');

  const latest = db.prepare<[number], VersionRow>(
    'SELECT * FROM followup_versions WHERE followup_id = ? ORDER BY id DESC LIMIT 1',
  );
  const versions = db.prepare<[number], VersionRow>('SELECT * FROM followup_versions WHERE followup_id = ? ORDER BY id DESC');
  const version = db.prepare<[number, number], VersionRow>('SELECT * FROM followup_versions WHERE id = ? AND followup_id = ?');
  const versionCount = db.prepare<[number], number>('SELECT count(*) FROM followup_versions WHERE followup_id = ?').pluck();
  const insertVersion = db.prepare(
    'INSERT INTO followup_versions (followup_id, source, subject, body, saved_at) VALUES (?, ?, ?, ?, ?)',
  );
  const rewriteVersion = db.prepare('UPDATE followup_versions SET subject = ?, body = ?, saved_at = ? WHERE id = ?');
  const setVersionSent = db.prepare('UPDATE followup_versions SET sent_on = ? WHERE id = ?');

  const checklist = db.prepare<[number], ChecklistRow>(
    'SELECT * FROM followup_checklist_items WHERE followup_id = ? ORDER BY position, id',
  );
  const checklistItem = db.prepare<[number], ChecklistRow>('SELECT * FROM followup_checklist_items WHERE id = ?');
  const checklistCount = db
    .prepare<[number], number>('SELECT count(*) FROM followup_checklist_items WHERE followup_id = ?')
    .pluck();
  const insertItem = db.prepare(`INSERT INTO followup_checklist_items (followup_id, position, text)
    VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM followup_checklist_items WHERE followup_id = ?), ?)`);
  const setItemText = db.prepare('UPDATE followup_checklist_items SET text = ? WHERE id = ?');
  const setItemDone = db.prepare('UPDATE followup_checklist_items SET done_at = ? WHERE id = ?');
  const removeItem = db.prepare('DELETE FROM followup_checklist_items WHERE id = ?');
  const updates = statementCache((sql) => db.prepare(sql));

  return {
    insert(interviewId: number, kind: FollowupKind, fields: FollowupFields, now: string): number {
      const row = { interviewId, kind, ...fields, missedPoints: JSON.stringify(fields.missedPoints), now };
      return Number(insert.run(row).lastInsertRowid);
    },
    get: (id: number) => byId.get(id),
    forInterview: (interviewId: number) => forInterview.all(interviewId),
    /** Every follow-up of a live interview, with its checklist progress. */
    forLiveInterviews: () => forLive.all(),

    /** Writes only the given fields; statements are cached per set of fields. */
    update(id: number, patch: Partial<FollowupFields>, now: string): void {
      const fields = (Object.keys(patch) as (keyof FollowupFields)[])
        .filter((k) => k in COLUMNS && patch[k] !== undefined)
        .sort();
      if (!fields.length) return void touch.run(now, id);
      const sets = fields.map((f) => `${COLUMNS[f]} = @${f}`).join(', ');
      updates(`UPDATE followups SET ${sets}, updated_at = @now, revision = revision + 1 WHERE id = @id`).run({
        ...Object.fromEntries(fields.map((f) => [f, stored(f, patch[f])])),
        now,
        id,
      });
    },
    setSent: (id: number, status: FollowupStatus, sentOn: string | null, versionId: number | null, now: string) =>
      void setSent.run(status, sentOn, versionId, now, id),
    setStatus: (id: number, status: FollowupStatus, now: string) => void setStatus.run(status, now, id),
    touch: (id: number, now: string) => void touch.run(now, id),
    /** Keeps the stories a text cites; the caller moves the revision on (touch) where a window could hold the old list. */
    setStoryCitations: (id: number, citations: StoryCitation[]) => void setCitations.run(JSON.stringify(citations), id),
    remove: (id: number) => void remove.run(id),

    latestVersion: (followupId: number) => latest.get(followupId),
    versions: (followupId: number) => versions.all(followupId),
    version: (followupId: number, versionId: number) => version.get(versionId, followupId),
    versionCount: (followupId: number) => versionCount.get(followupId)!,
    insertVersion(followupId: number, source: VersionRow['source'], subject: string, body: string, now: string): number {
      return Number(insertVersion.run(followupId, source, subject, body, now).lastInsertRowid);
    },
    rewriteVersion: (versionId: number, subject: string, body: string, now: string) =>
      void rewriteVersion.run(subject, body, now, versionId),
    setVersionSent: (versionId: number, sentOn: string | null) => void setVersionSent.run(sentOn, versionId),

    checklist: (followupId: number) => checklist.all(followupId),
    checklistItem: (id: number) => checklistItem.get(id),
    checklistCount: (followupId: number) => checklistCount.get(followupId)!,
    addChecklistItem: (followupId: number, text: string) => Number(insertItem.run(followupId, followupId, text).lastInsertRowid),
    setChecklistText: (id: number, text: string) => void setItemText.run(text, id),
    setChecklistDone: (id: number, doneAt: string | null) => void setItemDone.run(doneAt, id),
    removeChecklistItem: (id: number) => void removeItem.run(id),
  };
}

export type FollowupRepo = ReturnType<typeof createFollowupRepo>;
