import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Router } from '../ipc/router';
import { SECURITY_HEADERS } from '../security/csp';
import { readStaticFile } from './static-files';

/** Largest request body the host reads; imports later need room, but nothing needs more. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;
/** How much more of a refused upload is read out before the connection is closed anyway. */
const MAX_DRAIN_BYTES = 256 * 1024 * 1024;

interface WebHostOptions {
  router: Router;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed only in tests that need to know it in advance; otherwise a fresh random token per run. */
  token?: string;
}

export interface WebHost {
  /** The address to open, carrying the token the page needs for its calls. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/** An answer; `closeAfter` (a refused upload) holds the connection open until the client has finished sending. */
type Reply = { status: number; body: unknown; closeAfter?: Promise<void> };

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function transportError(status: number, code: 'FORBIDDEN' | 'VALIDATION' | 'UNKNOWN_ROUTE', message: string): Reply {
  return { status, body: { ok: false, error: { code, message } } };
}

/** What readBody read: the whole body, or word that it was too large and when the client has finished sending it. */
type Body = { data: Buffer } | { data: null; sent: Promise<void> };

/**
 * Reads a request body up to MAX_BODY_BYTES. Past that it keeps nothing but goes on reading (up to MAX_DRAIN_BYTES
 * more): closing while the client still sends makes the kernel reset the connection, and a reset can throw away the 413
 * before the client has read it (seen with chunked uploads, which give no Content-Length to refuse up front).
 */
function readBody(req: http.IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let drained = 0;
    let tooLarge = false;
    let finished: () => void = () => undefined;
    const sent = new Promise<void>((done) => (finished = done));
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) {
        drained += chunk.length;
        if (drained > MAX_DRAIN_BYTES) finished();
        return;
      }
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        resolve({ data: null, sent });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      finished();
      resolve({ data: Buffer.concat(chunks) });
    });
    req.on('close', finished);
    req.on('error', (err) => {
      finished();
      reject(err);
    });
  });
}

/**
 * The browser host: the built renderer and the same router over HTTP, on 127.0.0.1 only.
 * A second door to the same rooms: it checks who is knocking (Host, Origin, token) and passes calls through unchanged.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  async function handleApi(req: http.IncomingMessage, route: string): Promise<Reply> {
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!given || !sameToken(given, token)) {
      return { status: 401, body: { ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong access token.' } } };
    }
    if (req.method !== 'POST') return transportError(405, 'VALIDATION', 'API calls must use POST.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return transportError(415, 'VALIDATION', 'API calls must send JSON.');
    }
    const body = await readBody(req);
    if (body.data === null) {
      return { ...transportError(413, 'VALIDATION', 'The request is too large.'), closeAfter: body.sent };
    }
    let input: unknown = undefined;
    if (body.data.length) {
      try {
        input = JSON.parse(body.data.toString('utf8'));
      } catch {
        return transportError(400, 'VALIDATION', 'The request body is not valid JSON.');
      }
    }
    return { status: 200, body: await options.router.dispatch(route, input) };
  }

  const server = http.createServer((req, res) => {
    const send = (status: number, headers: Record<string, string>, body: Buffer | string) => {
      res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
      res.end(body);
    };
    const sendJson = (reply: Reply) => {
      const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
      if (!reply.closeAfter) return send(reply.status, headers, JSON.stringify(reply.body));
      // The answer goes out now, whole (its length given), and the connection closes once the client has sent the rest.
      const body = Buffer.from(JSON.stringify(reply.body));
      res.writeHead(reply.status, {
        ...SECURITY_HEADERS,
        ...headers,
        'Content-Length': String(body.length),
        Connection: 'close',
      });
      res.write(body);
      void reply.closeAfter.then(() => res.end());
    };

    // DNS rebinding and cross-site requests are refused before anything else is looked at.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return sendJson(transportError(403, 'FORBIDDEN', 'This host name is not allowed.'));
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      return sendJson(transportError(403, 'FORBIDDEN', 'Requests from other sites are not allowed.'));
    }

    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, url.pathname.slice('/api/'.length)).then(sendJson, (err: unknown) => {
        console.error('browser host error', err);
        sendJson({ status: 500, body: { ok: false, error: { code: 'INTERNAL', message: 'The browser host failed.' } } });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { 'Content-Type': 'text/plain' }, 'Method not allowed');
    const file = readStaticFile(options.staticDir, url.pathname);
    if (!file) return send(404, { 'Content-Type': 'text/plain' }, 'Not found');
    send(200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache' }, req.method === 'HEAD' ? '' : file.body);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
