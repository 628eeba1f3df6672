// Playback with the transcript: a practice answer recorded from the fake microphone (playing jfk.wav), then on the
// summary's earlier attempts "Listen" plays it with its words; the word being said is highlighted, a word plays from
// there, Space pauses, and the bar's text lists the long pause. Screenshots (light/dark, two sizes) go to SHOTS_DIR
// when set, else to the test's output folder.
import type { Locator, Page } from '@playwright/test';
import { fakeMicrophone } from './chromium';
import { expect, test, type BrowserHost } from './fixtures';
import { JFK_WAV, refuseBackgroundTranscription, seedTranscript, type SeededTranscript } from './speech-helpers';
import { shootAll } from './shots';
import { answerBox, api, clockDigits, openPracticeWithFumbled, startSession } from './practice-helpers';

test.use(fakeMicrophone({ wav: JFK_WAV }));

/** The JFK sentence with plausible times, split by a 2.7 s pause after "for you," (5.9 s to 8.6 s). */
const WORDS: [string, number, number][] = [
  ['And', 0.3, 0.5],
  ['so', 0.5, 0.8],
  ['my', 1.0, 1.2],
  ['fellow', 1.2, 1.5],
  ['Americans,', 1.5, 2.3],
  ['ask', 3.0, 3.3],
  ['not', 3.3, 3.7],
  ['what', 3.9, 4.1],
  ['your', 4.1, 4.3],
  ['country', 4.3, 4.8],
  ['can', 4.9, 5.1],
  ['do', 5.1, 5.3],
  ['for', 5.3, 5.5],
  ['you,', 5.5, 5.9],
  ['ask', 8.6, 8.8],
  ['what', 8.8, 9.0],
  ['you', 9.0, 9.2],
  ['can', 9.2, 9.4],
  ['do', 9.4, 9.6],
  ['for', 9.6, 9.8],
  ['your', 9.8, 10.1],
  ['country.', 10.1, 10.6],
];
const COUNTRY_START = 4.3;

/** The seeded transcript of jfk.wav: its words with their times, three spans of speech, a long pause and a filler. */
const JFK_TRANSCRIPT: SeededTranscript = {
  text: WORDS.map(([w]) => w).join(' '),
  words: WORDS.map(([word, start, end]) => ({ word: ` ${word}`, start, end })),
  speech: [
    { start: 0.2, end: 2.4 },
    { start: 2.9, end: 5.9 },
    { start: 8.6, end: 10.7 },
  ],
  figures: {
    speakingSeconds: 7.3,
    wordCount: WORDS.length,
    wordsPerMinute: 181,
    pace: 'faster',
    pauses: [
      { start: 2.4, end: 2.9 },
      { start: 5.9, end: 8.6 },
    ],
    longPauses: [{ start: 5.9, end: 8.6 }],
    fillers: [{ word: 'so', count: 1 }],
    fillerCount: 1,
    fillerPositions: [{ word: 'so', start: 0.5, end: 0.8 }],
    noWordsRecognised: false,
  },
};

/** Index of the highlighted word among the transcript's words, -1 when none is. */
function currentIndex(page: Page): Promise<number> {
  return page
    .getByTestId('transcript-words')
    .evaluate((el) => [...el.querySelectorAll('button')].findIndex((b) => b.getAttribute('aria-current') === 'time'));
}

/** Records an answer from the fake microphone long enough for the whole 11 s sentence, grades it and finishes. */
async function recordJfkAnswer(page: Page, host: BrowserHost) {
  await openPracticeWithFumbled(page, host);
  await startSession(page, { length: 1, think: 'None', answer: '2 min' });
  await page.getByRole('checkbox', { name: 'Record my answer' }).check();
  await expect(page.getByTestId('record-state')).toHaveText('Recording');
  await answerBox(page).fill('Ask not what your country can do for you.');
  // The countdown has passed 1:47: 13 s in.
  await expect(clockDigits(page)).toHaveText(/^01:(4[0-7]|[0-3]\d)$/, { timeout: 30_000 });
  await page.getByRole('button', { name: "I'm done" }).click();
  await expect(page.getByTestId('recording-audio')).toHaveAttribute('src', /^blob:/);
  await page.getByRole('button', { name: 'Good' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page).toHaveURL(/#\/practice\/session\/\d+\/summary$/);
  const [session] = await api(host, 'practice:history');
  const [attempt] = await api(host, 'practice:sessionAttempts', { id: session.id });
  expect(attempt.recording?.complete).toBe(true);
  return { attemptId: attempt.id, recording: attempt.recording! };
}

/** Opens the question's earlier attempts on the summary and presses Listen on the one attempt. */
async function listen(page: Page) {
  await page.getByText('Every attempt at this question').click();
  const attempts = page.getByTestId('question-attempts');
  const button = attempts.getByRole('button', { name: /^Listen/ });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(attempts.getByRole('button', { name: /^Hide the recording/ })).toHaveAttribute('aria-expanded', 'true');
  return attempts;
}

/** Every screenshot size and scheme of one state, the whole page; the spec goes on in the last of them. */
const shots = (page: Page, name: string, target: Locator): Promise<void> =>
  shootAll(page, name, target, { fullPage: true, keepScheme: true });

test('an earlier recorded answer plays with its words: the word said is highlighted, a word seeks, Space pauses', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  // The feedback transcribes in the background; refused here, so the seeded words below are the only transcript.
  const refusal = await refuseBackgroundTranscription(page);
  const { attemptId, recording } = await recordJfkAnswer(page, host);
  await refusal.lift();
  const seconds = recording.durationMs / 1000;
  expect(seconds).toBeGreaterThan(11);
  expect(await api(host, 'speech:attempt', { attemptId })).toBeNull();
  seedTranscript(host, recording.id, seconds, JFK_TRANSCRIPT);
  expect((await api(host, 'speech:attempt', { attemptId }))?.words).toHaveLength(WORDS.length);

  // The summary's earlier attempts: Listen opens the player with the words under the audio.
  const attempts = await listen(page);
  const player = attempts.getByRole('group', { name: 'Your recording and what you said' });
  const words = player.getByTestId('transcript-words');
  await expect(words).toHaveText(WORDS.map(([w]) => w).join(' '));
  await expect(player.getByTestId('timeline-summary')).toHaveText(
    `Speaking for 7 s of ${Math.round(seconds)} s. 1 long pause: at 0:05 (2.7 s). 1 filler: “so” at 0:00.`,
  );
  const audio = player.getByTestId('recording-audio');
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);

  // Space on the focused player plays; the highlight moves on through the words as the audio goes.
  await player.focus();
  await page.keyboard.press(' ');
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => !el.paused)).toBe(true);
  await expect.poll(() => currentIndex(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
  const first = await currentIndex(page);
  await expect.poll(() => currentIndex(page), { timeout: 10_000 }).toBeGreaterThan(first);
  await expect(words.locator('[aria-current="time"]')).toHaveCount(1);

  // Clicking "country" seeks to its start and keeps playing from there. Where the seek landed is read when the audio
  // reports it ('seeked'), before playback moves on: on a busy machine, any later reading has already moved.
  await audio.evaluate((el: HTMLAudioElement) => {
    const w = window as unknown as { seekedTo: Promise<number> };
    w.seekedTo = new Promise((resolve) => el.addEventListener('seeked', () => resolve(el.currentTime), { once: true }));
  });
  await words.getByRole('button', { name: 'country', exact: true }).click();
  const seekedTo = await page.evaluate(() => (window as unknown as { seekedTo: Promise<number> }).seekedTo);
  expect(seekedTo).toBeCloseTo(COUNTRY_START, 1);
  await expect(words.getByRole('button', { name: 'country', exact: true })).toHaveAttribute('aria-current', 'time');
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => !el.paused)).toBe(true);

  // Space, with focus on the word just clicked, pauses (it does not press the word again), and the audio stays put.
  await page.keyboard.press(' ');
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.paused)).toBe(true);
  const pausedAt = await audio.evaluate((el: HTMLAudioElement) => el.currentTime);
  expect(pausedAt).toBeGreaterThanOrEqual(COUNTRY_START - 0.05);
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBe(pausedAt);

  // Right skips 5 s forward while paused, into the long pause; the summary's Space did not move the session on.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeCloseTo(pausedAt + 5, 1);
  await expect(page).toHaveURL(/#\/practice\/session\/\d+\/summary$/);

  await shots(page, 'speech-playback', player);
});

test('an attempt without a transcript is transcribed on request; with no speech model installed the bar shows speech and one sentence says why there are no words', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  // The feedback would transcribe it in the background (voice activity only takes a second); refused here so the
  // attempt reaches the summary with no transcript, as one recorded before speech existed would.
  const refusal = await refuseBackgroundTranscription(page);
  const { attemptId } = await recordJfkAnswer(page, host);
  await refusal.lift();
  expect(await api(host, 'speech:attempt', { attemptId })).toBeNull();
  const attempts = await listen(page);
  // No transcript yet: the plain audio and the button.
  await expect(attempts.getByTestId('recording-audio')).toHaveAttribute('src', /^blob:/);
  await expect(attempts.getByRole('group', { name: 'Your recording and what you said' })).toHaveCount(0);
  await attempts.getByRole('button', { name: 'Transcribe this recording' }).click();

  // The real engine runs the shipped voice-activity model only (no speech model is installed in a fresh data folder).
  const player = attempts.getByRole('group', { name: 'Your recording and what you said' });
  await expect(player.or(attempts.getByRole('alert')).first()).toBeVisible({ timeout: 60_000 });
  await expect(attempts.getByRole('alert')).toHaveCount(0);
  await expect(player.getByTestId('no-words')).toHaveText('Install a speech model in Settings → Speech to see the words.');
  await expect(player.getByTestId('transcript-words')).toHaveCount(0);
  await expect(player.getByTestId('timeline-summary')).toHaveText(
    /^Speaking for \d+ s of 1\d s\. (No long pauses|\d+ long pauses?: .+)\.$/,
  );
  expect(await player.locator('.bar .speech').count()).toBeGreaterThan(0);
  const saved = await api(host, 'speech:attempt', { attemptId });
  expect(saved).toMatchObject({ modelId: null, words: [] });
  expect(saved!.figures.speakingSeconds).toBeGreaterThan(5);
  await shots(page, 'speech-playback-no-words', player);
});
