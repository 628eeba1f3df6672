import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * Returns a function that makes a fresh folder under the system temp dir; every folder it made
 * is removed after each test of the calling file, so no test sees another's files.
 */
export function useTempDirs(prefix = 'debrief-test-'): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) {
      // A test may have made its folder read-only (an export to a folder it cannot write): give it back first.
      if (fs.existsSync(dir)) fs.chmodSync(dir, 0o700);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** SHA-256 of a file's bytes, to prove a file was (or was not) changed. */
export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** SHA-256 of a buffer. */
export function sha256(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
