import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * `npm run dev` only: Vite's dev server injects each component's styles as <style> elements, which the page's CSP
 * (`style-src 'self'`, renderer/index.html) refuses. Rather than `'unsafe-inline'`, the dev page gets a nonce that
 * Vite stamps on the styles it injects (`html.cspNonce`). A fresh one per dev-server start; the production build
 * is untouched and keeps `style-src 'self'` alone.
 */
export function devStyleNonce(nonce = randomBytes(16).toString('base64')): Plugin {
  return {
    name: 'debrief-dev-style-nonce',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: (html) => {
      if (!html.includes("style-src 'self'")) throw new Error("renderer/index.html's CSP has no style-src 'self' to extend.");
      return html.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`);
    },
  };
}
