// The window hidden behind another and brought back, as the browser reports it to the page.
import type { Page } from '@playwright/test';

/** The page as the person brings it back to the front: hidden, then visible again, as the browser reports it. */
export async function showAgain(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const state of ['hidden', 'visible'] as const) {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });
}
