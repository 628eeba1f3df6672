// Accessibility of the journal's screens with real content on them, in the light and the dark theme.
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test, type BrowserHost } from './fixtures';
import { inEachTheme } from './themes';
import { api, createInterview, openInterview, openJournal } from './journal-helpers';

/** An interview with something in every section: ratings, text, a fumbled bank question with key points, a slip and gaps. */
async function filledInterview(host: BrowserHost): Promise<number> {
  const { id } = await createInterview(host, {
    company: 'Lumen Analytics',
    role: 'Senior product designer',
    heldAt: '2026-03-03T10:00',
    stage: 'second',
    format: 'video',
    tags: ['design', 'remote'],
    interviewers: [{ name: 'Priya Shah', role: 'Head of design', email: 'priya@example.com' }],
    notes: 'The first minutes were rough; after that it settled.',
  });
  await api(host, 'reflection:save', { interviewId: id, area: 'punctuality', rating: 2, wentBadly: 'Five minutes late.' });
  await api(host, 'reflection:save', { interviewId: id, area: 'answers', rating: 2, wentBadly: 'No numbers ready.' });
  await api(host, 'reflection:save', { interviewId: id, area: 'confidence', rating: 4, wentWell: 'Calm voice.', kind: 'gap' });
  await api(host, 'reflection:addArea', { interviewId: id, label: 'Portfolio review' });
  const bank = await api(host, 'bank:list', { query: 'weakness', limit: 1 });
  const q = await api(host, 'interview-question:add', { interviewId: id, questionId: bank.items[0].id });
  await api(host, 'interview-question:update', {
    id: q.id,
    howItWent: 'fumbled',
    answerGiven: 'I said I work too hard.',
    keyPoints: [
      { text: 'A real weakness', missed: true },
      { text: 'What I do about it', missed: false },
    ],
  });
  await api(host, 'interview-question:add', { interviewId: id, text: 'How do you measure design?', category: 'technical' });
  // An earlier interview, so the comparison shows.
  const earlier = await createInterview(host, { company: 'Globex', heldAt: '2026-01-10', outcome: 'rejected' });
  await api(host, 'reflection:save', { interviewId: earlier.id, area: 'answers', rating: 4 });
  return id;
}

/** An axe scan of the whole editor takes seconds on a busy machine; editor tests get the longer timeout. */
function editorScan(): void {
  test.slow();
}

async function expectClean(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

inEachTheme(() => {
  test('the journal list with interviews and a search has no serious or critical violations', async ({ page, host }) => {
    await filledInterview(host);
    await openJournal(page, host);
    await expect(page.getByTestId('journal-count')).toHaveText('2 interviews');
    await expectClean(page);
    await page.getByRole('searchbox', { name: 'Search everything you wrote' }).fill('settl');
    await expect(page.getByTestId('journal-count')).toHaveText('1 found');
    await expectClean(page);
  });

  test('the editor with content has no serious or critical violations', async ({ page, host }) => {
    editorScan();
    const id = await filledInterview(host);
    await openInterview(page, host, id, 'Lumen Analytics');
    await expect(page.getByTestId('reality-check').getByRole('list', { name: 'Gaps' })).toBeVisible();
    await expect(page.getByTestId('reality-check').getByText('Against your earlier interviews')).toBeVisible();
    await expectClean(page);
  });

  test('the editor with the question picker open and a failed save has no serious or critical violations', async ({
    page,
    host,
  }) => {
    editorScan();
    const id = await filledInterview(host);
    await openInterview(page, host, id, 'Lumen Analytics');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await expect(page.getByRole('list', { name: 'Questions in the bank' }).getByRole('button').first()).toBeVisible();
    await page.getByLabel('Company').fill('');
    await expect(page.locator('#f-company-error')).toBeVisible();
    await expectClean(page);
  });

  test('the editor at a narrow width has no serious or critical violations', async ({ page, host }) => {
    editorScan();
    await page.setViewportSize({ width: 760, height: 800 });
    const id = await filledInterview(host);
    await openInterview(page, host, id, 'Lumen Analytics');
    await expectClean(page);
  });

  test('a new interview with field errors has no serious or critical violations', async ({ page, host }) => {
    await page.goto(`${host.url}#/journal/new`);
    await page.getByLabel('Date').fill('');
    await page.getByRole('button', { name: 'Create and continue' }).click();
    await expect(page.locator('#new-company-error')).toBeVisible();
    await expectClean(page);
  });

  test('the question bank with an import preview has no serious or critical violations', async ({ page, host }) => {
    await page.goto(`${host.url}#/journal/bank`);
    await expect(page.getByRole('list', { name: 'Questions in the bank' })).toBeVisible();
    await expectClean(page);
    await page.getByRole('button', { name: 'Import from a file' }).click();
    await page.getByLabel('File to import').setInputFiles({
      name: 'q.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('text,category\nA question that is fine?,behavioural\nHi,nope\n'),
    });
    await expect(page.getByTestId('import-counts')).toBeVisible();
    await expectClean(page);
  });

  test('the trash, a read-only interview and the confirmation have no serious or critical violations', async ({ page, host }) => {
    editorScan();
    const id = await filledInterview(host);
    await api(host, 'interview:trash', { id });
    await page.goto(`${host.url}#/journal/trash`);
    await expect(page.getByRole('list', { name: 'Interviews in the trash' })).toBeVisible();
    await expectClean(page);
    await page.getByRole('button', { name: 'Empty trash' }).click();
    await expect(page.getByRole('dialog', { name: 'Empty the trash?' })).toBeVisible();
    await expectClean(page);
    await page.keyboard.press('Escape');
    await openInterview(page, host, id, 'Lumen Analytics');
    await expectClean(page);
  });
});
