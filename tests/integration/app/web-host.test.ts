import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/main/core';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';
import { startWebHost, type WebHost } from '../../../electron/main/app/web-host';
import { filesIn } from '../../helpers/sqlite';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs('debrief-web-');

const INDEX = '<!doctype html><html><head><title>Debrief test page</title></head><body></body></html>';

let core: Core;
let host: WebHost;
let port: number;

beforeEach(async () => {
  const base = tempDir();
  const staticDir = path.join(base, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'export {}');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  core = await createCore({
    dataDir: path.join(base, 'data'),
    version: '0.0.1',
    host: 'browser',
    autoBackup: false,
    validateOutput: true,
  });
  host = await startWebHost({ router: core.router, staticDir, port: 0 });
  port = Number(new URL(host.origin).port);
});

afterEach(async () => {
  await host.close();
  core.close();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => unknown;
}

/** One raw HTTP request, so tests control every header (Host included) and the exact path bytes. */
function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  address?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: options.address ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });
const call = (route: string, body: unknown = {}, headers: Record<string, string> = auth()) =>
  request({ method: 'POST', path: `/api/${route}`, headers, body: body === undefined ? undefined : JSON.stringify(body) });
const changes = () => core.database.db.prepare('SELECT total_changes()').pluck().get() as number;

describe('web host: the API', () => {
  it('answers a call that carries the token', async () => {
    const res = await call('app:info');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({ ok: true, data: { name: 'Debrief', host: 'browser', dataDir: core.database.paths.dir } });
  });

  it('accepts an empty body as "no input"', async () => {
    const res = await call('backup:list', undefined);
    expect(res.json()).toEqual({ ok: true, data: [] });
  });

  it('goes through the same router: backup:create then backup:list shows it', async () => {
    const created = (await call('backup:create')).json() as { ok: true; data: { fileName: string } };
    expect(created.ok).toBe(true);
    expect((await call('backup:list')).json()).toEqual({ ok: true, data: [created.data] });
    expect(filesIn(core.database.paths.backups)).toEqual([created.data.fileName]);
  });

  it('gives a fresh random token per run, long enough not to be guessed', async () => {
    const other = await startWebHost({ router: core.router, staticDir: tempDir(), port: 0 });
    try {
      expect(other.token).not.toBe(host.token);
      expect(host.token.length).toBeGreaterThanOrEqual(32);
      expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
    } finally {
      await other.close();
    }
  });

  const badAuthorization: [string, (token: string) => string | undefined][] = [
    ['no Authorization header', () => undefined],
    ['a wrong token of the same length', (t) => `Bearer ${t.replace(/./g, (c) => (c === 'a' ? 'b' : 'a'))}`],
    ['the token with one more character', (t) => `Bearer ${t}x`],
    ['a token prefix', (t) => `Bearer ${t.slice(0, 10)}`],
    ['the token without "Bearer "', (t) => t],
    ['the token in another scheme', (t) => `Basic ${t}`],
    ['an empty bearer', () => 'Bearer '],
  ];

  it.each(badAuthorization)('refuses %s with 401 and runs nothing', async (_label, authorization) => {
    const value = authorization(host.token);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      ...(value === undefined ? {} : { Authorization: value }),
    };
    const res = await call('backup:create', {}, headers);
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(filesIn(core.database.paths.backups)).toEqual([]);
  });

  it('does not take the token from the query string', async () => {
    const res = await request({
      method: 'POST',
      path: `/api/backup:create?token=${host.token}`,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(filesIn(core.database.paths.backups)).toEqual([]);
  });

  it.each(['https://evil.example', 'http://127.0.0.1:1', 'http://localhost', 'null', `http://127.0.0.1:${0}.evil.example`])(
    'refuses the foreign Origin %j with 403 even with the token',
    async (origin) => {
      const res = await call('backup:create', {}, { ...auth(), Origin: origin });
      expect(res.status).toBe(403);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(filesIn(core.database.paths.backups)).toEqual([]);
    },
  );

  it('accepts the host own origins', async () => {
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const res = await call('app:info', {}, { ...auth(), Origin: origin });
      expect(res.status, origin).toBe(200);
    }
  });

  it('refuses foreign Host headers (DNS rebinding) on the API and on pages', async () => {
    for (const hostHeader of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `localhost.evil.example:${port}`,
      '127.0.0.1',
    ]) {
      const api = await call('backup:create', {}, { ...auth(), Host: hostHeader });
      expect(api.status, hostHeader).toBe(403);
      const page = await request({ path: '/', headers: { Host: hostHeader } });
      expect(page.status, hostHeader).toBe(403);
      expect(page.text).not.toContain('Debrief test page');
    }
    expect(filesIn(core.database.paths.backups)).toEqual([]);
  });

  it('refuses a request with no Host header at all', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.[01] 403/);
    expect(raw).not.toContain('Debrief test page');
  });

  it('accepts localhost:<port> as a Host', async () => {
    const res = await call('app:info', {}, { ...auth(), Host: `localhost:${port}` });
    expect(res.status).toBe(200);
  });

  it('refuses a body that is not JSON with 415 and an error envelope', async () => {
    const res = await request({
      method: 'POST',
      path: '/api/backup:create',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(res.status).toBe(415);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.any(String) } });
    const none = await request({
      method: 'POST',
      path: '/api/backup:create',
      headers: { Authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(none.status).toBe(415);
    expect(filesIn(core.database.paths.backups)).toEqual([]);
  });

  it('refuses malformed JSON with 400 and an error envelope', async () => {
    const res = await request({ method: 'POST', path: '/api/backup:create', headers: auth(), body: '{"oops": ' });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(filesIn(core.database.paths.backups)).toEqual([]);
  });

  it('refuses API calls that are not POST with 405', async () => {
    const res = await request({ method: 'GET', path: '/api/app:info', headers: auth() });
    expect(res.status).toBe(405);
    expect(res.json()).toMatchObject({ ok: false });
  });

  it('answers an invalid input with VALIDATION and writes nothing', async () => {
    const before = changes();
    for (const body of [{ unexpected: true }, 'text', 42, null, [1]]) {
      const res = await call('backup:create', body);
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: expect.any(Array) } });
    }
    expect(changes()).toBe(before);
    expect(filesIn(core.database.paths.backups)).toEqual([]);
  });

  it('answers an unknown route with UNKNOWN_ROUTE', async () => {
    for (const route of ['nope:nothing', 'constructor', '__proto__', '']) {
      const res = await call(route);
      expect(res.json(), route).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ROUTE' } });
    }
  });

  it('refuses a body over the size limit without running the route', async () => {
    const dispatch = vi.spyOn(core.router, 'dispatch');
    const big = Buffer.alloc(25 * 1024 * 1024 + 1024, 0x20);
    const res = await request({ method: 'POST', path: '/api/backup:create', headers: auth(), body: big });
    expect(res.status).toBe(413);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(filesIn(core.database.paths.backups)).toEqual([]);
  });
});

/**
 * Sends `total` bytes in chunks with no Content-Length (Transfer-Encoding: chunked), as a streaming client does, and
 * settles with the answer's status and text, or "no answer" when the connection ended before any answer came.
 */
function sendChunked(route: string, total: number): Promise<{ status: string; text: string } | 'no answer'> {
  return new Promise((resolve) => {
    let answered = false;
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: `/api/${route}`, headers: auth(), agent: false });
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      // The host says it closes after this answer (it reads out the rest first), so the client sends nothing more on it.
      const status = `${res.statusCode ?? 0} ${res.headers.connection ?? ''}`;
      res.on('end', () => resolve({ status, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve('no answer'));
    });
    // A write cut off after the answer is expected; one before it means the host closed without answering.
    req.on('error', () => {
      if (!answered) resolve('no answer');
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < total && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

/**
 * The same upload from a client that reads its answer only once it has sent the whole body (as simple clients and a
 * busy browser do): the answer waits in the socket meanwhile, so a host that closes early loses it to the reset.
 */
function sendChunkedThenRead(route: string, total: number): Promise<{ status: string; text: string } | 'no answer'> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const received: Buffer[] = [];
    socket.pause();
    /** The whole answer once it is in (its body by Content-Length or chunked), or null while it is not. */
    const parse = () => {
      const raw = Buffer.concat(received).toString('utf8');
      const m = /^HTTP\/1\.1 (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(raw);
      if (!m) return null;
      const status = `${m[1]} ${/^connection: (.*)$/im.exec(m[2])?.[1] ?? ''}`;
      const length = /content-length: (\d+)/i.exec(m[2]);
      if (length) return m[3].length >= Number(length[1]) ? { status, text: m[3] } : null;
      let rest = m[3];
      let text = '';
      for (let size = parseInt(rest, 16); Number.isFinite(size); size = parseInt(rest, 16)) {
        const start = rest.indexOf('\r\n') + 2;
        if (size === 0) return { status, text };
        if (rest.length < start + size + 2) return null;
        text += rest.slice(start, start + size);
        rest = rest.slice(start + size + 2);
      }
      return null;
    };
    socket.on('data', (c: Buffer) => {
      received.push(c);
      const answer = parse();
      if (answer) {
        resolve(answer);
        socket.destroy();
      }
    });
    const finish = () => resolve(parse() ?? 'no answer');
    socket.on('error', () => undefined);
    socket.on('close', finish);
    const head = [
      `POST /api/${route} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      `Authorization: Bearer ${host.token}`,
      'Content-Type: application/json',
      'Transfer-Encoding: chunked',
      '',
      '',
    ].join('\r\n');
    const chunk = Buffer.concat([Buffer.from('10000\r\n'), Buffer.alloc(0x10000, 0x20), Buffer.from('\r\n')]);
    let sent = 0;
    const readAnswer = () => socket.resume();
    const pump = () => {
      while (sent < total) {
        if (socket.destroyed || !socket.writable) return readAnswer();
        sent += 0x10000;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
      socket.write('0\r\n\r\n', readAnswer);
    };
    socket.once('connect', () => {
      socket.write(head);
      pump();
    });
  });
}

describe('web host: a chunked body over the limit', () => {
  it('always gets its 413, before the host closes, on every one of many tries', async () => {
    const dispatch = vi.spyOn(core.router, 'dispatch');
    const answers: string[] = [];
    for (let i = 0; i < 12; i++) {
      for (const send of [sendChunkedThenRead, sendChunked]) {
        const answer = await send('backup:create', 30 * 1024 * 1024);
        answers.push(answer === 'no answer' ? answer : `${answer.status} ${answer.text}`);
      }
    }
    const expected = `413 close ${JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'The request is too large.' } })}`;
    expect(answers).toEqual(Array.from({ length: 24 }, () => expected));
    expect(dispatch).not.toHaveBeenCalled();
    expect(filesIn(core.database.paths.backups)).toEqual([]);
    // The host still answers on a fresh connection afterwards.
    expect((await call('app:info')).status).toBe(200);
  }, 60_000);
});

describe('web host: pages', () => {
  it('serves index.html at / with the CSP and security headers', async () => {
    const res = await request({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.text).toBe(INDEX);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the page at the URL it prints, token included', async () => {
    const url = new URL(host.url);
    const res = await request({ path: `${url.pathname}${url.search}` });
    expect(res.status).toBe(200);
    expect(res.text).toBe(INDEX);
  });

  it('serves assets with their type, and HEAD with no body', async () => {
    const js = await request({ path: '/assets/app.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.text).toBe('export {}');
    const head = await request({ method: 'HEAD', path: '/' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/index.html%00',
  ])('refuses the path %j', async (p) => {
    const res = await request({ path: p });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('SECRET');
  });

  it('answers 404 for missing files and folders, and 405 for other methods', async () => {
    expect((await request({ path: '/missing.js' })).status).toBe(404);
    expect((await request({ path: '/assets/' })).status).toBe(404);
    expect((await request({ method: 'POST', path: '/' })).status).toBe(405);
  });
});

describe('web host: network exposure', () => {
  it('listens on 127.0.0.1 and nowhere else', async () => {
    expect(host.origin).toBe(`http://127.0.0.1:${port}`);
    expect(port).toBeGreaterThan(0);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal)
      .map((i) => i.address);
    for (const address of ['::1', ...others]) {
      const result = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: address, port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
      });
      expect(result, address).not.toBe('connected');
    }
  });

  it('stops listening on close', async () => {
    await host.close();
    await expect(request({ path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // afterEach closes again; a second close must not hang or throw.
    host = { ...host, close: () => Promise.resolve() };
  });
});
