// Screenshots of the Plan screen and its print view (empty, one interview, several) in light and dark, for looking
// at; saved under SHOTS_DIR when set, else in the test's output folder.
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { previewImportAndOpenFolder } from './data-helpers';
import { expect, test } from './fixtures';
import { INTERVIEWS, openPlan, practiseDue, seedPlanData } from './plan-helpers';
import { api } from './practice-helpers';

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  await page.screenshot({ path: dir ? path.join(dir, `${name}.png`) : info.outputPath(`${name}.png`), fullPage: true });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the plan screen, empty, with one interview and with several, looks finished (${colorScheme})`, async ({
    page,
    host,
  }, info) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1200, height: 800 });
    await openPlan(page, host);
    await expect(page.getByRole('heading', { name: 'Your plan will take shape here' })).toBeVisible();
    await shot(page, info, `plan-empty-${colorScheme}`);

    await seedPlanData(host, INTERVIEWS.slice(0, 1));
    await openPlan(page, host);
    await expect(page.getByTestId('chart-areas').locator('canvas').first()).toBeVisible();
    await shot(page, info, `plan-one-${colorScheme}`);

    await seedPlanData(host, INTERVIEWS.slice(1));
    await practiseDue(host, 'hard');
    await openPlan(page, host);
    await expect(page.getByTestId('chart-grades').locator('canvas')).toBeVisible();
    await shot(page, info, `plan-several-${colorScheme}`);
    await page.setViewportSize({ width: 760, height: 800 });
    await shot(page, info, `plan-several-760-${colorScheme}`);
    await page.setViewportSize({ width: 1200, height: 800 });

    await page.getByRole('button', { name: 'Export plan…' }).click();
    await expect(page.getByTestId('export-plan-dialog')).toBeVisible();
    await page.screenshot({
      path: process.env.SHOTS_DIR
        ? path.join(process.env.SHOTS_DIR, `export-dialog-${colorScheme}.png`)
        : info.outputPath('export.png'),
    });
    await page.getByRole('radio', { name: /PDF/ }).check();
    await page.getByRole('button', { name: 'Open print view' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Improvement plan' })).toBeVisible();
    await expect(page.getByText(DISAGREE_TEXT)).toBeVisible();
    await shot(page, info, `print-${colorScheme}`);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the settings data section, its import preview and the delete dialog look finished (${colorScheme})`, async ({
    page,
    host,
  }, info) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1200, height: 800 });
    await seedPlanData(host);
    await api(host, 'backup:create');
    const exported = await api(host, 'data:exportJson');
    await page.goto(`${host.url}#/settings`);
    await expect(page.getByTestId('own-data')).toBeVisible();
    await previewImportAndOpenFolder(page, exported.content);
    await shot(page, info, `settings-data-${colorScheme}`);
    await page.setViewportSize({ width: 760, height: 800 });
    await shot(page, info, `settings-data-760-${colorScheme}`);
    await page.setViewportSize({ width: 1200, height: 800 });
    await page
      .getByRole('button', { name: /^Restore the backup from/ })
      .first()
      .click();
    await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible();
    await page.screenshot({
      path: process.env.SHOTS_DIR
        ? path.join(process.env.SHOTS_DIR, `restore-dialog-${colorScheme}.png`)
        : info.outputPath('restore.png'),
    });
    await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete all your data?' })).toBeVisible();
    await page.screenshot({
      path: process.env.SHOTS_DIR
        ? path.join(process.env.SHOTS_DIR, `delete-dialog-${colorScheme}.png`)
        : info.outputPath('delete.png'),
    });
  });
}

const DISAGREE_TEXT = 'Tell me about a time you disagreed with your manager.';
