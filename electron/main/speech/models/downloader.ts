import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { DownloadStatus } from '../../../shared/speech-schemas';
import { diskError, networkError } from './download-errors';
import { sha1File } from './sha1-file';

/** What to fetch and where: the temporary file is renamed to the final one only after its SHA-1 matched. */
export interface DownloadRequest {
  modelId: string;
  url: string;
  tempPath: string;
  finalPath: string;
  sizeBytes: number;
  sha1: string;
  /** Milliseconds without a byte before the connection counts as lost. */
  idleTimeoutMs?: number;
  now?: () => number;
}

/** A running (or paused, or finished) download the routes can steer and poll. */
export interface Download {
  status(): DownloadStatus;
  pause(): void;
  resume(): void;
  cancel(): Promise<void>;
  /** Resolves the next time the download rests: paused, failed, done or cancelled. */
  settled(): Promise<DownloadStatus>;
}

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const cut = () => networkError(Object.assign(new Error('connection cut'), { code: 'ECONNRESET' }));

/** Starts an HTTP(S) download with resume (Range), progress, pause, cancel and a SHA-1 check before it counts. */
export function startDownload(req: DownloadRequest): Download {
  const now = req.now ?? Date.now;
  const folder = path.dirname(req.finalPath);
  let state: DownloadStatus['state'] = 'downloading';
  let error: AppError | null = null;
  let received = 0;
  let speed = 0;
  // Each run has a number; a run that was paused and replaced by a newer one no longer touches the state.
  let generation = 0;
  let abortCurrent: (() => void) | null = null;
  let running: Promise<void> = Promise.resolve();
  const waiters: ((s: DownloadStatus) => void)[] = [];

  const status = (): DownloadStatus => ({
    modelId: req.modelId,
    state,
    receivedBytes: received,
    totalBytes: req.sizeBytes,
    bytesPerSecond: Math.round(speed),
    etaSeconds: state === 'downloading' && speed > 0 ? Math.ceil((req.sizeBytes - received) / speed) : null,
    error: error?.toData() ?? null,
  });
  const rest = () => {
    speed = 0;
    for (const wake of waiters.splice(0)) wake(status());
  };
  const fail = (err: AppError) => {
    if (state !== 'downloading' && state !== 'verifying') return;
    state = 'failed';
    error = err;
  };
  const wrongSize = (bytes: number) =>
    new AppError(
      'VALIDATION',
      `The download server offers a file of ${bytes.toLocaleString('en')} bytes, not the ${req.sizeBytes.toLocaleString('en')} the catalog expects; nothing was kept.`,
    );

  /** One HTTP exchange from the current offset; resolves once its file is closed, however it ended. */
  function transfer(url: string, redirects: number): Promise<void> {
    return new Promise<void>((resolve) => {
      let file: fs.WriteStream | null = null;
      let aborted = false;
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        if (file && !file.closed) file.once('close', () => resolve()).end();
        else resolve();
      };
      const refuse = (err: AppError, res: http.IncomingMessage) => {
        res.resume();
        fail(err);
        close();
      };
      const headers: Record<string, string> = { 'User-Agent': 'Debrief speech model download' };
      if (received > 0) headers.Range = `bytes=${received}-`;
      const request = (url.startsWith('https:') ? https : http).get(url, { headers }, (res) => {
        const code = res.statusCode ?? 0;
        if (REDIRECTS.has(code) && res.headers.location) {
          const next = new URL(res.headers.location, url);
          if (redirects >= MAX_REDIRECTS)
            return refuse(new AppError('OFFLINE', 'The download server redirected too often.'), res);
          if (next.protocol !== 'http:' && next.protocol !== 'https:')
            return refuse(new AppError('OFFLINE', 'The download server redirected to an address that is not http(s).'), res);
          res.resume();
          closed = true;
          return void transfer(next.toString(), redirects + 1).then(resolve);
        }
        if (code === 416 && received === req.sizeBytes) return (res.resume(), close());
        let append = false;
        if (code === 206) {
          const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(String(res.headers['content-range'] ?? ''));
          if (!range || Number(range[1]) !== received)
            return refuse(
              new AppError('OFFLINE', 'The download server resumed at the wrong place; cancel and start again.'),
              res,
            );
          if (range[2] !== '*' && Number(range[2]) !== req.sizeBytes) return refuse(wrongSize(Number(range[2])), res);
          append = true;
        } else if (code === 200) {
          const length = Number(res.headers['content-length'] ?? NaN);
          if (Number.isFinite(length) && length !== req.sizeBytes) return refuse(wrongSize(length), res);
          received = 0; // The server ignored the Range header: the file starts again.
        } else {
          return refuse(
            new AppError('OFFLINE', `The download server answered ${code} ${res.statusMessage ?? ''}`.trim() + '.'),
            res,
          );
        }

        file = fs.createWriteStream(req.tempPath, { flags: append ? 'a' : 'w' });
        file.on('error', (err) => {
          fail(diskError(err, req.sizeBytes - received, folder));
          aborted = true;
          request.destroy();
          closed = true;
          resolve();
        });
        file.on('close', () => close());
        let windowStart = now();
        let windowBytes = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          windowBytes += chunk.length;
          const elapsed = now() - windowStart;
          if (elapsed >= 500) {
            const current = (windowBytes / elapsed) * 1000;
            speed = speed ? speed * 0.6 + current * 0.4 : current;
            windowStart = now();
            windowBytes = 0;
          }
          if (received > req.sizeBytes) {
            fail(new AppError('VALIDATION', 'The download server sent more than the model should be; it was stopped.'));
            aborted = true;
            request.destroy();
          }
        });
        res.on('close', () => {
          if (!res.complete && !aborted) fail(cut());
          if (!res.complete) close();
        });
        res.pipe(file);
      });
      request.setTimeout(req.idleTimeoutMs ?? 30_000, () =>
        request.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
      );
      request.on('error', (err) => {
        if (!aborted) fail(networkError(err));
        close();
      });
      abortCurrent = () => {
        aborted = true;
        request.destroy();
        close();
      };
    });
  }

  async function verify(run: number): Promise<void> {
    state = 'verifying';
    speed = 0;
    try {
      const actual = await sha1File(req.tempPath);
      if (run !== generation || state !== 'verifying') return;
      if (actual !== req.sha1) {
        fs.rmSync(req.tempPath, { force: true });
        received = 0;
        return fail(
          new AppError(
            'VALIDATION',
            'The downloaded file did not match the published checksum (SHA-1), so it was removed. Try the download again.',
          ),
        );
      }
      fs.renameSync(req.tempPath, req.finalPath);
      state = 'done';
    } catch (err) {
      fail(diskError(err, req.sizeBytes, folder));
    }
  }

  async function cycle(run: number): Promise<void> {
    try {
      fs.mkdirSync(folder, { recursive: true });
      const existing = fs.existsSync(req.tempPath) ? fs.statSync(req.tempPath).size : 0;
      received = existing <= req.sizeBytes ? existing : 0;
    } catch (err) {
      fail(diskError(err, req.sizeBytes, folder));
    }
    if (state === 'downloading' && received < req.sizeBytes) await transfer(req.url, 0);
    if (run !== generation) return;
    abortCurrent = null;
    if (state === 'downloading') {
      if (received === req.sizeBytes) await verify(run);
      else fail(cut());
    }
    if (run === generation && state !== 'cancelled') rest();
  }

  function begin(): void {
    const run = ++generation;
    state = 'downloading';
    error = null;
    running = running.then(() => cycle(run));
  }

  begin();
  return {
    status,
    settled: () =>
      state === 'downloading' || state === 'verifying'
        ? new Promise<DownloadStatus>((resolve) => waiters.push(resolve))
        : Promise.resolve(status()),
    pause() {
      if (state !== 'downloading') return;
      state = 'paused';
      speed = 0;
      abortCurrent?.();
    },
    resume() {
      if (state === 'paused' || state === 'failed') begin();
    },
    async cancel() {
      if (state === 'done' || state === 'cancelled') return;
      state = 'cancelled';
      generation++;
      abortCurrent?.();
      await running;
      fs.rmSync(req.tempPath, { force: true });
      received = 0;
      rest();
    },
  };
}
