import crypto from 'node:crypto';
import fs from 'node:fs';

/** SHA-1 of a file, streamed (models are hundreds of MB); whisper.cpp publishes SHA-1s, so that is what is checked. */
export function sha1File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha1');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
