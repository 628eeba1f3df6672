import type Database from 'better-sqlite3';
import { EXPORT_TABLES, type ExportTable } from '../../shared/data-transfer-export-schemas';
import { MAX_LISTED } from '../../shared/data-transfer-schemas';
import { identityOf, readTableIndex, type TableIndex } from './import-db-index';
import { asciiFold } from './import-integrity';
import type { FileRow, ParsedExport } from './import-parse';
import { TABLE_SPECS, rowKeyOf, type TableSpec } from './table-specs';

type Key = number | string;

/** Why a valid row is not written. */
type SkipReason = 'part-of-existing' | 'audio-not-included' | 'attempt-not-imported';

/** What happens to one row: added (under `target`), already here (same as `target`), or skipped. */
type Decision =
  | { action: 'add'; target: Key; renumbered: boolean }
  | { action: 'existing'; target: Key }
  | { action: 'skip'; reason: SkipReason; target: Key | null };

/** One table's decisions, and where each of its file keys ends up in the database. */
interface TablePlan {
  spec: TableSpec;
  rows: { index: number; row: FileRow; decision: Decision }[];
  /** File key -> database key, for every row something may refer to. */
  map: Map<Key, Key>;
  /** File key -> its decision, for the rows that belong to it. */
  decisions: Map<Key, Decision>;
  counts: { add: number; renumbered: number; existing: number; skipped: number };
  existingIds: Key[];
  skipReasons: Map<SkipReason, number>;
}

/** The whole import, decided before anything is written. */
export type ImportPlan = Record<ExportTable, TablePlan>;

/** Audio comes only with a folder import; a JSON text on its own carries none. */
export type ImportMode = 'content' | 'folder';

function newPlan(spec: TableSpec): TablePlan {
  return {
    spec,
    rows: [],
    map: new Map(),
    decisions: new Map(),
    counts: { add: 0, renumbered: 0, existing: 0, skipped: 0 },
    existingIds: [],
    skipReasons: new Map(),
  };
}

function record(plan: TablePlan, index: number, row: FileRow, decision: Decision): void {
  plan.rows.push({ index, row, decision });
  const fileKey = rowKeyOf(plan.spec, row);
  plan.decisions.set(fileKey, decision);
  if (decision.action === 'add') {
    plan.counts.add++;
    if (decision.renumbered) plan.counts.renumbered++;
  } else if (decision.action === 'existing') {
    plan.counts.existing++;
    if (plan.existingIds.length < MAX_LISTED) plan.existingIds.push(fileKey);
  } else {
    plan.counts.skipped++;
    plan.skipReasons.set(decision.reason, (plan.skipReasons.get(decision.reason) ?? 0) + 1);
  }
  if (decision.target !== null) plan.map.set(fileKey, decision.target);
}

/**
 * Decides, table by table in parent-first order, what becomes of each valid row of the file against what the
 * database already holds (see TableKind). Pure reading: nothing is written here.
 */
export function planImport(db: Database.Database, parsed: ParsedExport, mode: ImportMode): ImportPlan {
  const plans = {} as ImportPlan;
  for (const table of EXPORT_TABLES) {
    const spec = TABLE_SPECS[table];
    const index = readTableIndex(db, table);
    const plan = newPlan(spec);
    const rows = parsed.tables[table];
    // New ids start above every id in the database and in the file, so a renumbered row never takes an id
    // that a later row of the file keeps.
    let next = rows.reduce((max, r) => Math.max(max, spec.idColumn ? (r.row[spec.idColumn] as number) : 0), index.maxId) + 1;
    const fresh = (id: number): { target: Key; renumbered: boolean } =>
      index.keys.has(id) ? { target: next++, renumbered: true } : { target: id, renumbered: false };

    for (const { index: at, row } of rows) {
      const decision = decide(spec, row, index, plans, mode, fresh);
      if (decision) record(plan, at, row, decision);
    }
    plans[table] = plan;
  }
  return plans;
}

function decide(
  spec: TableSpec,
  row: FileRow,
  index: TableIndex,
  plans: ImportPlan,
  mode: ImportMode,
  fresh: (id: number) => { target: Key; renumbered: boolean },
): Decision | null {
  const key = rowKeyOf(spec, row);
  switch (spec.kind) {
    case 'question': {
      const match =
        (row.bank_id !== null ? index.lookup.get(`bank:${row.bank_id as string}`) : undefined) ??
        index.lookup.get(`text:${asciiFold(row.text as string)}`);
      return match !== undefined ? { action: 'existing', target: match } : { action: 'add', ...fresh(row.id as number) };
    }
    case 'document': {
      const id = row.id as number;
      if (index.keys.has(id) && index.byId.get(id) === identityOf(spec.table, row)) return { action: 'existing', target: id };
      return { action: 'add', ...fresh(id) };
    }
    case 'part': {
      const ownerDecision = plans[spec.owner!.table].decisions.get(row[spec.owner!.column] as number);
      // An owner with a problem has no decision; the problem is reported, and this row goes nowhere either.
      if (!ownerDecision) return null;
      if (ownerDecision.action === 'add') {
        if (spec.idColumn) return { action: 'add', ...fresh(row[spec.idColumn] as number) };
        return { action: 'add', target: derivedKey(spec, row, ownerDecision.target), renumbered: false };
      }
      // Part of something already here: the database's version of the whole item stands. Its own row under the
      // same id, if it belongs to the same owner, is what references to this row mean.
      const same = spec.idColumn && index.byId.get(key as number) === ownerDecision.target ? key : null;
      return { action: 'skip', reason: 'part-of-existing', target: same };
    }
    case 'attach': {
      if (spec.table === 'review_items') {
        const question = plans.questions.map.get(row.question_id as number);
        if (question === undefined) return null;
        return index.keys.has(question)
          ? { action: 'existing', target: question }
          : { action: 'add', target: question, renumbered: false };
      }
      const here = index.lookup.get(row.file_name as string);
      if (here !== undefined) return { action: 'existing', target: here };
      if (spec.table === 'speech_audio') {
        // The 16 kHz copy (and so its transcript) follows its recording: in with it, or left out for the same reason.
        if (row.recording_id === null) return { action: 'add', ...fresh(row.id as number) };
        const recording = plans.recordings.decisions.get(row.recording_id as number);
        if (!recording) return null;
        if (recording.action === 'skip') return { action: 'skip', reason: recording.reason, target: null };
        if (recording.action === 'existing') return { action: 'skip', reason: 'part-of-existing', target: null };
        return { action: 'add', ...fresh(row.id as number) };
      }
      if (mode === 'content') return { action: 'skip', reason: 'audio-not-included', target: null };
      if (row.attempt_id !== null && plans.attempts.map.get(row.attempt_id as number) === undefined) {
        return { action: 'skip', reason: 'attempt-not-imported', target: null };
      }
      return { action: 'add', ...fresh(row.id as number) };
    }
    case 'keyed':
      return index.keys.has(key) ? { action: 'existing', target: key } : { action: 'add', target: key, renumbered: false };
  }
}

/** The key of a row without an id of its own, once its owner's key is known. */
function derivedKey(spec: TableSpec, row: FileRow, ownerTarget: Key): Key {
  return spec.key.length === 1 ? ownerTarget : spec.key.map((c) => (c === spec.owner!.column ? ownerTarget : row[c])).join('/');
}
