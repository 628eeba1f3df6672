// The story bank, end to end: a story written from a fumbled question, linked to two bank questions, shown before
// answering in practice and checked after; an overused story flagged; a job description's coverage with a gap that a
// new story closes; and the trash with its undo.
import { QUESTION, WEAK_ANSWER, openReplaySession, seedAskedQuestion, startReplay } from './coach-helpers';
import { expect, test } from './fixtures';
import { api, openInterview, question } from './journal-helpers';
import { answerBox } from './practice-helpers';
import { ASKED, RESULT, expectStorySaved, openStories, seedAcme } from './stories-helpers';

test('a story from a fumbled question, linked to two bank questions, shown in practice, checked after the answer and flagged as overused', async ({
  page,
  host,
}) => {
  const { interviewId } = await seedAcme(host);

  // The empty Stories screen says what a story is for and how to start.
  await openStories(page, host);
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await expect(
    page.getByText('Five or six true stories, each told well, answer most questions', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByText('Write the story you should have told', { exact: false })).toBeVisible();

  // From the fumbled question in the journal: the story starts from the answer as given and its missed point.
  await openInterview(page, host, interviewId, 'Acme');
  await question(page, ASKED[0]).getByRole('button', { name: 'Write the story you should have told' }).click();
  await expect(page).toHaveURL(/#\/stories\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: ASKED[0] })).toBeVisible();
  await expect(page.getByText('Started from a question at', { exact: false })).toContainText('Acme');
  const filled = [
    await page.getByLabel('Situation').inputValue(),
    await page.getByLabel('Task').inputValue(),
    await page.getByLabel('Action').inputValue(),
    await page.getByLabel('Result').inputValue(),
  ].join('\n');
  expect(filled).toContain('pricing change');
  expect(filled).toContain('Brought data to the conversation');
  const links = page.getByRole('list', { name: 'Linked questions' });
  await expect(links.getByRole('listitem')).toHaveText([new RegExp(ASKED[0])]);

  // Written out: the coach reads the parts, the number in the result, and "I" against "we".
  await page.getByLabel('Title').fill('The pricing disagreement');
  await page.getByLabel('Situation').fill('At Acme a pricing change was going to hurt our small customers.');
  await page.getByLabel('Task').fill('I had to change my manager’s mind before the launch.');
  await page.getByLabel('Action').fill('I pulled the churn data for small accounts and proposed a small experiment.');
  await page.getByLabel('Result').fill(RESULT);
  await page.getByRole('button', { name: 'Add tag influence' }).click();
  await page.getByLabel('What it shows').fill('data');
  await page.keyboard.press('Enter');
  await expectStorySaved(page);
  const coach = page.getByTestId('story-coach');
  await expect(coach.getByTestId('story-check-summary')).toHaveText('All four parts are there, and the result has a number.');
  await expect(coach).toContainText('The result has a number');
  await expect(page.getByRole('heading', { level: 1, name: 'The pricing disagreement' })).toBeVisible();

  // Linked to two more questions, found by searching the bank (the questions asked at Acme are filed in it).
  await page.getByRole('button', { name: 'Link a question' }).click();
  const search = page.getByLabel('Find a question in your bank');
  for (const text of [ASKED[1], ASKED[2]]) {
    await search.fill(text.slice(0, 24));
    await page.getByRole('button', { name: `Link “${text}”` }).click();
    await expect(links.getByRole('listitem').filter({ hasText: text })).toBeVisible();
  }
  await expect(links.getByRole('listitem')).toHaveCount(3);

  // What the main process kept.
  const [summary] = (await api(host, 'story:list')).items;
  const saved = await api(host, 'story:get', { id: summary.id });
  expect(saved).toMatchObject({ title: 'The pricing disagreement', result: RESULT, tags: ['influence', 'data'] });
  expect(saved.links.map((l) => l.questionText).sort()).toEqual([ASKED[0], ASKED[1], ASKED[2]].sort());

  // The list shows it; a search by a word of its result finds it; the tag filter keeps it.
  await openStories(page, host);
  const list = page.getByRole('list', { name: 'Your stories' });
  await expect(list.getByRole('link', { name: 'The pricing disagreement' })).toBeVisible();
  await expect(list).toContainText('Answers 3 questions');
  await page.getByLabel('Search stories').fill('churn');
  await expect(list.locator('mark').first()).toHaveText(/churn/i);
  await page.getByLabel('Search stories').fill('nothing like this');
  await expect(page.getByTestId('story-count')).toHaveText('0 stories found');
  await page.getByLabel('Search stories').fill('');
  await page.getByLabel('Tag', { exact: true }).selectOption('influence');
  await expect(page.getByTestId('story-count')).toHaveText('1 story found');

  // The practice start screen: the one question with no story, and the story linked to three of the four.
  await page.goto(`${host.url}#/practice`);
  const note = page.getByTestId('story-practice-note');
  await expect(note.getByTestId('without-story')).toContainText('1 of the questions you are practising has no story yet.');
  const overused = note.getByTestId('overused-story');
  await expect(overused).toContainText('The pricing disagreement');
  await expect(overused).toContainText('answers 3 of the 4 questions');
  for (const text of [ASKED[0], ASKED[1], ASKED[2]]) await expect(overused).toContainText(text);

  // In a session replaying Acme: the story shows folded before answering, and after it, whether the answer told it.
  const sessionId = await startReplay(page, host, interviewId, 3);
  for (const [index, text] of [ASKED[0], ASKED[1], ASKED[2]].entries()) {
    await expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible();
    const hints = page.getByTestId('story-hints');
    const fold = hints.getByText('Your story: The pricing disagreement');
    await expect(fold).toBeVisible();
    if (index === 0) {
      await expect(hints.getByText(RESULT)).toBeHidden();
      await fold.click();
      await expect(hints.getByText(RESULT)).toBeVisible();
    }
    const told =
      index === 0 ? 'I listened first and then brought the churn data.' : `I brought the data, and ${RESULT.toLowerCase()}`;
    await answerBox(page).fill(told);
    await page.getByRole('button', { name: "I'm done" }).click();
    const check = page.getByTestId('story-answer-check');
    if (index === 0) {
      // Not told: the result to tell is put back in front of the person.
      await expect(check).toContainText('The pricing disagreement');
      await expect(check).toContainText(`The result to tell: ${RESULT}`);
      await expect(check.locator('blockquote')).toHaveCount(0);
    } else {
      await expect(check.locator('blockquote').first()).toContainText('9% to 6%');
      await expect(check).not.toContainText('The result to tell');
    }
    await page.getByTestId('feedback').getByRole('heading', { name: 'How it went' }).click();
    await page.keyboard.press('3');
    await page.getByRole('button', { name: index === 2 ? 'Finish' : 'Next question' }).click();
  }
  // Told in only two answers: the session end does not flag it as told too often.
  await expect(page).toHaveURL(/#\/practice\/session\/\d+\/summary$/);
  await expect(page.getByTestId('summary-overview')).toBeVisible();
  await expect(page.getByTestId('session-overuse')).toHaveCount(0);
  const overuse = await api(host, 'story:sessionOveruse', { sessionId });
  expect(overuse).toEqual([]);
});

test('a story told in three answers of one session is flagged at the session end, with the questions', async ({ page, host }) => {
  const { interviewId, questionIds } = await seedAcme(host);
  const story = await api(host, 'story:create', {
    fields: { title: 'The pricing disagreement', situation: 'Acme', task: 'Convince', action: 'I brought data.', result: RESULT },
  });
  for (const questionId of questionIds.slice(0, 3)) await api(host, 'story:link', { storyId: story.id, questionId });
  await startReplay(page, host, interviewId, 3);
  for (const [index, text] of [ASKED[0], ASKED[1], ASKED[2]].entries()) {
    await expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible();
    await answerBox(page).fill(`In short, ${RESULT.toLowerCase()}`);
    await page.getByRole('button', { name: "I'm done" }).click();
    await expect(page.getByTestId('story-answer-check').locator('blockquote').first()).toContainText('9% to 6%');
    await page.getByTestId('feedback').getByRole('heading', { name: 'How it went' }).click();
    await page.keyboard.press('3');
    await page.getByRole('button', { name: index === 2 ? 'Finish' : 'Next question' }).click();
  }
  const flagged = page.getByTestId('session-overuse');
  await expect(flagged).toContainText('The pricing disagreement');
  await expect(flagged).toContainText('was told in 3 answers of this session');
  for (const text of [ASKED[0], ASKED[1], ASKED[2]]) await expect(flagged).toContainText(text);
});

test('a job description pasted on the interview: its terms, a coverage gap, and the gap closed by a new story', async ({
  page,
  host,
}) => {
  const interview = await api(host, 'interview:create', {
    company: 'Northwind',
    role: 'Finance analyst',
    heldAt: '2026-05-02T10:00',
  });
  await api(host, 'story:create', {
    fields: {
      title: 'The dashboard',
      situation: 'Our monthly reporting took days.',
      task: 'Make it faster.',
      action: 'I rebuilt the reports in Power BI.',
      result: 'Reporting went from three days to one.',
    },
  });
  await openInterview(page, host, interview.id, 'Northwind');
  const section = page.getByTestId('job-description');
  await expect(section.getByRole('heading', { name: 'Job description' })).toBeVisible();
  const text = section.getByLabel('The job description');

  // Over the limit: said plainly under the field, and nothing is saved.
  await text.fill('x '.repeat(50_001));
  await expect(section.getByText('A job description is read up to 100,000 characters', { exact: false })).toBeVisible();
  await expect(text).toHaveAttribute('aria-invalid', 'true');

  // Not English: the notice says terms are found in English only.
  await text.fill(
    'Nous recherchons un analyste financier pour notre équipe à Paris. Vous serez responsable de la clôture mensuelle et des rapports pour la direction.',
  );
  await expect(section.getByTestId('job-notice')).toContainText('Terms are found in English only');

  await text.fill(
    'Finance Analyst\n\nYou will own the month-end close and lease accounting under IFRS 16.\n' +
      '• Build reporting dashboards in Power BI\n• Support the audit with reconciliations\n\nRequirements: ACCA or CIMA qualified.',
  );
  await expect(section.getByTestId('job-notice')).toHaveCount(0);
  const terms = section.getByRole('list', { name: 'Terms of the job description' });
  await expect(terms).toContainText('IFRS 16');
  await expect(terms).toContainText('Power BI');
  await expect(page.getByTestId('job-save-status')).toHaveAttribute('data-state', 'saved');

  // The person adds their own term and removes one, then brings it back.
  await section.getByLabel('Add your own term').fill('stakeholder management');
  await section.getByRole('button', { name: 'Add term' }).click();
  await expect(terms).toContainText('stakeholder management (yours)');
  await section.getByRole('button', { name: 'Remove term Power BI' }).click();
  await expect(terms).not.toContainText('Power BI');
  await section.getByRole('button', { name: 'Bring back term Power BI' }).click();
  await expect(terms).toContainText('Power BI');

  // The coverage: Power BI is covered by the story; IFRS 16 is a gap.
  const table = section.getByRole('table', { name: 'Which stories cover them' });
  const powerBi = table.locator('tr[data-term="Power BI"]');
  await expect(powerBi.getByRole('link', { name: 'The dashboard' })).toBeVisible();
  const ifrs = table.locator('tr[data-term="IFRS 16"]');
  await expect(ifrs).toContainText('Gap: no story yet');
  const gapsBefore = (await api(host, 'job:coverage', { interviewId: interview.id })).gaps;
  expect(gapsBefore).toContain('IFRS 16');

  // "Write a story for this": a new story about the term, opened in the editor; back on the interview the gap is closed.
  await ifrs.getByRole('button', { name: 'Write a story for this: IFRS 16' }).click();
  await expect(page).toHaveURL(/#\/stories\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'IFRS 16' })).toBeVisible();
  await page.getByLabel('Result').fill('The lease schedule for 40 sites passed the audit with no adjustments.');
  await expectStorySaved(page);
  await openInterview(page, host, interview.id, 'Northwind');
  await expect(ifrs.getByRole('link', { name: 'IFRS 16' })).toBeVisible();
  await expect(ifrs).not.toContainText('Gap: no story yet');
  expect((await api(host, 'job:coverage', { interviewId: interview.id })).gaps).not.toContain('IFRS 16');
});

test('a story moved to the trash can be undone, restored from the trash, and a practice answer can become a story', async ({
  page,
  host,
}) => {
  const { interviewId } = await seedAcme(host);
  const story = await api(host, 'story:create', { fields: { title: 'Short-lived' } });
  await page.goto(`${host.url}#/stories/${story.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Short-lived' })).toBeVisible();
  await expect(page.getByTestId('story-check-summary')).toHaveText('A draft: every part is still empty.');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page).toHaveURL(/#\/stories$/);
  const undo = page.getByTestId('story-undo');
  await expect(undo).toContainText('“Short-lived” moved to the trash.');
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Your stories' }).getByRole('link', { name: 'Short-lived' })).toBeVisible();

  await api(host, 'story:trash', { id: story.id });
  await page.goto(`${host.url}#/stories/trash`);
  await page.getByRole('button', { name: 'Restore “Short-lived”' }).click();
  await expect(page.getByText('“Short-lived” is back in your stories.')).toBeVisible();
  expect((await api(host, 'story:list')).items.map((s) => s.title)).toEqual(['Short-lived']);

  // A practice answer saved as a story: its parts come from the coach's reading of the answer.
  await startReplay(page, host, interviewId);
  await answerBox(page).fill(`At Acme the pricing plan worried me, so I brought the churn data. ${RESULT}`);
  await page.getByRole('button', { name: "I'm done" }).click();
  await page.getByTestId('feedback').getByRole('button', { name: 'Save as a story' }).click();
  await expect(page).toHaveURL(/#\/stories\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: ASKED[0] })).toBeVisible();
  await expect(page.getByLabel('Result')).toHaveValue(/9% to 6%/);
  await expect(page.getByRole('list', { name: 'Linked questions' })).toContainText(ASKED[0]);
});

test('a rebuilt (model) answer saved as a story: its parts become the story’s parts, linked to the question', async ({
  page,
  host,
}) => {
  const { interviewId } = await seedAskedQuestion(host);
  await openReplaySession(page, host, interviewId);
  await page.getByRole('textbox', { name: 'Your answer' }).fill(WEAK_ANSWER);
  await page.getByRole('button', { name: "I'm done" }).click();
  await page.getByTestId('answer-coach').getByRole('button', { name: 'Rebuild this answer' }).click();
  const rebuild = page.getByTestId('rebuild');
  // No story is offered before the rebuilt answer is saved: the story is made from what was saved.
  await expect(rebuild.getByRole('button', { name: 'Save as a story' })).toHaveCount(0);
  await rebuild
    .locator('[data-group="loose"]')
    .getByRole('button', { name: /to Result$/ })
    .first()
    .click();
  await rebuild.locator('[data-group="result"]').getByRole('textbox').fill('Releases went from two hours to fifteen minutes.');
  await rebuild.getByRole('button', { name: 'Save as my model answer' }).click();
  await expect(rebuild.getByTestId('model-answer-save')).toHaveText('Saved');
  await rebuild.getByRole('button', { name: 'Save as a story' }).click();
  await expect(page).toHaveURL(/#\/stories\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
  await expect(page.getByText('Started from a rebuilt answer.')).toBeVisible();
  await expect(page.getByLabel('Situation')).toHaveValue('Last year at Acme our release pipeline took two hours.');
  await expect(page.getByLabel('Result')).toHaveValue('Releases went from two hours to fifteen minutes.');
  await expect(page.getByRole('list', { name: 'Linked questions' })).toContainText(QUESTION);
  await page.getByRole('button', { name: `Unlink “${QUESTION}”` }).click();
  await expect(page.getByText('Not linked to any question yet.', { exact: false })).toBeVisible();
  const [only] = (await api(host, 'story:list')).items;
  expect(only.linkCount).toBe(0);
  // "Two hours to fifteen minutes" is a result with a number, in words.
  await expect(page.getByTestId('story-check-summary')).toHaveText('All four parts are there, and the result has a number.');
});

test('two windows on one story: different fields both save, the same field conflicts and "Keep mine" loses no words', async ({
  page,
  host,
}) => {
  const story = await api(host, 'story:create', { fields: { title: 'The audit', result: 'Before.' } });
  const other = await page.context().newPage();
  for (const p of [page, other]) {
    await p.goto(`${host.url}#/stories/${story.id}`);
    await expect(p.getByRole('heading', { level: 1, name: 'The audit' })).toBeVisible();
  }

  // Different fields: both saved, neither conflicts.
  await page.getByLabel('Situation').fill('Window one: the year-end audit.');
  await expectStorySaved(page);
  await other.getByLabel('Task').fill('Window two: pass it with no adjustments.');
  await expectStorySaved(other);
  const both = await api(host, 'story:get', { id: story.id });
  expect([both.situation, both.task]).toEqual(['Window one: the year-end audit.', 'Window two: pass it with no adjustments.']);

  // The same field: the second window is refused and says so beside the field, with its words kept.
  await page.getByLabel('Result').fill('Window one: passed with no adjustments.');
  await expectStorySaved(page);
  await other.getByLabel('Result').fill('Window two: passed, 40 sites, no adjustments.');
  const conflict = other.getByTestId('conflict-result');
  await expect(conflict).toHaveAttribute('data-state', 'conflict');
  await expect(conflict).toContainText('This was changed in another window.');
  await expect(other.getByLabel('Result')).toHaveValue('Window two: passed, 40 sites, no adjustments.');
  expect((await api(host, 'story:get', { id: story.id })).result).toBe('Window one: passed with no adjustments.');

  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toHaveAttribute('data-state', 'kept');
  await expectStorySaved(other);
  const kept = await api(host, 'story:get', { id: story.id });
  expect(kept.result).toBe('Window two: passed, 40 sites, no adjustments.');
  // The other window's field it did not touch is still there.
  expect(kept.situation).toBe('Window one: the year-end audit.');
  await conflict.getByRole('button', { name: 'Bring the other text back' }).click();
  await expect(other.getByLabel('Result')).toHaveValue('Window one: passed with no adjustments.');
  await expectStorySaved(other);
  expect((await api(host, 'story:get', { id: story.id })).result).toBe('Window one: passed with no adjustments.');
});

test('a practice answer longer than a story holds becomes a story that says what was left out', async ({ page, host }) => {
  const { interviewId } = await seedAcme(host);
  await startReplay(page, host, interviewId);
  // About 11,000 characters of whole sentences: more than one part of a story holds (5,000).
  const sentences = Array.from(
    { length: 120 },
    (_, i) => `Then I checked step ${i + 1} of the pricing rollout with the churn data and the sales team.`,
  );
  await answerBox(page).fill(`${sentences.join(' ')} ${RESULT}`);
  await page.getByRole('button', { name: "I'm done" }).click();
  await page.getByTestId('feedback').getByRole('button', { name: 'Save as a story' }).click();
  await expect(page).toHaveURL(/#\/stories\/\d+$/);
  // The window is named after the story once it is loaded.
  await expect(page).toHaveTitle(`${ASKED[0]} · Debrief`);
  const notice = page.getByTestId('story-notice');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText(
    'This answer is longer than a story holds (5,000 characters a part), so some of it was left out',
  );
  await expect(notice).toContainText('sentences');
  await expect(notice).toContainText('The whole answer is still where you gave it');
  // Whole sentences only: every part ends where a sentence ends.
  for (const part of ['Situation', 'Task', 'Action', 'Result']) {
    const value = await page.getByLabel(part).inputValue();
    if (value) expect(value.trimEnd()).toMatch(/[.!?]$/);
  }
  // Said once: a reload does not say it again, and neither does the story opened again from the list.
  await page.reload();
  await expect(page.getByLabel('Situation')).toBeVisible();
  await expect(page.getByTestId('story-notice')).toHaveCount(0);
  const url = page.url();
  await page.getByRole('link', { name: 'Stories' }).first().click();
  await expect(page).toHaveURL(/#\/stories$/);
  await page.goto(url);
  await expect(page.getByLabel('Situation')).toBeVisible();
  await expect(page.getByTestId('story-notice')).toHaveCount(0);
});
