import crypto from 'node:crypto';
import fs from 'node:fs';

/** A file's size and SHA-256, read in chunks so a long recording never sits in memory whole; null when there is no such file. */
export function hashFile(file: string): { sizeBytes: number; sha256: string } | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return null;
    const hash = crypto.createHash('sha256');
    const buffer = Buffer.alloc(1 << 20);
    let size = 0;
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) {
      hash.update(buffer.subarray(0, n));
      size += n;
    }
    return { sizeBytes: size, sha256: hash.digest('hex') };
  } finally {
    fs.closeSync(fd);
  }
}
