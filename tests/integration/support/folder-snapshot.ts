import fs from 'node:fs';
import path from 'node:path';
import { sha256File } from '../../helpers/temp-dir';

/** Hash of every file in a folder tree, by relative path: "untouched" means no file was added, removed or changed. */
export function folderSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = sha256File(full);
  }
  return out;
}
