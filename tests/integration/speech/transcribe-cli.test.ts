import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { workerEntry } from '../../../electron/main/speech/engine/worker-entry';
import { FIXTURES, JFK_SPEECH, JFK_WAV, REAL_MODEL, TEST_MODEL, plainWords, warnNoRealModel } from '../support/speech-fixtures';

// `npm run transcribe` runs this file with jiti, as here: the same engine and analysis the app uses.
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'electron/main/speech/cli/transcribe-cli.ts');
const WEBM = path.join(FIXTURES, 'jfk-chromium.webm');

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...workerEntry().execArgv, CLI, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => warnNoRealModel('transcribe-cli.test.ts'));

describe('npm run transcribe', () => {
  it('prints speech and pauses as JSON in seconds for a WAV, with no model', async () => {
    const { code, stdout } = await run([JFK_WAV, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ text: '', words: [], model: null, durationSeconds: 11 });
    expect(out.speech).toHaveLength(4);
    out.speech.forEach((s: { start: number; end: number }, i: number) => expect(s.start).toBeCloseTo(JFK_SPEECH[i].start, 1));
    expect(out.pauses).toHaveLength(3);
  }, 60_000);

  it('decodes a MediaRecorder WebM and runs the model on it (no words from the test model)', async () => {
    const { code, stdout } = await run([WEBM, '--json', '--model', REAL_MODEL ?? TEST_MODEL]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.file).toBe(WEBM);
    expect(out.durationSeconds).toBeCloseTo(11.46, 1);
    expect(out.speech.length).toBeGreaterThanOrEqual(4);
    if (REAL_MODEL) expect(plainWords(out.text).join(' ')).toContain('ask not what your country can do for you');
    else expect(out.words).toEqual([]);
    for (const key of ['text', 'words', 'speech', 'pauses']) expect(out).toHaveProperty(key);
  }, 240_000);

  it('prints a readable report without --json', async () => {
    const { code, stdout } = await run([JFK_WAV]);
    expect(code).toBe(0);
    expect(stdout).toContain('speaking 7.85s');
    expect(stdout).toContain('pauses (0 over 2.5 s):');
  }, 60_000);

  it('refuses what it cannot read, clearly, with exit code 2', async () => {
    for (const [args, message] of [
      [[path.join(FIXTURES, 'nothing.wav')], /There is no file at/],
      [[path.join(FIXTURES, 'README.md')], /Give a \.wav, \.webm, \.mp3 or \.flac file/],
      [[TEST_MODEL.replace('.bin', '.webm')], /There is no file/],
      [[JFK_WAV, '--model', '/no/such/model.bin'], /There is no model file at \/no\/such\/model\.bin/],
      [[], /Usage: npm run transcribe/],
    ] as const) {
      const { code, stderr } = await run([...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
    }
  }, 60_000);
});
