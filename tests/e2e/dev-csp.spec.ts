// `npm run dev` serves the renderer from Vite's dev server, which injects every style as a <style> element. The page's
// CSP must let exactly those through (a nonce), or the desktop app opens unstyled in development.
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import config from '../../electron.vite.config';
import { expect, test } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
let server: ViteDevServer;

test.beforeAll(async () => {
  const renderer = (config as { renderer: Record<string, unknown> }).renderer;
  server = await createServer({
    ...renderer,
    root: path.join(root, 'renderer'),
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await server.listen();
});

test.afterAll(async () => {
  await server?.close();
});

test("the dev server's styles pass the page's CSP, by nonce and not 'unsafe-inline'", async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const url = server.resolvedUrls?.local[0];
  expect(url, 'the Vite dev server did not report its address').toBeTruthy();
  await page.goto(url!);
  // The page without its token says how to open Debrief: rendered by Vue, styled by injected <style> elements.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain('unsafe-inline');
  // base.css sets the body's margin to 0 and its font size to 15px; unstyled, Chromium's defaults are 8px and 16px.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('15px');
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
  expect(await page.locator('style[nonce]').count()).toBeGreaterThan(0);
  expect(refused).toEqual([]);
});

test('the production build keeps the strict CSP, with no nonce and no inline styles allowed', async () => {
  const fs = await import('node:fs');
  const html = fs.readFileSync(path.join(root, 'out/renderer/index.html'), 'utf8');
  expect(html).toContain("style-src 'self';");
  expect(html).not.toMatch(/nonce|unsafe-inline/);
});
