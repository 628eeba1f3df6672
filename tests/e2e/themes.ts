// Specs run once per theme: the same checks in light and in dark.
import { test } from './fixtures';

/** The tests `body` declares, once in the light theme and once in the dark: a describe each, its pages in that scheme. */
export function inEachTheme(body: (colorScheme: 'light' | 'dark') => void): void {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${colorScheme} theme`, () => {
      test.beforeEach(async ({ page }) => {
        await page.emulateMedia({ colorScheme });
      });
      body(colorScheme);
    });
  }
}
