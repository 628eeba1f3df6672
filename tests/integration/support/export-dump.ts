import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { TABLE_SPECS } from '../../../electron/main/data-transfer/table-specs';
import { EXPORT_TABLES } from '../../../electron/shared/data-transfer-export-schemas';
import { countRows } from './rows';

/** Every exported table's rows, both search indexes' text, and the recordings folder's files with their checksums. */
export function dump(db: Database.Database, dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Revisions are not exported (they only tell open editors whether their copy is current): an import starts at 1.
  // Per-field revisions (migration 0013) and settings' written-at marks are edit bookkeeping too: an import has none.
  const withoutRevision = ({
    revision: _revision,
    field_revisions: _fields,
    written_at: _writtenAt,
    ...row
  }: Record<string, unknown>) => row;
  for (const t of EXPORT_TABLES) {
    const rows = db.prepare<[], Record<string, unknown>>(`SELECT * FROM "${t}" ORDER BY ${TABLE_SPECS[t].key.join(', ')}`).all();
    out[t] = rows.map(withoutRevision);
  }
  out.interview_search = db.prepare('SELECT rowid, * FROM interview_search ORDER BY rowid').all();
  out.story_search = db.prepare('SELECT rowid, * FROM story_search ORDER BY rowid').all();
  out.question_search = db.prepare("SELECT rowid FROM question_search WHERE question_search MATCH 'tell' ORDER BY rowid").all();
  const recordings = path.join(dir, 'recordings');
  out.files = fs.existsSync(recordings)
    ? fs
        .readdirSync(recordings)
        .sort()
        .map((name) => [
          name,
          crypto
            .createHash('sha256')
            .update(fs.readFileSync(path.join(recordings, name)))
            .digest('hex'),
        ])
    : [];
  return out;
}

/** Row counts of every exported table. */
export const counts = (db: Database.Database): Record<string, number> => countRows(db, EXPORT_TABLES);

/** A checksum of the whole dump: any write anywhere changes it. */
export function checksum(db: Database.Database, dir: string): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(dump(db, dir)))
    .digest('hex');
}

/** The export text with its timestamp blanked, for comparing two exports of the same data. */
export function withoutTimestamp(content: string): string {
  return content.replace(/"exportedAt":"[^"]*"/, '"exportedAt":""');
}
