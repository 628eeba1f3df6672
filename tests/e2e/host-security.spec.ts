// The browser host is a door to the person's data: it must refuse calls without the token and from other sites.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test, type BrowserHost } from './fixtures';

// No backup at start, so "nothing was written" can be checked by an empty backups folder.
test.use({ hostEnv: { DEBRIEF_AUTO_BACKUP: '0' } });

interface Answer {
  status: number;
  body: { ok: boolean; error?: { code: string; message: string } };
}

/**
 * A raw HTTP POST, so every header (Host included, which fetch will not let a caller change) is exactly what the test says.
 */
function post(host: BrowserHost, route: string, headers: Record<string, string>): Promise<Answer> {
  const { hostname, port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: `/api/${route}`, method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer['body'] });
        } catch (err) {
          reject(new Error(`Not JSON (${res.statusCode}): ${text}`, { cause: err }));
        }
      });
    });
    req.on('error', reject);
    req.end('');
  });
}

const json = { 'Content-Type': 'application/json' };
const backupsIn = (host: BrowserHost) => {
  const dir = path.join(host.dataDir, 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

test('with the token, a call is answered (so the refusals below mean something)', async ({ host }) => {
  const answer = await post(host, 'app:info', { ...json, Authorization: `Bearer ${host.token}` });
  expect(answer.status).toBe(200);
  expect(answer.body.ok).toBe(true);
});

test('without the token, a call is refused with 401 and nothing is written', async ({ host }) => {
  const answer = await post(host, 'backup:create', json);
  expect(answer.status).toBe(401);
  expect(answer.body).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
  expect(backupsIn(host)).toEqual([]);
});

test('with a wrong token, a call is refused with 401 and nothing is written', async ({ host }) => {
  const wrong = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
  for (const authorization of [`Bearer ${wrong}`, `Bearer ${host.token}x`, host.token, 'Bearer ']) {
    const answer = await post(host, 'backup:create', { ...json, Authorization: authorization });
    expect(answer.status, `Authorization: ${authorization}`).toBe(401);
    expect(answer.body.ok).toBe(false);
  }
  expect(backupsIn(host)).toEqual([]);
});

test('from a foreign Origin, a call is refused with 403 even with the token', async ({ host }) => {
  for (const origin of ['https://evil.example', 'http://127.0.0.1.evil.example', 'null', `http://127.0.0.1:1`]) {
    const answer = await post(host, 'backup:create', { ...json, Authorization: `Bearer ${host.token}`, Origin: origin });
    expect(answer.status, `Origin: ${origin}`).toBe(403);
    expect(answer.body.error?.code).toBe('FORBIDDEN');
  }
  expect(backupsIn(host)).toEqual([]);
});

test('with a foreign Host header (DNS rebinding), a call is refused with 403 even with the token', async ({ host }) => {
  const { port } = new URL(host.origin);
  for (const hostHeader of [`evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, 'evil.example']) {
    const answer = await post(host, 'backup:create', { ...json, Authorization: `Bearer ${host.token}`, Host: hostHeader });
    expect(answer.status, `Host: ${hostHeader}`).toBe(403);
    expect(answer.body.error?.code).toBe('FORBIDDEN');
  }
  expect(backupsIn(host)).toEqual([]);
});

test("Playwright's request context gets the same answers as a browser would", async ({ host, playwright }) => {
  const request = await playwright.request.newContext({ baseURL: host.origin });
  try {
    const noToken = await request.post('/api/app:info', { data: {} });
    expect(noToken.status()).toBe(401);
    const foreign = await request.post('/api/app:info', {
      data: {},
      headers: { Authorization: `Bearer ${host.token}`, Origin: 'https://evil.example' },
    });
    expect(foreign.status()).toBe(403);
    const allowed = await request.post('/api/app:info', { data: {}, headers: { Authorization: `Bearer ${host.token}` } });
    expect(allowed.status()).toBe(200);
    expect((await allowed.json()) as unknown).toMatchObject({ ok: true, data: { host: 'browser', dataDir: host.dataDir } });
  } finally {
    await request.dispose();
  }
});
