import { isAppUrl } from './app-origin';

/** The facts of a permission request that the decision depends on (a subset of Electron's details). */
export interface PermissionQuery {
  permission: string;
  requestingUrl?: string;
  mediaTypes?: readonly string[];
}

/**
 * Microphone audio for practice recordings, and writing text to the clipboard (the follow-up's "Copy message"),
 * asked by the app's own page, and nothing else: no camera, no notifications prompt, no geolocation, no clipboard read.
 * Electron refuses a clipboard write without this, although a browser allows it after a click.
 */
export function isPermissionAllowed(query: PermissionQuery, trustedOrigins: readonly string[]): boolean {
  if (!isAppUrl(query.requestingUrl, trustedOrigins)) return false;
  if (query.permission === 'clipboard-sanitized-write') return true;
  if (query.permission !== 'media') return false;
  const types = query.mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'audio');
}
