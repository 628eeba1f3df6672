import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Core } from '../../../electron/main/core';
import { call } from './routes';

/** Base64 of some bytes. */
export const b64 = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64');

/** Records a short voice answer through the routes; returns its id. */
export async function record(core: Core, bytes: Buffer = crypto.randomBytes(3000)): Promise<number> {
  const { id } = await call(core, 'recording:start', { mimeType: 'audio/webm' });
  await call(core, 'recording:append', { id, chunk: bytes.toString('base64') });
  await call(core, 'recording:finish', { id, durationMs: 1500 });
  return id;
}

/** The recordings folder's files with their sizes, sorted by name. */
export function recordingFiles(dir: string): { name: string; size: number }[] {
  const folder = path.join(dir, 'recordings');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .sort()
    .map((name) => ({ name, size: fs.statSync(path.join(folder, name)).size }));
}

/** The file behind a recording id, read from its row. */
export function recordingPath(db: Database.Database, dir: string, id: number): string {
  const name = db.prepare('SELECT file_name FROM recordings WHERE id = ?').pluck().get(id) as string | undefined;
  if (!name) throw new Error(`No recording row ${id}`);
  return path.join(dir, 'recordings', name);
}
