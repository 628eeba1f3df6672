import { SECURITY_HEADERS } from '../security/csp';
import { APP_HOST } from '../security/app-origin';
import { readStaticFile } from './static-files';

/** Answers one app:// request from the built renderer folder, with the same headers the browser host sends. */
export function serveAppRequest(rendererDir: string, requestUrl: string): Response {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const file = readStaticFile(rendererDir, url.pathname);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.body), { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': file.type } });
}
