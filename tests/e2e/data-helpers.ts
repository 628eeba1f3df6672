// Steps of the Settings "Your data" section that more than one spec takes.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** On Settings: chooses an export's text as the file to import, waits for its preview, then opens the data folder. */
export async function previewImportAndOpenFolder(page: Page, exportContent: string): Promise<void> {
  await page
    .getByLabel('Choose an export file (.json)')
    .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exportContent) });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByRole('button', { name: 'Open data folder' }).click();
  await expect(page.getByTestId('open-folder-result')).toBeVisible();
}
