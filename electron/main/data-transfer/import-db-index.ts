import type Database from 'better-sqlite3';
import type { ExportTable } from '../../shared/data-transfer-export-schemas';
import { asciiFold } from './import-integrity';
import { TABLE_SPECS } from './table-specs';

/** What the importer needs to know of one table already in the database, read once before deciding anything. */
export interface TableIndex {
  /** Every key in the table (ids, or composite keys as "a/b"). */
  keys: Set<number | string>;
  maxId: number;
  /** document: id -> identity; part: id -> owner id. */
  byId: Map<number, string | number>;
  /** questions: bank id -> id, folded text -> id; recordings: file name -> id; plan_items: suggestion keys in use. */
  lookup: Map<string, number>;
}

const q = (name: string) => `"${name}"`;

/** Reads the keys (and the few columns that identify rows) of every table; a handful of scans, not a query per row. */
export function readTableIndex(db: Database.Database, table: ExportTable): TableIndex {
  const spec = TABLE_SPECS[table];
  const keyExpr = spec.key.length === 1 ? q(spec.key[0]) : spec.key.map(q).join(` || '/' || `);
  const extra =
    spec.kind === 'document'
      ? spec.identity!.map(q).join(` || '|' || `)
      : spec.kind === 'part' && spec.idColumn
        ? q(spec.owner!.column)
        : 'NULL';
  const rows = db
    .prepare<[], [number | string, string | number | null]>(`SELECT ${keyExpr} AS k, ${extra} AS x FROM ${q(table)}`)
    .raw()
    .all();
  const index: TableIndex = { keys: new Set(), maxId: 0, byId: new Map(), lookup: new Map() };
  for (const [k, x] of rows) {
    index.keys.add(k);
    if (spec.idColumn && typeof k === 'number') {
      if (k > index.maxId) index.maxId = k;
      if (x !== null) index.byId.set(k, x);
    }
  }
  if (table === 'questions') {
    for (const [id, bankId, text] of db
      .prepare<[], [number, string | null, string]>('SELECT id, bank_id, text FROM questions')
      .raw()
      .all()) {
      if (bankId !== null) index.lookup.set(`bank:${bankId}`, id);
      index.lookup.set(`text:${asciiFold(text)}`, id);
    }
  }
  if (table === 'recordings' || table === 'speech_audio') {
    for (const [id, name] of db
      .prepare<[], [number, string]>(`SELECT id, file_name FROM ${q(table)}`)
      .raw()
      .all())
      index.lookup.set(name, id);
  }
  if (table === 'plan_items') {
    for (const [id, key] of db
      .prepare<[], [number, string]>('SELECT id, suggestion_key FROM plan_items WHERE suggestion_key IS NOT NULL')
      .raw()
      .all()) {
      index.lookup.set(key, id);
    }
  }
  return index;
}

/** The identity text of a file row, built the same way as the SQL above. */
export function identityOf(table: ExportTable, row: Record<string, unknown>): string {
  return TABLE_SPECS[table].identity!.map((c) => String(row[c])).join('|');
}
