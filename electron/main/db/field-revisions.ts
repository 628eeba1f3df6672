import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { statementCache } from './statement-cache';

/**
 * The records whose fields are saved one at a time, and how one row is found (see migration 0013). A save conflicts
 * only with a change to a field it writes, so two windows editing different fields of one record both save.
 */
const KINDS = {
  interview: { table: 'interviews', where: 'id = @id' },
  reflection: { table: 'reflections', where: 'interview_id = @interviewId AND area = @area' },
  question: { table: 'interview_questions', where: 'id = @id' },
  followup: { table: 'followups', where: 'id = @id' },
  followupPlan: { table: 'followup_plans', where: 'interview_id = @interviewId' },
  planItem: { table: 'plan_items', where: 'id = @id' },
  story: { table: 'stories', where: 'id = @id' },
} as const;

/** A record kind that keeps per-field revisions. */
export type FieldRevisionKind = keyof typeof KINDS;
type Key = Record<string, string | number>;

const FIELD = /^[A-Za-z]+$/;

/** The revision each of `fields` was last written at, from a row's revision and its field_revisions JSON. */
export function fieldRevisionsOf(revision: number, json: string, fields: readonly string[]): Record<string, number> {
  const known = JSON.parse(json) as Record<string, number>;
  // Nothing known ('{}': rows from before 0013, or imported): every field counts as written at the current revision.
  const floor = Object.keys(known).length === 0 ? revision : (known._floor ?? 1);
  return Object.fromEntries(fields.map((f) => [f, known[f] ?? floor]));
}

/** The fields of a save that another window wrote after `baseRevision` (the copy the save was made on). */
export function staleFields(revision: number, json: string, baseRevision: number, fields: readonly string[]): string[] {
  if (baseRevision === revision) return [];
  if (baseRevision > revision) return [...fields];
  const at = fieldRevisionsOf(revision, json, fields);
  return fields.filter((f) => at[f]! > baseRevision);
}

/** Reads and stamps per-field revisions for the kinds above; the SQL of it, no rules. */
export function createFieldRevisionRepo(db: Database.Database) {
  const statements = statementCache((sql) => db.prepare(sql));
  return {
    /** The row's revision and field revisions, or undefined when it has no row yet. */
    read(kind: FieldRevisionKind, key: Key): { revision: number; field_revisions: string } | undefined {
      const { table, where } = KINDS[kind];
      const stmt = statements(`SELECT revision, field_revisions FROM ${table} WHERE ${where}`);
      return stmt.get(key) as { revision: number; field_revisions: string } | undefined;
    },
    /** Records that `fields` were written at the row's revision now (called after the write moved it on). */
    stamp(kind: FieldRevisionKind, key: Key, fields: readonly string[], revisionBefore: number): void {
      const names = [...new Set(fields)].filter((f) => FIELD.test(f)).sort();
      if (!names.length) return;
      const { table, where } = KINDS[kind];
      const sets = names.map((f) => `'$.${f}', revision`).join(', ');
      statements(
        `UPDATE ${table} SET field_revisions = json_set(CASE WHEN field_revisions = '{}' THEN json_object('_floor', CAST(@before AS INTEGER))
          ELSE field_revisions END, ${sets}) WHERE ${where}`,
      ).run({ ...key, before: revisionBefore });
    },
    /**
     * Records a write of `fields` made outside a guarded save (a restored version, a regenerated draft), so a window
     * holding the older text is refused. A row that tracks nothing yet ('{}') already refuses every stale save.
     */
    mark(kind: FieldRevisionKind, key: Key, fields: readonly string[]): void {
      const row = this.read(kind, key);
      if (row && row.field_revisions !== '{}') this.stamp(kind, key, fields, row.revision);
    },
  };
}

export type FieldRevisionRepo = ReturnType<typeof createFieldRevisionRepo>;

/**
 * Guards one save of some fields of a record: refuses it (CONFLICT, as assertFresh does, nothing written) when another
 * window wrote one of those fields since `baseRevision`, and returns the stamp to call once the write is done.
 */
export function guardFields(
  repo: FieldRevisionRepo,
  kind: FieldRevisionKind,
  key: Key,
  what: string,
  baseRevision: number,
  fields: readonly string[],
  current: () => unknown,
): () => void {
  const row = repo.read(kind, key) ?? { revision: 1, field_revisions: '{}' };
  if (staleFields(row.revision, row.field_revisions, baseRevision, fields).length > 0) {
    throw new AppError(
      'CONFLICT',
      `This ${what} was changed in another window since you opened it (your copy is revision ${baseRevision}, the saved one ${row.revision}). Nothing was saved.`,
      [{ path: 'baseRevision', message: 'This was changed in another window.', revision: row.revision, current: current() }],
    );
  }
  return () => repo.stamp(kind, key, fields, row.revision);
}
