// The job terms extractor's own thread (out/main/job-terms-worker.js, or this file through jiti from source): reading a
// long description takes up to a second, which on the main process's thread would stall every window's IPC.
import { parentPort } from 'node:worker_threads';
import { extractJobTerms } from '../job-terms';
import type { ThreadReply, ThreadRequest } from './job-terms-messages';

parentPort?.on('message', ({ id, text }: ThreadRequest) => {
  let reply: ThreadReply;
  try {
    reply = { id, ok: true, terms: extractJobTerms(text) };
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
