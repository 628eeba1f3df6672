import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readStaticFile } from '../../../../electron/main/app/static-files';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs('debrief-static-');

let root: string;
let outside: string;

beforeEach(() => {
  const base = tempDir();
  root = path.join(base, 'renderer');
  outside = path.join(base, 'outside');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Debrief</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'style.CSS'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', 'blob.bin'), Buffer.from([0, 1, 2]));
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'SECRET');
});

describe('readStaticFile', () => {
  it('serves index.html for "/" and for an empty path', () => {
    for (const p of ['/', '']) {
      const file = readStaticFile(root, p);
      expect(file?.body.toString()).toContain('<title>Debrief</title>');
      expect(file?.type).toBe('text/html; charset=utf-8');
    }
  });

  it('serves files in subfolders with their content type', () => {
    expect(readStaticFile(root, '/assets/app.js')).toEqual({
      body: Buffer.from('console.log(1)'),
      type: 'text/javascript; charset=utf-8',
    });
    expect(readStaticFile(root, '/assets/style.CSS')?.type).toBe('text/css; charset=utf-8');
    expect(readStaticFile(root, '/assets/blob.bin')?.type).toBe('application/octet-stream');
  });

  it('decodes percent-encoded names inside the root', () => {
    fs.writeFileSync(path.join(root, 'assets', 'a b.js'), 'x');
    expect(readStaticFile(root, '/assets/a%20b.js')?.body.toString()).toBe('x');
  });

  it('returns null for a missing file', () => {
    expect(readStaticFile(root, '/nope.js')).toBeNull();
  });

  it.each([
    '/../outside/secret.txt',
    '/assets/../../outside/secret.txt',
    '../outside/secret.txt',
    '/%2e%2e/outside/secret.txt',
    '/..%2foutside%2fsecret.txt',
    '/assets%2f..%2f..%2foutside%2fsecret.txt',
    '/%2E%2E%2Foutside%2Fsecret.txt',
    '/..%5coutside%5csecret.txt',
  ])('refuses the traversal %j', (p) => {
    expect(readStaticFile(root, p)).toBeNull();
  });

  it('refuses absolute paths to files outside the root', () => {
    const abs = path.join(outside, 'secret.txt');
    expect(readStaticFile(root, abs)).toBeNull();
    expect(readStaticFile(root, `/${encodeURIComponent(abs)}`)).toBeNull();
    expect(readStaticFile(root, `//${abs}`)).toBeNull();
  });

  it('refuses NUL bytes, plain and encoded', () => {
    expect(readStaticFile(root, '/index.html\0.js')).toBeNull();
    expect(readStaticFile(root, '/index.html%00.js')).toBeNull();
  });

  it('refuses malformed percent-encoding instead of throwing', () => {
    expect(readStaticFile(root, '/%E0%A4%A')).toBeNull();
    expect(readStaticFile(root, '/%')).toBeNull();
  });

  it('refuses directories, including the root itself', () => {
    expect(readStaticFile(root, '/assets')).toBeNull();
    expect(readStaticFile(root, '/assets/')).toBeNull();
    expect(readStaticFile(root, '/.')).toBeNull();
  });

  it('refuses a symlink that points to a file outside the root', () => {
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    expect(readStaticFile(root, '/link.txt')).toBeNull();
  });

  it('refuses a file reached through a symlinked folder that points outside', () => {
    fs.symlinkSync(outside, path.join(root, 'linked-dir'));
    expect(readStaticFile(root, '/linked-dir/secret.txt')).toBeNull();
  });

  it('serves a symlink that stays inside the root', () => {
    fs.symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));
    expect(readStaticFile(root, '/alias.js')?.body.toString()).toBe('console.log(1)');
  });

  it('works when the root itself is reached through a symlink', () => {
    const linkedRoot = path.join(path.dirname(root), 'renderer-link');
    fs.symlinkSync(root, linkedRoot);
    expect(readStaticFile(linkedRoot, '/assets/app.js')?.body.toString()).toBe('console.log(1)');
    expect(readStaticFile(linkedRoot, '/../outside/secret.txt')).toBeNull();
  });

  it('does not serve a sibling folder whose name starts with the root name', () => {
    const sibling = `${root}-other`;
    fs.mkdirSync(sibling);
    fs.writeFileSync(path.join(sibling, 'x.js'), 'sibling');
    expect(readStaticFile(root, `/../${path.basename(sibling)}/x.js`)).toBeNull();
  });
});
