import { AppError } from '../../shared/errors';
import { followupAccess, type FollowupContext } from './followup-context';
import { toFollowup } from './followup-view';
import { buildMailto, isMailtoUrl } from './mailto';

/** Opens a URL in the system's apps; Electron passes shell.openExternal, the browser host nothing. */
export type OpenExternal = (url: string) => Promise<void> | void;

/** Turns a follow-up into a mailto: URL and, where the host can, opens it; nothing but mailto: ever leaves here. */
export function createFollowupMail(ctx: FollowupContext, openExternal?: OpenExternal) {
  const access = followupAccess(ctx);

  function mailto(id: number) {
    const f = toFollowup(ctx.repo, access.followup(id));
    const built = buildMailto({ to: f.recipientEmail, subject: f.subject, body: f.body });
    if (!built.ok) throw new AppError('VALIDATION', built.message, [{ path: built.field, message: built.message }]);
    return { url: built.url, length: built.length, unfilled: f.unfilled };
  }

  return {
    mailto,

    async openInMail(id: number, allowUnfilled: boolean): Promise<{ url: string; opened: boolean }> {
      const { url, unfilled } = mailto(id);
      if (unfilled.length && !allowUnfilled) {
        const list = unfilled.map((p) => `{{${p}}}`).join(', ');
        throw new AppError('CONFLICT', `Fill in or remove ${list} before sending.`, [
          { path: 'body', message: `Still to fill in: ${list}.` },
        ]);
      }
      if (!openExternal) return { url, opened: false };
      // The builder only makes mailto: URLs; this check keeps it that way whatever changes around it.
      if (!isMailtoUrl(url)) throw new Error(`Refused to open a URL that is not mailto: (${url.slice(0, 20)}...)`);
      try {
        await openExternal(url);
      } catch {
        throw new AppError(
          'INTERNAL',
          'Your computer could not open a mail app for this message. Copy it instead and paste it into a new email.',
        );
      }
      return { url, opened: true };
    },
  };
}

export type FollowupMail = ReturnType<typeof createFollowupMail>;
