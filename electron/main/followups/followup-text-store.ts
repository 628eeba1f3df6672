import { AppError } from '../../shared/errors';
import { MAX_BODY } from '../../shared/followups-schemas';
import type { FollowupRepo, VersionRow } from './followup-repo';

/**
 * Edits this close to the last edit extend that version instead of adding one: an autosaving editor would
 * otherwise keep a version per pause in typing. Generated, restored and sent texts are never rewritten.
 */
export const EDIT_RUN_MS = 5 * 60_000;

/**
 * Saves a follow-up's text as its newest version and says whether anything changed. Unchanged text adds nothing;
 * an edit within EDIT_RUN_MS of an unsent edit extends it; anything else is a new version.
 */
export function saveText(
  repo: FollowupRepo,
  followupId: number,
  text: { subject: string; body: string },
  source: VersionRow['source'],
  now: Date,
  options: { extend?: boolean } = {},
): boolean {
  if (text.body.length > MAX_BODY) {
    throw new AppError('VALIDATION', `The message is over ${MAX_BODY.toLocaleString('en')} characters; please shorten it.`, [
      { path: 'body', message: `Keep it under ${MAX_BODY.toLocaleString('en')} characters.` },
    ]);
  }
  const last = repo.latestVersion(followupId);
  if (last && last.subject === text.subject && last.body === text.body) return false;
  const stamp = now.toISOString();
  const extend =
    options.extend !== false &&
    last &&
    source === 'edited' &&
    last.source === 'edited' &&
    last.sent_on === null &&
    now.getTime() - Date.parse(last.saved_at) < EDIT_RUN_MS;
  if (extend) repo.rewriteVersion(last.id, text.subject, text.body, stamp);
  else repo.insertVersion(followupId, source, text.subject, text.body, stamp);
  return true;
}
