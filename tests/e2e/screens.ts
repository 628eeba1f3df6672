// Shooting a changed screen the same way everywhere: light and dark, 1280x800 and 800x600, with the part that changed
// scrolled into view; and, in both themes, what is wrong with it that a machine can tell: axe's serious and critical
// violations, and a page wider than the window (text that runs off at 800x600). PNGs go to SHOTS_DIR when set.
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { shotPath } from './speech-helpers';

/** The two window sizes every changed screen is shot at: a laptop, and the smallest window the app supports. */
export const SIZES = [
  [1280, 800],
  [800, 600],
] as const;
/** Both colour schemes; the app follows the system's. */
export const SCHEMES = ['light', 'dark'] as const;

/** Horizontal overflow of the page at the current size, as "1012px wide in 800px", or null when it fits. */
async function overflow(page: Page): Promise<string | null> {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  return scroll > client ? `${scroll}px wide in ${client}px` : null;
}

/**
 * Shoots `name` in every scheme and size with `target` in view (`<name>-<scheme>-<width>x<height>.png`), and returns
 * every problem found on the way (axe in each scheme, overflow at each size), each saying where; [] when clean. Leaves
 * the page light at 1280x800.
 */
export async function shootEvery(page: Page, name: string, target: Locator): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await target.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shotPath(`${name}-${colorScheme}-${width}x${height}`) });
      const wide = await overflow(page);
      if (wide) problems.push(`${name} ${colorScheme} ${width}x${height}: the page is ${wide}`);
    }
    for (const v of await seriousViolations(page)) problems.push(`${name} ${colorScheme}: ${v}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
  return problems;
}
