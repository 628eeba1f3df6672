// Drafts say what the person meant: the greeting chosen once in Settings, and "Your name" set after drafting signs
// the drafts already written (the gap note then no longer asks for it).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { localDay, messageBox, SEEDED } from './followups-helpers';
import { api } from './journal-helpers';
import { screenUrl } from './nav';

async function openSettings(page: Page, hostUrl: string): Promise<void> {
  await page.goto(screenUrl(hostUrl, '/settings'));
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByTestId('followup-settings').getByRole('textbox', { name: 'Your name' })).toBeVisible();
}

test('the greeting follows Settings, and "Your name" set after drafting signs the draft', async ({ page, host }) => {
  const interview = await api(host, 'interview:create', {
    company: SEEDED.company,
    role: SEEDED.role,
    heldAt: `${localDay(-1)}T10:00`,
    interviewers: [{ name: 'Dr. Priya Shah', role: 'CTO', email: 'priya@example.com' }],
  });
  const [draft] = await api(host, 'followup:draftThankYous', { interviewId: interview.id, templateId: 'thank-you-formal' });
  expect(draft.body).toMatch(/^Dear Priya,\n/);

  // Before the name is set, the draft's gap note asks for it.
  await page.goto(`${host.url}#/follow-ups/interview/${interview.id}?open=${draft.id}`);
  await expect(page.getByTestId('gaps-notice')).toContainText('set “Your name” in Settings');

  // In Settings: the greeting by title and surname, and the name.
  await openSettings(page, host.url);
  const settings = page.getByTestId('followup-settings');
  await expect(settings.getByRole('radio', { name: 'First name (Dear Priya,)' })).toBeChecked();
  await settings.getByRole('radio', { name: 'Title and surname (Dear Dr. Shah,)' }).check();
  await expect(settings.getByTestId('followup-settings-status')).toHaveText('Saved');
  await settings.getByRole('textbox', { name: 'Your name' }).fill(SEEDED.yourName);
  await settings.getByRole('textbox', { name: 'Your name' }).blur();
  await expect.poll(async () => (await api(host, 'settings:get')).yourName).toBe(SEEDED.yourName);

  // The draft written before is signed now, and its gap note no longer asks for the name.
  await page.goto(`${host.url}#/follow-ups/interview/${interview.id}?open=${draft.id}`);
  await expect(messageBox(page)).toHaveValue(new RegExp(`Kind regards,\\n${SEEDED.yourName}$`));
  await expect(page.getByTestId('gaps-notice')).not.toContainText('your name');
  await expect(page.getByTestId('gaps-notice')).not.toContainText('Your name');

  // A new draft greets as chosen.
  await page.getByTestId('composer').getByRole('radio', { name: 'Warm' }).check();
  await expect(messageBox(page)).toHaveValue(/^Hi Priya,\n/);
  await page.getByTestId('composer').getByRole('radio', { name: 'Formal' }).check();
  await expect(messageBox(page)).toHaveValue(/^Dear Dr\. Shah,\n/);
});
