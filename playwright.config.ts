import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download is not reachable here, and the system one is what CI installs.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
