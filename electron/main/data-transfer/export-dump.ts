import path from 'node:path';
import type Database from 'better-sqlite3';
import {
  EXPORT_FORMAT,
  EXPORT_TABLES,
  EXPORT_VERSION,
  type ExportTable,
  type RecordingManifestEntry,
} from '../../shared/data-transfer-export-schemas';
import { hashFile } from './file-hash';
import { columnsOf, TABLE_SPECS } from './table-specs';

/** Facts written at the top of every export. */
export interface ExportMeta {
  exportedAt: string;
  appVersion: string;
  schemaVersion: number;
}

/** What one export wrote: rows per table, and each recording with the file it names. */
interface DumpSummary {
  rows: Record<ExportTable, number>;
  recordings: (RecordingManifestEntry & { path: string })[];
}

const quote = (name: string) => `"${name}"`;

/**
 * Writes the whole database as the export's JSON, in pieces, to `write`: one row per line (readable, and it diffs
 * well), tables in EXPORT_TABLES order, rows by key, so the same data always gives the same text. All tables are read
 * in one transaction, so the file is one moment's state even if something is saved meanwhile. Recordings are hashed
 * from the files themselves: the checksum describes what is really there.
 */
export function writeExport(
  db: Database.Database,
  recordingsDir: string,
  meta: ExportMeta,
  write: (chunk: string) => void,
): DumpSummary {
  const rows = {} as Record<ExportTable, number>;
  const files: { id: number; fileName: string }[] = [];
  write(
    `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(meta.exportedAt)},` +
      `"appVersion":${JSON.stringify(meta.appVersion)},"schemaVersion":${meta.schemaVersion},\n"data":{`,
  );
  db.transaction(() => {
    EXPORT_TABLES.forEach((table, t) => {
      // SQLite writes each row's JSON itself: several times faster than building objects and stringifying them, and
      // its numbers round-trip exactly (REALs keep a ".0", which JSON reads as the same number).
      const object = columnsOf(table)
        .map((c) => `'${c}', ${quote(c)}`)
        .join(', ');
      const order = TABLE_SPECS[table].key.map(quote).join(', ');
      const stmt = db.prepare<[], string>(`SELECT json_object(${object}) FROM ${quote(table)} ORDER BY ${order}`).pluck();
      let count = 0;
      let batch: string[] = [];
      write(`${t ? ',' : ''}\n${JSON.stringify(table)}:[`);
      for (const json of stmt.iterate()) {
        batch.push(json);
        // Flushed in batches: one call per row would make the folder export's writes needlessly small.
        if (batch.length === 2000) {
          write(`${count ? ',' : ''}\n${batch.join(',\n')}`);
          count += batch.length;
          batch = [];
        }
      }
      if (batch.length) write(`${count ? ',' : ''}\n${batch.join(',\n')}`);
      count += batch.length;
      write(count ? '\n]' : ']');
      rows[table] = count;
    });
    files.push(
      ...db.prepare<[], { id: number; fileName: string }>('SELECT id, file_name AS fileName FROM recordings ORDER BY id').all(),
    );
  })();
  const recordings = files.map(({ id, fileName }) => {
    const file = path.join(recordingsDir, fileName);
    const found = hashFile(file);
    return { id, fileName, sizeBytes: found?.sizeBytes ?? 0, sha256: found?.sha256 ?? null, path: file };
  });
  const manifest = recordings.map(({ id, fileName, sizeBytes, sha256 }) => JSON.stringify({ id, fileName, sizeBytes, sha256 }));
  write(`\n},\n"recordings":[${manifest.length ? `\n${manifest.join(',\n')}\n` : ''}]}\n`);
  return { rows, recordings };
}
