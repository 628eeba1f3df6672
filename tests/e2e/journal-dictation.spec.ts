// Dictating into the journal with Chromium's fake microphone playing jfk.wav: the Dictate button is there only with a
// speech model installed; Stop turns what was heard into text on this computer, the words (if any) go into the field
// and save like typing, and the dictation's audio is deleted. With whisper.cpp's test model no words come out, so the
// words are checked only when DEBRIEF_TEST_WHISPER_MODEL names a real tiny.en.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fakeMicrophone } from './chromium';
import { expect, test, type BrowserHost } from './fixtures';
import { JFK_WAV, MODEL_FILE, REAL_MODEL, shotPath, warnIfNoRealModel, withTestModel } from './speech-helpers';
import { shootAll } from './shots';
import { seriousViolations } from './axe';
import { api, area, createInterview, expectSaved, openInterview, question } from './journal-helpers';

const QUESTION = 'Tell me about a time you disagreed with your manager.';
const TYPED = 'I said we could ship in May if we cut the export.';

// Once, then silence, as a person would stop talking.

/** The seconds a "m:ss" clock shows (NaN when it shows something else). */
function clockSeconds(text: string | null): number {
  const match = /^(\d+):(\d\d)$/.exec(text?.trim() ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

test.use(fakeMicrophone({ wav: JFK_WAV, once: true }));

/** An interview with one asked question whose answer was typed already; opened in the editor. */
async function openSeeded(page: Page, host: BrowserHost) {
  const { id } = await createInterview(host, { company: 'Northwind' });
  const asked = await api(host, 'interview-question:add', { interviewId: id, text: QUESTION, category: 'behavioural' });
  await api(host, 'interview-question:update', { id: asked.id, answerGiven: TYPED });
  const models = page.waitForResponse((r) => r.url().includes('/api/speech:models'));
  await openInterview(page, host, id, 'Northwind');
  await models;
  return {
    id,
    questionId: asked.id,
    answer: question(page, QUESTION).getByRole('textbox', { name: 'Your answer, as you gave it' }),
  };
}

const dictationFiles = (host: BrowserHost) => {
  const dir = path.join(host.dataDir, 'recordings');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.startsWith('dictation-')) : [];
};

async function shot(page: Page, name: string): Promise<void> {
  await page.getByRole('article', { name: QUESTION }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shotPath(name) });
}

/** Shoots the question light at 1280x800 (with no serious axe violations) and dark at 800x600, then goes back. */
async function shotAndScan(page: Page, name: string): Promise<void> {
  await shot(page, `${name}-light-1280`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 800, height: 600 });
  await shot(page, `${name}-dark-800`);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('without a speech model there is no Dictate button, and typing works as ever', async ({ page, host }) => {
  const { answer } = await openSeeded(page, host);
  await expect(answer).toHaveValue(TYPED);
  await expect(page.getByRole('button', { name: /^Dictate/ })).toHaveCount(0);
});

withTestModel('with the test whisper model installed', () => {
  test('dictating into "the answer as you gave it": listening, Stop, progress, the result, and the audio gone', async ({
    page,
    host,
  }) => {
    warnIfNoRealModel(
      'DICTATION WORD CHECK',
      'journal-dictation.spec.ts',
      '. Set DEBRIEF_TEST_WHISPER_MODEL=/path/to/ggml-tiny.en.bin to check that "ask not what your country can do for you" is added and saved.',
    );
    expect(await api(host, 'speech:importModel', { path: MODEL_FILE })).toMatchObject({ id: 'tiny.en', active: true });
    const { id, questionId, answer } = await openSeeded(page, host);
    const article = question(page, QUESTION);
    const dictate = article.getByRole('button', { name: 'Dictate into your answer to question 1' });
    const status = page.getByTestId(`q-${questionId}-answer-dictation-status`);
    const clock = page.getByTestId(`q-${questionId}-answer-dictation-detail`);
    await expect(dictate).toHaveAttribute('aria-pressed', 'false');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    // Every field a person would speak into has one; all are named for their field.
    await expect(page.getByRole('button', { name: 'Dictate into the interview notes' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dictate into your closing statement' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dictate into what went badly in Confidence' })).toBeVisible();

    await shootAll(page, 'dictate-ready', page.getByRole('article', { name: QUESTION }));
    await shootAll(page, 'dictate-areas', area(page, 'Confidence'), { resetSize: true });

    // Keyboard: the toggle is reached and pressed like any button.
    await dictate.focus();
    await page.keyboard.press('Enter');
    await expect(dictate).toHaveAttribute('aria-pressed', 'true');
    await expect(status).toHaveText('Listening…');
    // The clock shows minutes and seconds from the start; it has not run past the first minute.
    await expect(clock).toHaveText(/^\d+:\d\d$/);
    expect(clockSeconds(await clock.textContent())).toBeLessThan(60);
    // Counts every change of the live status while listening: the clock ticking must not be one.
    await status.evaluate((el) => {
      const w = window as unknown as { listeningChanges: number };
      w.listeningChanges = 0;
      new MutationObserver(() => w.listeningChanges++).observe(el, { subtree: true, childList: true, characterData: true });
    });
    await shotAndScan(page, 'dictate-listening');
    // All of jfk.wav (11 s) is heard before Stop: wait until the clock has reached 0:11, however long a busy machine
    // takes to get there (it may be well past it by the time Stop is pressed).
    await expect.poll(async () => clockSeconds(await clock.textContent()), { timeout: 30_000 }).toBeGreaterThanOrEqual(11);
    // The clock moved beside the live status, which said nothing new meanwhile.
    await expect(status).toHaveText('Listening…');
    expect(await page.evaluate(() => (window as unknown as { listeningChanges: number }).listeningChanges)).toBe(0);

    // What the status says from Stop on, every change of it, and whether Cancel was offered meanwhile.
    await status.evaluate((el) => {
      const seen: { text: string; cancel: boolean }[] = [];
      (window as unknown as { dictationSeen: typeof seen }).dictationSeen = seen;
      const note = () =>
        seen.push({
          text: el.textContent ?? '',
          cancel: [...(el.parentElement?.querySelectorAll('button') ?? [])].some((b) => b.textContent?.trim() === 'Cancel'),
        });
      new MutationObserver(note).observe(el.parentElement!, { subtree: true, childList: true, characterData: true });
    });
    await article.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(dictate).toHaveAttribute('aria-pressed', 'false');
    // While it is transcribed, its 16 kHz copy is in the recordings folder (a dictation, with no recording).
    await expect.poll(() => dictationFiles(host).length, { timeout: 60_000, intervals: [50] }).toBe(1);

    if (REAL_MODEL) {
      await expect(status).toHaveText('Added what you said to the end of the field.', { timeout: 170_000 });
      await expect(answer).toHaveValue(/^I said we could ship in May if we cut the export\. \S/);
      await expect(answer).toHaveValue(/ask not what your country can do for you/i);
      await expectSaved(page);
      await page.reload();
      await expect(answer).toHaveValue(/ask not what your country can do for you/i);
    } else {
      await expect(status).toHaveText('No words were recognised; nothing was added.', { timeout: 170_000 });
      await expect(answer).toHaveValue(TYPED);
      expect((await api(host, 'interview:get', { id })).questions[0].answerGiven).toBe(TYPED);
    }
    const seen = await page.evaluate(
      () => (window as unknown as { dictationSeen: { text: string; cancel: boolean }[] }).dictationSeen,
    );
    const progress = seen.filter((s) =>
      /Preparing the recording|Finding where you spoke|Turning your words into text/.test(s.text),
    );
    expect(progress.length, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(progress.every((s) => s.cancel)).toBe(true);
    await shotAndScan(page, 'dictate-result');

    // The dictation's audio was only a means: its WAV is gone once the result is in.
    await expect.poll(() => dictationFiles(host)).toEqual([]);

    // Typing still saves as ever.
    await answer.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Then I asked about the team.');
    await expectSaved(page);
    expect((await api(host, 'interview:get', { id })).questions[0].answerGiven).toMatch(/Then I asked about the team\.$/);
  });
});
