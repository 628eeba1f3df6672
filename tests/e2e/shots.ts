// Screenshots of one state, to look at by hand: light and dark, at 1280x800 and 800x600 (under SHOTS_DIR when set).
import type { Locator, Page } from '@playwright/test';
import { shotPath } from './speech-helpers';

/** The two window sizes every screen is looked at in. */
export const SHOT_SIZES = [
  [1280, 800],
  [800, 600],
] as const;

/** How a set of shots is taken. */
export interface ShotOptions {
  /** The whole page rather than the window. */
  fullPage?: boolean;
  /** Leave the page dark afterwards (the spec goes on in the last scheme shot) rather than put it back to light. */
  keepScheme?: boolean;
  /** Put the window back to 1280x800 afterwards. */
  resetSize?: boolean;
}

/** Light and dark, at both sizes, with `target` scrolled into view: `${name}-${scheme}-${width}x${height}.png`. */
export async function shootAll(page: Page, name: string, target: Locator, options: ShotOptions = {}): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [width, height] of SHOT_SIZES) {
      await page.setViewportSize({ width, height });
      await target.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shotPath(`${name}-${colorScheme}-${width}x${height}`), fullPage: options.fullPage });
    }
  }
  if (!options.keepScheme) await page.emulateMedia({ colorScheme: 'light' });
  if (options.resetSize) await page.setViewportSize({ width: 1280, height: 800 });
}
