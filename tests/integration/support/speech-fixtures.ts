import path from 'node:path';

/** The speech fixtures copied into the repository (see tests/fixtures/speech/README.md). */
export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/speech');
export const JFK_WAV = path.join(FIXTURES, 'jfk.wav');
export const VAD_MODEL = path.join(FIXTURES, 'ggml-silero-v6.2.0.bin');
export const TEST_MODEL = path.join(FIXTURES, 'for-tests-ggml-tiny.en.bin');
/** The four stretches of speech the Silero VAD finds in jfk.wav. */
export const JFK_SPEECH = [
  { start: 0.32, end: 2.27 },
  { start: 3.27, end: 4.41 },
  { start: 5.38, end: 7.68 },
  { start: 8.16, end: 10.62 },
];
export const JFK_TEXT =
  'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.';

/** A real ggml-tiny.en.bin, when the machine has one: with it the tests also check the words. */
export const REAL_MODEL = process.env.DEBRIEF_TEST_WHISPER_MODEL || null;

/** Says, once and loudly, that the word check did not run and why; the plumbing tests still ran. */
export function warnNoRealModel(where: string): void {
  if (REAL_MODEL) return;
  console.warn(
    `\n!!! SPEECH WORD CHECK DID NOT RUN (${where}): DEBRIEF_TEST_WHISPER_MODEL is not set, and no speech model can be ` +
      "downloaded on this machine. The engine ran for real with whisper.cpp's test model, which recognises no words. " +
      'Set DEBRIEF_TEST_WHISPER_MODEL=/path/to/ggml-tiny.en.bin to check "ask not what your country can do for you". !!!\n',
  );
}

/** Lower-case words without punctuation, to compare a transcript with a script. */
export const plainWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
