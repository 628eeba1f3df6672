import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../../electron/main/app/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security/csp';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs('debrief-protocol-');
let root: string;

beforeEach(() => {
  const base = tempDir();
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Debrief</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'export {}');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
});

describe('serveAppRequest', () => {
  it('serves index.html for app://debrief/ with the CSP and security headers', async () => {
    const res = serveAppRequest(root, 'app://debrief/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Debrief</title>');
  });

  it('serves index.html for the bare origin and for /index.html', async () => {
    expect(await serveAppRequest(root, 'app://debrief').text()).toContain('Debrief');
    expect(await serveAppRequest(root, 'app://debrief/index.html?x=1#/settings').text()).toContain('Debrief');
  });

  it('serves assets with their type', async () => {
    const res = serveAppRequest(root, 'app://debrief/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('export {}');
  });

  it.each(['app://other/index.html', 'app://debrief.evil/index.html', 'app://debrief:8080/index.html'])(
    'answers 404 for the host in %j',
    async (url) => {
      const res = serveAppRequest(root, url);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('Debrief</title>');
    },
  );

  it.each([
    'app://debrief/../secret.txt',
    'app://debrief/%2e%2e/secret.txt',
    'app://debrief/..%2fsecret.txt',
    'app://debrief/assets/..%2f..%2fsecret.txt',
  ])('refuses the traversal %j with 404', async (url) => {
    const res = serveAppRequest(root, url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('SECRET');
  });

  it('answers 404 for a missing file and for a directory', () => {
    expect(serveAppRequest(root, 'app://debrief/missing.js').status).toBe(404);
    expect(serveAppRequest(root, 'app://debrief/assets/').status).toBe(404);
  });
});
