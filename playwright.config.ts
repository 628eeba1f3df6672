import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS as args, CHROMIUM_PATH as executablePath } from './tests/e2e/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME || 'test-results/playwright.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      testIgnore: /electron\//,
      use: { browserName: 'chromium', launchOptions: { executablePath, args } },
    },
    // Needs the Electron binary; scripts/test.mjs runs it only where the binary exists and says so loudly otherwise.
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
});
