import type { RouteParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import {
  MAX_CHECKLIST_ITEMS,
  type Followup,
  type FollowupKind,
  type FollowupStatus,
  type FollowupVersion,
} from '../../shared/followups-schemas';
import { createFieldRevisionRepo, guardFields } from '../db/field-revisions';
import { assertNotBeforeInterview } from './followup-drafting';
import { followupAccess, isSent, type FollowupContext } from './followup-context';
import { saveText } from './followup-text-store';
import { toFollowup, toVersion } from './followup-view';
import { dayOf, formatDay, isBefore } from '../../shared/local-days';

/** A draft's edit: its text, its recipient and the fields of its kind. */
type FollowupPatch = RouteParsedInput<'followup:update'>['patch'];

/** Which kinds carry which fields; anything else in a patch is refused by name. */
const FIELD_KINDS: Partial<Record<keyof FollowupPatch, { kinds: FollowupKind[]; label: string }>> = {
  doDifferently: { kinds: ['second-chance'], label: 'Only a second-chance request says what you would do differently.' },
  missedPoints: { kinds: ['second-chance'], label: 'Only a second-chance request keeps its own list of points.' },
  whyFit: { kinds: ['second-chance', 'chance-to-impress'], label: 'Only a request or a proposal says why you fit.' },
  form: { kinds: ['chance-to-impress'], label: 'Only a chance-to-impress proposal has a form.' },
  plan: { kinds: ['chance-to-impress'], label: 'Only a chance-to-impress proposal has a plan.' },
  dueOn: { kinds: ['chance-to-impress'], label: 'Only a chance-to-impress proposal has a due date.' },
};

/** Editing, sending and answering follow-ups, their versions and checklists: the rules of what may change when. */
export function createFollowupService(ctx: FollowupContext) {
  const { repo, db } = ctx;
  const access = followupAccess(ctx);
  const fieldRevisions = createFieldRevisionRepo(db);
  const view = (id: number) => toFollowup(repo, repo.get(id)!);

  function checklistOwner(followupId: number) {
    const found = access.writable(followupId);
    if (found.row.kind !== 'chance-to-impress') {
      throw new AppError('VALIDATION', 'Only a chance-to-impress proposal has a checklist.', [
        { path: 'followupId', message: 'Not a proposal.' },
      ]);
    }
    return found;
  }

  function checklistItem(id: number) {
    const item = repo.checklistItem(id);
    if (!item) throw new AppError('NOT_FOUND', `There is no checklist item with id ${id}.`);
    return item;
  }

  return {
    get: (id: number): Followup => toFollowup(repo, access.followup(id)),

    /** Edits a message, refused (CONFLICT, nothing written) from a stale revision; the text's versions stay. */
    update(id: number, baseRevision: number, patch: FollowupPatch, options: { newVersion?: boolean } = {}): Followup {
      db.transaction(() => {
        const { row, facts } = access.writable(id);
        const keys = (Object.keys(patch) as (keyof FollowupPatch)[]).filter((k) => patch[k] !== undefined);
        const done = guardFields(fieldRevisions, 'followup', { id }, 'message', baseRevision, keys, () => toFollowup(repo, row));
        if (isSent(row.status)) {
          const locked = keys.find((k) => k !== 'dueOn');
          if (locked) access.assertDraft(row, `patch.${locked}`);
        }
        for (const key of keys) {
          const rule = FIELD_KINDS[key];
          if (rule && !rule.kinds.includes(row.kind))
            throw new AppError('VALIDATION', rule.label, [{ path: `patch.${key}`, message: rule.label }]);
        }
        if (patch.dueOn !== undefined) assertNotBeforeInterview(facts, patch.dueOn, 'patch.dueOn', 'The due date');
        const now = ctx.now();
        const { subject, body, ...fields } = patch;
        repo.update(id, fields, now.toISOString());
        if (subject !== undefined || body !== undefined) {
          const current = repo.latestVersion(id);
          const text = { subject: subject ?? current?.subject ?? '', body: body ?? current?.body ?? '' };
          saveText(repo, id, text, 'edited', now, { extend: !options.newVersion });
        }
        done();
      })();
      return view(id);
    },

    versions(id: number): FollowupVersion[] {
      access.followup(id);
      return repo.versions(id).map(toVersion);
    },

    restoreVersion(id: number, versionId: number): Followup {
      db.transaction(() => {
        const { row } = access.writable(id);
        access.assertDraft(row, 'versionId');
        const version = repo.version(id, versionId);
        if (!version)
          throw new AppError('NOT_FOUND', `This follow-up has no version with id ${versionId}.`, [
            { path: 'versionId', message: 'Unknown version.' },
          ]);
        if (saveText(repo, id, version, 'restored', ctx.now())) repo.touch(id, access.stamp());
        fieldRevisions.mark('followup', { id }, ['subject', 'body']);
      })();
      return view(id);
    },

    markSent(id: number, sentOn?: string): Followup {
      db.transaction(() => {
        const { row, facts } = access.writable(id);
        access.assertDraft(row, 'sentOn');
        const when = sentOn ?? access.today();
        assertNotBeforeInterview(facts, when, 'sentOn', 'The send date');
        if (isBefore(access.nowLocal(), when)) {
          throw new AppError('VALIDATION', 'That date is still to come. Mark it as sent once it has gone.', [
            { path: 'sentOn', message: 'In the future.' },
          ]);
        }
        const version = repo.latestVersion(id)!;
        repo.setSent(id, 'sent', when, version.id, access.stamp());
        repo.setVersionSent(version.id, when);
      })();
      return view(id);
    },

    setStatus(id: number, status: FollowupStatus): Followup {
      db.transaction(() => {
        const { row } = access.writable(id);
        if (status === row.status) return;
        if (status === 'draft') {
          if (row.sent_version_id !== null) repo.setVersionSent(row.sent_version_id, null);
          return repo.setSent(id, 'draft', null, null, access.stamp());
        }
        if (status !== 'sent' && row.kind !== 'second-chance' && row.kind !== 'chance-to-impress') {
          throw new AppError('VALIDATION', `A ${row.kind} is either a draft or sent.`, [
            { path: 'status', message: 'Only draft or sent.' },
          ]);
        }
        if (!isSent(row.status)) {
          const how =
            status === 'sent'
              ? 'Mark it as sent, with the date it went.'
              : 'Mark it as sent first: an answer comes after sending.';
          throw new AppError('CONFLICT', how, [{ path: 'status', message: 'Still a draft.' }]);
        }
        repo.setStatus(id, status, access.stamp());
      })();
      return view(id);
    },

    remove(id: number): void {
      db.transaction(() => {
        const { row } = access.writable(id);
        if (isSent(row.status)) {
          throw new AppError(
            'CONFLICT',
            `This was sent on ${formatDay(dayOf(row.sent_on!))} and stays in the history. Only drafts can be deleted.`,
          );
        }
        repo.remove(id);
      })();
    },

    addChecklistItem(followupId: number, text: string): Followup {
      db.transaction(() => {
        checklistOwner(followupId);
        if (repo.checklistCount(followupId) >= MAX_CHECKLIST_ITEMS) {
          throw new AppError('VALIDATION', `A checklist holds at most ${MAX_CHECKLIST_ITEMS} items.`, [
            { path: 'text', message: 'The checklist is full.' },
          ]);
        }
        repo.addChecklistItem(followupId, text);
        repo.touch(followupId, access.stamp());
      })();
      return view(followupId);
    },

    updateChecklistItem(id: number, change: Omit<RouteParsedInput<'followup-checklist:update'>, 'id'>): Followup {
      const item = checklistItem(id);
      db.transaction(() => {
        checklistOwner(item.followup_id);
        if (change.text !== undefined) repo.setChecklistText(id, change.text);
        // Ticking an item that is already ticked keeps the first time it was done.
        if (change.done !== undefined && change.done !== (item.done_at !== null))
          repo.setChecklistDone(id, change.done ? access.stamp() : null);
        repo.touch(item.followup_id, access.stamp());
      })();
      return view(item.followup_id);
    },

    removeChecklistItem(id: number): Followup {
      const item = checklistItem(id);
      db.transaction(() => {
        checklistOwner(item.followup_id);
        repo.removeChecklistItem(id);
        repo.touch(item.followup_id, access.stamp());
      })();
      return view(item.followup_id);
    },
  };
}

export type FollowupService = ReturnType<typeof createFollowupService>;
