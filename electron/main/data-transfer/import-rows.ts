import type Database from 'better-sqlite3';
import { EXPORT_TABLES, type ExportTable } from '../../shared/data-transfer-export-schemas';
import { plannedQuestionsColumn } from '../../shared/json-columns';
import { parseJsonColumn } from '../db/json-column';
import type { FileRow } from './import-parse';
import type { ImportPlan } from './import-planner';
import { columnsOf, TABLE_SPECS } from './table-specs';

/** The rows to write for one table, with every id and reference already moved to its place in this database. */
interface RowsToWrite {
  table: ExportTable;
  rows: FileRow[];
  /** Each row's position in the file, for an error that names it. */
  indexes: number[];
}

/** A row the database refused while importing (the whole import is rolled back). */
export class RowWriteError extends Error {
  constructor(
    readonly table: ExportTable,
    readonly index: number,
    cause: unknown,
  ) {
    super(`${table} row ${index}: ${(cause as Error).message}`, { cause });
    this.name = 'RowWriteError';
  }
}

/** Follows a reference through the plan; undefined when the row it names is not in this database. */
function follow(plan: ImportPlan, table: ExportTable, value: unknown): number | undefined {
  return plan[table].map.get(value as number) as number | undefined;
}

/**
 * Builds the rows to insert from the plan's "add" decisions: new ids where renumbered, owners and references
 * pointed at their rows in this database, and the few references that hide in JSON or have no foreign key.
 */
export function rowsToWrite(db: Database.Database, plan: ImportPlan): RowsToWrite[] {
  const usedKeys = new Set(
    db.prepare<[], string>('SELECT suggestion_key FROM plan_items WHERE suggestion_key IS NOT NULL').pluck().all(),
  );
  return EXPORT_TABLES.map((table) => {
    const spec = TABLE_SPECS[table];
    const rows: FileRow[] = [];
    const indexes: number[] = [];
    for (const { index, row, decision } of plan[table].rows) {
      if (decision.action !== 'add') continue;
      const out: FileRow = { ...row };
      if (spec.idColumn) out[spec.idColumn] = decision.target;
      if (spec.owner) out[spec.owner.column] = follow(plan, spec.owner.table, row[spec.owner.column]);
      for (const ref of spec.refs ?? []) {
        if (row[ref.column] !== null) out[ref.column] = follow(plan, ref.table, row[ref.column]) ?? null;
      }
      if (table === 'followups' && row.sent_version_id !== null)
        out.sent_version_id = follow(plan, 'followup_versions', row.sent_version_id) ?? null;
      if (table === 'practice_sessions') {
        const planned = parseJsonColumn(plannedQuestionsColumn, row.question_ids as string);
        const moved = planned.map((p) => ({ ...p, questionId: follow(plan, 'questions', p.questionId) ?? p.questionId }));
        // Rewritten only when a question moved, so an unchanged plan keeps its exact text.
        if (moved.some((p, i) => p.questionId !== planned[i].questionId)) out.question_ids = JSON.stringify(moved);
      }
      // An item accepted from the same suggestion in both histories: keep both items, the key only on the one here.
      if (table === 'plan_items' && row.suggestion_key !== null && usedKeys.has(row.suggestion_key as string))
        out.suggestion_key = null;
      rows.push(out);
      indexes.push(index);
    }
    return { table, rows, indexes };
  });
}

/** Writes the rows with one prepared statement per table, in parent-first order; the caller holds the transaction. */
export function insertRows(db: Database.Database, batches: RowsToWrite[]): void {
  for (const { table, rows, indexes } of batches) {
    if (!rows.length) continue;
    const columns = columnsOf(table);
    const insert = db.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    rows.forEach((row, i) => {
      try {
        insert.run(row);
      } catch (err) {
        throw new RowWriteError(table, indexes[i], err);
      }
    });
  }
}
