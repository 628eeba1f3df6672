import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The renderer's initial JavaScript: the scripts index.html loads and preloads, gzipped, in KB.
 * Lazy chunks (screens, charts) are not counted: they load only when a screen opens. Null when not built.
 */
export function initialJsGzipKb(rendererDir: string): { files: string[]; gzipKb: number; rawKb: number } | null {
  const index = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(index)) return null;
  const html = fs.readFileSync(index, 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  let gzip = 0;
  let raw = 0;
  for (const file of new Set(files)) {
    const bytes = fs.readFileSync(path.join(rendererDir, file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...new Set(files)], gzipKb: Math.round(gzip / 102.4) / 10, rawKb: Math.round(raw / 102.4) / 10 };
}
