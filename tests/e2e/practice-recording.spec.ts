// Voice recording with Chromium's fake microphone: a recording is made in chunks, stored as one file in the data
// folder, played back from a blob: URL, and deleted (file and all).
import fs from 'node:fs';
import path from 'node:path';
import { seriousViolations } from './axe';
import { fakeMicrophone } from './chromium';
import { expect, test } from './fixtures';
import {
  answerBox,
  api,
  clockDigits,
  openPractice,
  openPracticeWithFumbled,
  seedFumbledInterview,
  startSession,
} from './practice-helpers';
import { refuseBackgroundTranscription } from './speech-helpers';
import { shootAll } from './shots';

// Chromium's own fake microphone (a beep): this spec checks storage and playback, not words.
test.use(fakeMicrophone());

/** The files in the host's recordings folder with their sizes. */
function recordingFiles(dataDir: string): { name: string; size: number }[] {
  const dir = path.join(dataDir, 'recordings');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).map((name) => ({ name, size: fs.statSync(path.join(dir, name)).size }));
}

test('a recorded answer is stored as a file, plays back, and can be deleted', async ({ page, host }) => {
  // This is about the file and its playback: without the background transcription, the plain player stays (a finished
  // transcription would swap in the transcript player, and its own <audio>, while the test plays the first one).
  await refuseBackgroundTranscription(page);
  await openPracticeWithFumbled(page, host);
  await startSession(page, { length: 1, think: 'None', answer: '2 min' });

  await page.getByRole('checkbox', { name: 'Record my answer' }).check();
  await expect(page.getByTestId('record-state')).toHaveText('Recording');
  await answerBox(page).fill('I listened to their reasons first.');
  // Chunks arrive about once a second and are appended as they come: the file grows while recording.
  await expect.poll(() => recordingFiles(host.dataDir)[0]?.size ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: "I'm done" }).click();

  // Playback: a blob: URL the <audio> element loads without an error.
  const audio = page.getByTestId('recording-audio');
  await expect(page.getByRole('group', { name: 'Your recording' })).toBeVisible();
  await expect(audio).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  expect(await audio.evaluate((el: HTMLAudioElement) => el.error)).toBeNull();
  await audio.evaluate((el: HTMLAudioElement) => el.play());
  // Playback starting can take a while on a busy machine: wait for it, not for a fixed time.
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime), { timeout: 30_000 }).toBeGreaterThan(0);
  expect(await audio.evaluate((el: HTMLAudioElement) => el.error)).toBeNull();

  // One finished recording on disk, the size and checksum the database knows, linked to the saved answer. Beside it
  // may be the 16 kHz copy the transcription reads (made in the background once answering ends).
  const files = recordingFiles(host.dataDir).filter((f) => !f.name.endsWith('.16k.wav'));
  expect(files).toHaveLength(1);
  const [session] = await api(host, 'practice:history');
  const [attempt] = await api(host, 'practice:sessionAttempts', { id: session.id });
  expect(attempt.recording).toMatchObject({ complete: true, sizeBytes: files[0].size });
  expect(attempt.recording?.mimeType).toMatch(/^audio\/webm/);
  expect(attempt.recording?.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(attempt.recording?.durationMs).toBeGreaterThan(0);

  // Delete: asked once, then the player and the file are gone, and the typed answer stays.
  await page.getByRole('button', { name: 'Delete recording' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { name: 'Your recording' })).toHaveCount(0);
  await expect.poll(() => recordingFiles(host.dataDir)).toEqual([]);
  const [after] = await api(host, 'practice:sessionAttempts', { id: session.id });
  expect(after.recording).toBeNull();
  expect(after.answerText).toBe('I listened to their reasons first.');
});

test('turning recording off mid-answer drops what was recorded, and the answer is saved without one', async ({ page, host }) => {
  await openPractice(page, host);
  await startSession(page, { length: 1, think: 'None' });
  const toggle = page.getByRole('checkbox', { name: 'Record my answer' });
  await toggle.check();
  await expect(page.getByTestId('record-state')).toHaveText('Recording');
  await expect.poll(() => recordingFiles(host.dataDir).length).toBe(1);
  await toggle.uncheck();
  await expect.poll(() => recordingFiles(host.dataDir)).toEqual([]);
  await answerBox(page).fill('Just typing.');
  await page.getByRole('button', { name: "I'm done" }).click();
  await expect(page.getByTestId('answer-text')).toHaveText('Just typing.');
  await expect(page.getByRole('heading', { name: 'Your recording' })).toHaveCount(0);
});

test('while recording, a live level shows the microphone hears the person and the prompt says to speak; the player then shows the stored length on its one bar', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  // The feedback would transcribe the recording in the background and swap in the transcript's player; refused here,
  // so the plain player (a recording with no transcript yet) stays to be checked.
  await page.route('**/api/speech:transcribe', (route) => route.abort());
  await seedFumbledInterview(host);
  await openPractice(page, host);
  await startSession(page, { length: 1, think: 'None', answer: '2 min' });
  const typeHint = page.getByText('Type your answer the way you would say it.');
  await expect(typeHint).toBeVisible();

  await page.getByRole('checkbox', { name: 'Record my answer' }).check();
  await expect(page.getByTestId('record-state')).toHaveText('Recording');
  await expect(page.getByText(/Speak your answer;/)).toBeVisible();
  await expect(typeHint).toHaveCount(0);
  // The fake microphone's beep moves the level: the person sees it hears them before the answer is over.
  const meter = page.getByRole('meter', { name: 'Microphone level' });
  await expect.poll(async () => Number(await meter.getAttribute('aria-valuenow')), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('record-heard')).toHaveText('The microphone hears you.');
  await shootAll(page, 'practice-recording-level', meter);
  expect(await seriousViolations(page)).toEqual([]);

  // A few seconds in, done: the answer's recording plays back.
  await expect(clockDigits(page)).toHaveText(/^01:(5[0-6]|[0-4]\d)$/, { timeout: 30_000 });
  await page.getByRole('button', { name: "I'm done" }).click();
  await expect(meter).toHaveCount(0);
  const player = page.getByRole('group', { name: 'Your recording', exact: true });
  const time = player.getByTestId('recording-time');
  const [session] = await api(host, 'practice:history');
  // The recording's last chunk is written as the feedback opens: wait until it is complete.
  await expect
    .poll(async () => (await api(host, 'practice:sessionAttempts', { id: session.id }))[0]?.recording?.complete)
    .toBe(true);
  const [attempt] = await api(host, 'practice:sessionAttempts', { id: session.id });
  const seconds = Math.floor(attempt.recording!.durationMs / 1000);
  expect(seconds).toBeGreaterThanOrEqual(3);
  // The length stored with the recording (WebM from MediaRecorder carries none), and one bar: no native controls.
  await expect(time).toHaveText(`0:00 / 0:${String(seconds).padStart(2, '0')}`);
  await expect(player.locator('audio[controls]')).toHaveCount(0);
  await expect(player.getByRole('slider', { name: 'Position in the recording' })).toHaveAttribute(
    'aria-valuetext',
    `0:00 of 0:${String(seconds).padStart(2, '0')}`,
  );
  await shootAll(page, 'practice-recording-player', player);
  expect(await seriousViolations(page)).toEqual([]);

  await player.getByRole('button', { name: 'Play' }).click();
  await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
  // The position moves on while it plays (read as a number: on a busy machine it may be well past the first second).
  const position = async () => {
    const [m, sec] = ((await time.textContent()) ?? '').split(' / ')[0]!.split(':').map(Number);
    return m! * 60 + sec!;
  };
  await expect.poll(position, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
});
