/** The custom scheme the packaged renderer is served from, instead of file:// (Electron security checklist). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'debrief';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True when a URL belongs to one of the origins the app's own pages are served from. */
export function isAppUrl(raw: string | undefined, trustedOrigins: readonly string[]): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    // Non-standard schemes report origin "null", so compare scheme and host ourselves.
    const origin = url.origin !== 'null' ? url.origin : `${url.protocol}//${url.host}`;
    return trustedOrigins.includes(origin);
  } catch {
    return false;
  }
}
