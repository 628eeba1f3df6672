import crypto from 'node:crypto';
import http from 'node:http';
import { serveOnLoopback, startRangeResponse } from '../../helpers/range-response';

/** A loopback HTTP server for model downloads: Range support, and a way to cut or hold a response mid-file. */
export async function startModelServer(files: Record<string, Buffer>) {
  const requests: { path: string; range: string | undefined }[] = [];
  let cutAfter: number | null = null;
  let holdAfter: number | null = null;
  const held: (() => void)[] = [];

  const server = http.createServer((req, res) => {
    requests.push({ path: req.url ?? '', range: req.headers.range });
    const started = startRangeResponse(req, res, files);
    if (!started) return;
    const { body, start } = started;
    const cut = cutAfter;
    const hold = holdAfter;
    cutAfter = null;
    holdAfter = null;
    if (cut !== null) {
      // Send part of the file, then drop the connection as a failing network would.
      res.write(body.subarray(start, start + cut), () => res.socket?.destroy());
      return;
    }
    if (hold !== null) {
      res.write(body.subarray(start, start + hold));
      held.push(() => res.end(body.subarray(start + hold)));
      return;
    }
    res.end(body.subarray(start));
  });
  const { base, close } = await serveOnLoopback(server);
  return {
    base,
    requests,
    /** The next response sends this many bytes and then the connection is cut. */
    cutNextAfter: (bytes: number) => void (cutAfter = bytes),
    /** The next response sends this many bytes and then waits for release(). */
    holdNextAfter: (bytes: number) => void (holdAfter = bytes),
    release: () => held.splice(0).forEach((go) => go()),
    close,
  };
}

/** Deterministic bytes standing in for a model file, with their SHA-1. */
export function fakeModel(bytes: number, seed = 7): { body: Buffer; sha1: string } {
  const body = Buffer.alloc(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    body[i] = x >>> 16;
  }
  return { body, sha1: crypto.createHash('sha1').update(body).digest('hex') };
}
