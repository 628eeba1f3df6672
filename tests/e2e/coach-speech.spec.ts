// The coach on a spoken answer: the reading follows the transcript as the person corrects it (words seeded, since no
// real speech model runs here), and its length comes from the speaking time. Axe-clean, with screenshots.
import { fakeMicrophone } from './chromium';
import { expect, test } from './fixtures';
import { seriousViolations } from './axe';
import { JFK_WAV, refuseBackgroundTranscription, seedTranscript, type SeededTranscript } from './speech-helpers';
import { answerBox, api, clockDigits } from './practice-helpers';
import { QUESTION, figure, openReplaySession, seedAskedQuestion, shootBoth } from './coach-helpers';

test.use(fakeMicrophone({ wav: JFK_WAV }));

/** What the engine "heard": a transcript without punctuation or capitals, and a filler. */
const HEARD = 'um so last year at acme our release pipeline was slow we fixed it';
/** The person's correction of it, which the coach reads. */
const CORRECTED =
  'Last year at Acme our release pipeline took two hours. I split the tests into parallel jobs. ' +
  'Releases went from two hours to fifteen minutes.';

/** The seeded transcript of the spoken answer: what the recogniser heard, one word every 0.6 s. */
const HEARD_TRANSCRIPT: SeededTranscript = {
  text: HEARD,
  words: HEARD.split(' ').map((word, i) => ({ word: ` ${word}`, start: 0.3 + i * 0.6, end: 0.8 + i * 0.6 })),
  speech: [{ start: 0.2, end: 9.5 }],
  figures: {
    speakingSeconds: 9,
    wordCount: HEARD.split(' ').length,
    wordsPerMinute: 100,
    pace: 'slower',
    pauses: [],
    longPauses: [],
    fillers: [{ word: 'um', count: 1 }],
    fillerCount: 1,
    fillerPositions: [{ word: 'um', start: 0.3, end: 0.8 }],
    noWordsRecognised: false,
  },
};

test('a spoken answer is read on its transcript as corrected, its length from the recording', async ({ page, host }) => {
  test.setTimeout(120_000);
  const { interviewId } = await seedAskedQuestion(host);
  // The feedback transcribes in the background; refused here, so the seeded words are the only transcript.
  const refusal = await refuseBackgroundTranscription(page);
  await openReplaySession(page, host, interviewId);
  await page.getByRole('checkbox', { name: 'Record my answer' }).check();
  await expect(page.getByTestId('record-state')).toHaveText('Recording');
  // Speaking, not typing: the answer box stays empty. 12 s on the clock: jfk.wav has played through once.
  await expect(clockDigits(page)).toBeVisible();
  await expect
    .poll(
      async () =>
        (await clockDigits(page).innerText())
          .split(':')
          .map(Number)
          .reduce((m, s) => m * 60 + s),
      {
        timeout: 30_000,
      },
    )
    .toBeGreaterThanOrEqual(12);
  await expect(answerBox(page)).toHaveValue('');
  await page.getByRole('button', { name: "I'm done" }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  await refusal.lift();

  const [session] = await api(host, 'practice:history');
  // The recording's last chunk is written as the feedback opens: wait until it is complete.
  await expect
    .poll(async () => (await api(host, 'practice:sessionAttempts', { id: session.id }))[0]?.recording?.complete)
    .toBe(true);
  const [attempt] = await api(host, 'practice:sessionAttempts', { id: session.id });
  seedTranscript(host, attempt.recording!.id, attempt.recording!.durationMs / 1000, HEARD_TRANSCRIPT);

  // The session reopened shows the saved transcript; the coach reads it as heard, then as corrected.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
  const spoken = page.getByTestId('spoken-answer');
  const text = spoken.getByTestId('spoken-text');
  await expect(text).toHaveValue(HEARD);
  const coach = page.getByTestId('answer-coach');
  await expect(coach.getByTestId('marked-answer')).toContainText('last year at acme');
  await text.fill(CORRECTED);
  await text.blur();
  await expect(spoken.getByTestId('spoken-save-status')).toHaveAttribute('data-state', 'saved');
  await expect(coach.getByTestId('marked-answer')).toContainText('Releases went from two hours to fifteen minutes.');
  await expect(coach.getByTestId('parts-list').locator('[data-part="result"]')).toHaveText(
    'Result: “Releases went from two hours to fifteen minutes.”',
  );
  await expect(figure(coach, 'Result with a number')).toHaveText('yes');
  await expect(figure(coach, '“I”')).toHaveText('1');
  await expect(figure(coach, 'Length')).toContainText('(spoken,');
  expect(await seriousViolations(page)).toEqual([]);
  await shootBoth(page, 'coach-spoken', coach);
});
