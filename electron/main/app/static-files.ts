import fs from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webm': 'audio/webm',
  '.ogg': 'audio/ogg',
};

/** A file the renderer may load, with its content type. */
interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * Resolves a URL path to a file inside root, refusing anything that escapes it (.., encoded slashes, links out).
 * Both the Electron app protocol and the browser host serve the renderer through this one function.
 */
export function readStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = fs.realpathSync(path.resolve(root));
  const candidate = path.resolve(base, relative);
  if (candidate !== base && !candidate.startsWith(base + path.sep)) return null;
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return null;
  }
  if (!real.startsWith(base + path.sep) || !fs.statSync(real).isFile()) return null;
  return { body: fs.readFileSync(real), type: TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream' };
}
