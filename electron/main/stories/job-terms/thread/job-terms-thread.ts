import { Worker } from 'node:worker_threads';
import type { JobTerms } from '../../../../shared/stories-schemas';
import { extractJobTerms } from '../job-terms';
import { threadEntry, type ThreadEntry } from './job-terms-entry';
import { threadReplySchema } from './job-terms-messages';

/** The extractor's failure on one text (not the thread's): the text cannot be read, whichever thread tried. */
export class ExtractionFailed extends Error {}

/** Reads job terms off the main process's thread; `close` ends the thread. */
export interface JobTermsReader {
  read(text: string): Promise<JobTerms>;
  close(): void;
}

type Pending = { resolve: (terms: JobTerms) => void; reject: (err: Error) => void };

/**
 * One worker thread, started on the first read and kept (idle, it does not hold the process open). A thread that
 * cannot start or fails is not the person's problem: that read is done on this thread instead, with the same module,
 * so the result is the same either way. A thread that failed is not started again in this run (one that cannot load,
 * say from a packaged app, would otherwise be tried and logged on every read); a closed reader reads nothing more.
 */
export function createJobTermsThread(entry: ThreadEntry | undefined = threadEntry()): JobTermsReader {
  let worker: Worker | null = null;
  let failed = false;
  let closed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function failAll(err: Error): void {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  }

  function start(file: string, execArgv: string[]): Worker {
    const w = new Worker(file, { execArgv });
    w.on('message', (raw: unknown) => {
      const reply = threadReplySchema.safeParse(raw);
      if (!reply.success) {
        // A reply that does not fit is the thread's fault: every read waiting on it is read on this thread instead.
        failed = true;
        failAll(new Error('The job terms thread sent a reply that does not fit its schema.'));
        return;
      }
      const p = pending.get(reply.data.id);
      if (!p) return;
      pending.delete(reply.data.id);
      if (pending.size === 0) w.unref();
      if (reply.data.ok) p.resolve(reply.data.terms);
      else p.reject(new ExtractionFailed(reply.data.message));
    });
    const gone = (err: Error) => {
      if (worker === w) worker = null;
      failAll(err);
    };
    const broke = (err: Error) => {
      failed = true;
      gone(err);
    };
    w.on('error', broke);
    w.on('messageerror', broke);
    w.on('exit', (code) => gone(new Error(`The job terms thread stopped (exit code ${code}).`)));
    return w;
  }

  function inThread(text: string): Promise<JobTerms> {
    try {
      return Promise.resolve(extractJobTerms(text));
    } catch (err) {
      return Promise.reject(new ExtractionFailed(err instanceof Error ? err.message : String(err)));
    }
  }

  return {
    async read(text: string): Promise<JobTerms> {
      if (closed) throw new Error('The job terms thread was closed: the app is shutting down.');
      if (!entry || failed) return inThread(text);
      try {
        worker ??= start(entry.file, entry.execArgv);
        const w = worker;
        const id = nextId++;
        const terms = new Promise<JobTerms>((resolve, reject) => pending.set(id, { resolve, reject }));
        w.ref();
        w.postMessage({ id, text });
        return await terms;
      } catch (err) {
        if (err instanceof ExtractionFailed || closed) throw err;
        console.error('The job terms thread failed; reading on the main thread instead:', err);
        return inThread(text);
      }
    },
    close(): void {
      closed = true;
      const w = worker;
      worker = null;
      failAll(new Error('The job terms thread was closed.'));
      if (w) void w.terminate();
    },
  };
}
