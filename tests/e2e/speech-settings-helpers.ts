// Helpers for Settings -> Speech end to end: a loopback server that serves model files with Range support at a speed
// the test sets (so progress can be seen and paused), and a test catalog whose entries match those files.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Catalog } from '../../electron/shared/speech-schemas';
import { requestedFile, serveOnLoopback, startRangeResponse } from '../helpers/range-response';
import { expect } from './fixtures';
import { screenUrl } from './nav';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/speech');
/** whisper.cpp's test model: a real ggml file, small enough to download in a few seconds on loopback. */
export const MODEL_FILE = path.join(FIXTURES, 'for-tests-ggml-tiny.en.bin');
export const NOT_A_MODEL = path.join(FIXTURES, 'jfk.wav');
export const MODEL_BYTES = fs.readFileSync(MODEL_FILE);
export const MODEL_SHA1 = crypto.createHash('sha1').update(MODEL_BYTES).digest('hex');

/** How fast the server sends: `bytes` every `everyMs`. */
export interface Rate {
  bytes: number;
  everyMs: number;
}

/** Serves `files` by name under /models/, honouring `Range: bytes=N-`, at the current rate. */
export async function startModelServer(files: Record<string, Buffer>, rate: Rate) {
  let current = rate;
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${requestedFile(req)} ${req.headers.range ?? ''}`.trim());
    const started = startRangeResponse(req, res, files);
    if (!started) return;
    const { body } = started;
    let at = started.start;
    // The throttle: a slice at a time, so the app's speed, time left and Pause have something to show.
    const send = () => {
      if (res.destroyed) return;
      const next = Math.min(body.length, at + current.bytes);
      const last = next === body.length;
      res.write(body.subarray(at, next));
      at = next;
      if (last) res.end();
      else setTimeout(send, current.everyMs);
    };
    send();
  });
  const { base, close } = await serveOnLoopback(server);
  return {
    base,
    requests,
    setRate: (next: Rate) => void (current = next),
    close,
  };
}
export type ModelServer = Awaited<ReturnType<typeof startModelServer>>;

/**
 * The test catalog: "Tiny (English)" is the test model (its real size and SHA-1, the default); "Base (English)" is
 * served the same bytes but lists another SHA-1, so its download is refused after the check.
 */
export function writeTestCatalog(): { file: string; dir: string } {
  const catalog: Catalog = {
    version: 1,
    models: [
      {
        id: 'tiny.en',
        name: 'Tiny (English)',
        file: 'ggml-tiny.en.bin',
        sizeBytes: MODEL_BYTES.length,
        sha1: MODEL_SHA1,
        url: 'https://example.invalid/ggml-tiny.en.bin',
        language: 'en',
        goodFor: 'English answers on any computer: quick, small, and good enough to count pace and fillers. Start here.',
        default: true,
      },
      {
        id: 'base.en',
        name: 'Base (English)',
        file: 'ggml-base.en.bin',
        sizeBytes: MODEL_BYTES.length,
        sha1: '0'.repeat(40),
        url: 'https://example.invalid/ggml-base.en.bin',
        language: 'en',
        goodFor: 'English answers with fewer wrong words than Tiny, at about twice the time; for a recent computer.',
        default: false,
      },
      {
        id: 'tiny',
        name: 'Tiny (many languages)',
        file: 'ggml-tiny.bin',
        sizeBytes: 77_691_713,
        sha1: 'bd577a113a864445d4c299885e0cb97d4ba92b5f',
        url: 'https://example.invalid/ggml-tiny.bin',
        language: 'multilingual',
        goodFor: 'Answers in other languages than English, detected on its own; quick and small.',
        default: false,
      },
    ],
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-e2e-catalog-'));
  const file = path.join(dir, 'models.json');
  fs.writeFileSync(file, JSON.stringify(catalog, null, 2));
  return { file, dir };
}

/** Settings, scrolled to the Speech section once its list has loaded. */
export async function openSpeechSettings(page: Page, hostUrl: string): Promise<void> {
  await page.goto(screenUrl(hostUrl, '/settings'));
  await expect(page.getByRole('heading', { level: 2, name: 'Speech' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Speech models' })).toBeVisible();
}

/** One model's row in the list, by its name. */
export const modelRow = (page: Page, name: string) =>
  page.getByRole('list', { name: 'Speech models' }).getByRole('listitem', { name, exact: true });

/** The files in the data folder's models/ folder. */
export function modelFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, 'models');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}
