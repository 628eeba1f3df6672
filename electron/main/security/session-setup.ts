import type { Session } from 'electron';
import { APP_ORIGIN } from './app-origin';
import { isPermissionAllowed } from './permissions';

/** The parts of Electron's Session the app configures, so a test can pass a fake that records every call. */
export type SessionLike = Pick<
  Session,
  | 'setSpellCheckerDictionaryDownloadURL'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerLanguages'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
>;

/**
 * Where Chromium would fetch Hunspell dictionaries from (by default a Google server): a path on the app's own origin,
 * which serves no such file. A dictionary asked for is then simply not there; nothing leaves the computer.
 */
export const DICTIONARY_URL = `${APP_ORIGIN}/spellcheck-dictionaries/`;

/**
 * Whether spellchecking can stay on this computer. macOS checks with the system's own spellchecker and never
 * downloads a dictionary; Windows checks with its own Spell Checking API, and any Hunspell dictionary Chromium still
 * asks for there goes to DICTIONARY_URL and is not found. Linux has only Hunspell, whose dictionaries Electron
 * downloads, so spellchecking is off there rather than online.
 */
export function spellcheckStaysLocal(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/** What the session was set up to do, for the window factory. */
export interface SessionSetup {
  spellcheck: boolean;
}

/**
 * Sets up the app's session before any window opens: spellchecking local or off, never reaching outside, and only
 * the microphone allowed, only to the app's own page (security/permissions.ts).
 */
export function configureSession(
  session: SessionLike,
  options: { platform: NodeJS.Platform; trustedOrigins: readonly string[] },
): SessionSetup {
  // On every platform, even where the URL is unused (macOS), so no default ever points at a server.
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_URL);
  const spellcheck = spellcheckStaysLocal(options.platform);
  if (!spellcheck) {
    // No languages, no dictionary to want: Electron otherwise picks the system locale's and starts its download.
    session.setSpellCheckerLanguages([]);
  }
  session.setSpellCheckerEnabled(spellcheck);

  const allowed = (permission: string, requestingUrl: string | undefined, mediaTypes?: string[]) =>
    isPermissionAllowed({ permission, requestingUrl, mediaTypes }, options.trustedOrigins);
  session.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl, 'mediaTypes' in details ? details.mediaTypes : undefined)),
  );
  session.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    allowed(permission, details.requestingUrl ?? requestingOrigin, details.mediaType ? [details.mediaType] : undefined),
  );
  return { spellcheck };
}
