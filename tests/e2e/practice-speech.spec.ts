// Spoken answers end to end: Chromium's fake microphone plays jfk.wav (11 s of real speech, looped), the answer is
// recorded, and when answering ends the recording is turned into text in the background by the real engine, while
// the typed answer and the grade keep working. Without a speech model only the voice-activity model runs; with
// whisper.cpp's test model the engine runs fully but recognises no words; with a real tiny.en (DEBRIEF_TEST_WHISPER_MODEL)
// the words are checked too.
import type { Page } from '@playwright/test';
import { fakeMicrophone } from './chromium';
import { expect, test } from './fixtures';
import { JFK_WAV, MODEL_FILE as MODEL, REAL_MODEL, warnIfNoRealModel, withTestModel } from './speech-helpers';
import { shootAll } from './shots';
import { answerBox, api, clockDigits, FUMBLED, openPracticeWithFumbled, startSession } from './practice-helpers';

test.use(fakeMicrophone({ wav: JFK_WAV }));

/** Holds every request to one route until released, so a state in between can be seen (and acted on) for sure. */
async function holdRoute(page: Page, name: string): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/${name}`, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Holds every speech:transcribe request until released, so the running state can be seen (and cancelled) for sure. */
const holdTranscribe = (page: Page) => holdRoute(page, 'speech:transcribe');

/** Records a typed and spoken answer long enough for the looping speech file to have played once, then ends it. */
async function recordAnswer(page: Page, typed: string): Promise<void> {
  await startSession(page, { length: 1, think: 'None', answer: '2 min' });
  await page.getByRole('checkbox', { name: 'Record my answer' }).check();
  await expect(page.getByTestId('record-state')).toHaveText('Recording');
  await answerBox(page).fill(typed);
  // 12 s of answering on the clock: jfk.wav (11 s) has played through once.
  await expect
    .poll(
      async () => {
        const [m, s] = (await clockDigits(page).innerText()).split(':').map(Number);
        return 120 - (m * 60 + s);
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(12);
  await page.getByRole('button', { name: "I'm done" }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
}

/** Light and dark, at 1280x800 and 800x600, with the spoken answer in view. */
const shoot = (page: Page, name: string): Promise<void> =>
  shootAll(page, name, page.getByTestId('spoken-answer'), { resetSize: true });

test('without a speech model: progress, then speaking time and pauses, the way to Settings, and typing and grading as usual', async ({
  page,
  host,
}) => {
  await openPracticeWithFumbled(page, host);
  const release = await holdTranscribe(page);
  await recordAnswer(page, 'I listened to their reasons first.');

  // Running in the background: progress with Cancel, while the typed answer and the checklist already work.
  const spoken = page.getByTestId('spoken-answer');
  await expect(spoken.getByRole('heading', { name: 'What you said' })).toBeVisible();
  await expect(spoken.getByTestId('transcription-progress')).toBeVisible();
  await expect(spoken.getByTestId('transcription-status')).toHaveText(/Preparing the recording|Waiting for the speech engine/);
  await expect(spoken.getByTestId('transcription-cancel')).toBeVisible();
  const feedback = page.getByTestId('feedback');
  await expect(feedback.getByTestId('answer-text')).toHaveText('I listened to their reasons first.');
  const points = feedback.getByTestId('key-points');
  await points.getByRole('checkbox', { name: /Agreed on a small experiment/ }).check();
  await expect(points.getByTestId('key-points-count')).toHaveText('You covered 2 of 3.');
  await shoot(page, 'running');
  release();

  // Done with only the voice-activity model: speaking time and pauses, no pace or fillers, and the hint.
  await expect(spoken.getByTestId('spoken-no-model')).toContainText(
    'Install a speech model in Settings → Speech to see your words and pace.',
    { timeout: 60_000 },
  );
  await expect(spoken.getByTestId('spoken-speaking-time')).toHaveText(/^(?!0 s)\d+ s of \d+ s recorded$/);
  await expect(spoken.getByTestId('spoken-pauses')).toHaveText(/pause/);
  await expect(spoken.getByTestId('spoken-pace')).toHaveCount(0);
  await expect(spoken.getByTestId('spoken-fillers')).toHaveCount(0);
  await expect(spoken.getByRole('link', { name: 'Install a speech model in Settings → Speech' })).toHaveAttribute(
    'href',
    /#\/settings#speech$/,
  );
  // The typed answer's figures have no pace or fillers either: typing says nothing about speaking.
  await expect(feedback.getByTestId('figures')).not.toContainText(/per minute|filler/i);
  await shoot(page, 'no-model');

  // Grading works as usual, with the checklist as the person left it.
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(feedback.getByTestId('graded')).toContainText('Graded Good.');
  const [session] = await api(host, 'practice:history');
  const [attempt] = await api(host, 'practice:sessionAttempts', { id: session.id });
  expect(attempt.answerText).toBe('I listened to their reasons first.');
  expect(attempt.keyPoints.filter((p) => p.covered).map((p) => p.text)).toEqual([FUMBLED.keyPoints[0], FUMBLED.keyPoints[2]]);
  const transcript = await api(host, 'speech:attempt', { attemptId: attempt.id });
  expect(transcript?.modelId).toBeNull();
  expect(transcript?.figures.speakingSeconds).toBeGreaterThan(3);

  // The hint takes the person to the Speech section itself, not just to the top of Settings; and it stays in view
  // when the backups list above it arrives later (held here until the section has focus).
  const releaseBackups = await holdRoute(page, 'backup:list');
  await spoken.getByRole('link', { name: 'Install a speech model in Settings → Speech' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('speech-heading');
  releaseBackups();
  await expect(page.getByText('Made when Debrief started')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Speech', level: 2 })).toBeInViewport();
});

withTestModel('with a whisper model installed', () => {
  test('an answer measured before a model was installed is given words from its saved audio once one is', async ({
    page,
    host,
  }) => {
    await openPracticeWithFumbled(page, host);
    await recordAnswer(page, 'I listened to their reasons first.');
    const spoken = page.getByTestId('spoken-answer');
    await expect(spoken.getByTestId('spoken-no-model')).toBeVisible({ timeout: 60_000 });

    // A model arrives (another window, say); coming back to this window, the answer offers to use it.
    expect(await api(host, 'speech:importModel', { path: MODEL })).toMatchObject({ installed: true });
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const offer = spoken.getByTestId('spoken-add-words');
    await expect(offer).toContainText('Only speaking time and pauses were measured: no speech model was installed then.');
    await shoot(page, 'add-words');
    await offer.getByRole('button', { name: 'Transcribe with the speech model' }).click();
    // The engine ran with the model on the same audio: words (a real model) or the "no words recognised" state.
    await expect(spoken.getByTestId(REAL_MODEL ? 'spoken-text' : 'spoken-no-words')).toBeVisible({ timeout: 180_000 });
    await expect(offer).toHaveCount(0);
    // Focus went on from the button that went away: to the section's heading, not to the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('spoken-heading');
    const [session] = await api(host, 'practice:history');
    const [attempt] = await api(host, 'practice:sessionAttempts', { id: session.id });
    expect((await api(host, 'speech:attempt', { attemptId: attempt.id }))?.modelId).toBe('tiny.en');
  });

  test('the engine runs on the recording: its words (with a real model) or the "no words recognised" state', async ({
    page,
    host,
  }) => {
    warnIfNoRealModel('SPEECH WORD CHECK', 'practice-speech.spec.ts', '; checked the "no words recognised" state instead.');
    const model = await api(host, 'speech:importModel', { path: MODEL });
    expect(model).toMatchObject({ id: 'tiny.en', installed: true });
    await openPracticeWithFumbled(page, host);
    await recordAnswer(page, 'I listened to their reasons first.');
    const spoken = page.getByTestId('spoken-answer');

    if (REAL_MODEL) {
      const text = spoken.getByTestId('spoken-text');
      await expect(text).toBeVisible({ timeout: 180_000 });
      const words = (await text.inputValue())
        .toLowerCase()
        .replace(/[^a-z' ]+/g, ' ')
        .replace(/\s+/g, ' ');
      expect(words).toContain('ask not what your country can do for you');
      await expect(spoken.getByTestId('spoken-pace')).toContainText('words a minute');
      await expect(spoken.getByTestId('spoken-fillers')).toContainText('Whisper leaves some fillers out');
      // A correction is saved as the spoken answer; the typed one stays as typed.
      await text.fill('And so my fellow Americans, ask not.');
      await text.blur();
      await expect(spoken.getByTestId('spoken-save-status')).toHaveAttribute('data-state', 'saved');
      const [session] = await api(host, 'practice:history');
      const [attempt] = await api(host, 'practice:sessionAttempts', { id: session.id });
      expect((await api(host, 'speech:attempt', { attemptId: attempt.id }))?.editedText).toBe(
        'And so my fellow Americans, ask not.',
      );
      expect(attempt.answerText).toBe('I listened to their reasons first.');
    } else {
      await expect(spoken.getByTestId('spoken-no-words')).toContainText('No words were recognised in this recording.', {
        timeout: 180_000,
      });
      await expect(spoken.getByTestId('spoken-no-words')).toContainText('Your typed answer and the grade work as usual');
      await expect(spoken.getByTestId('spoken-speaking-time')).toHaveText(/^(?!0 s)\d+ s of \d+ s recorded$/);
      await expect(spoken.getByTestId('spoken-pauses')).toHaveText(/pause/);
      await expect(spoken.getByTestId('spoken-no-model')).toHaveCount(0);
      await expect(spoken.getByTestId('spoken-text')).toHaveCount(0);
      await shoot(page, 'no-words');
    }
    await page.getByRole('button', { name: /^Hard/ }).click();
    await expect(page.getByTestId('graded')).toContainText('Graded Hard.');
  });
});

test('Cancel while it runs shows the cancelled state, and "Transcribe" runs it again', async ({ page, host }) => {
  await openPracticeWithFumbled(page, host);
  const release = await holdTranscribe(page);
  await recordAnswer(page, 'I brought data.');
  const spoken = page.getByTestId('spoken-answer');
  await spoken.getByTestId('transcription-cancel').click();
  await expect(spoken.getByTestId('transcription-stopped')).toContainText(
    'Transcription cancelled. Your answer and the recording are kept.',
  );
  await expect(spoken.getByTestId('transcription-progress')).toHaveCount(0);
  await shoot(page, 'cancelled');
  release();
  await spoken.getByRole('button', { name: 'Transcribe' }).click();
  await expect(spoken.getByTestId('spoken-no-model')).toBeVisible({ timeout: 60_000 });
  await expect(spoken.getByTestId('spoken-speaking-time')).toHaveText(/^(?!0 s)\d+ s of \d+ s recorded$/);
  await expect(page.getByTestId('feedback').getByTestId('answer-text')).toHaveText('I brought data.');
});
