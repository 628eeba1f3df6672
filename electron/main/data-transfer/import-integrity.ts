import { EXPORT_TABLES, type ExportTable } from '../../shared/data-transfer-export-schemas';
import { plannedQuestionsColumn } from '../../shared/json-columns';
import { parseJsonColumn } from '../db/json-column';
import type { ParsedExport } from './import-parse';
import type { ProblemList } from './import-problems';
import { TABLE_SPECS, rowKeyOf, type RefSpec } from './table-specs';

/** SQLite's NOCASE folds ASCII letters only; the file check must agree with the database's unique index. */
export const asciiFold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

const singular: Partial<Record<ExportTable, string>> = {
  questions: 'question',
  interviews: 'interview',
  interview_questions: 'asked question',
  practice_sessions: 'practice session',
  attempts: 'practice answer',
  followups: 'follow-up',
  followup_versions: 'follow-up version',
};

/**
 * Checks what the database would otherwise refuse halfway through, within the file alone: keys used twice,
 * unique values used twice, and references to rows the file does not hold. Rows found wrong are dropped from
 * `parsed.tables` (they are reported), so later steps see only rows that could be written.
 */
export function checkIntegrity(parsed: ParsedExport, problems: ProblemList): void {
  const keys = {} as Record<ExportTable, Set<number | string>>;
  for (const table of EXPORT_TABLES) {
    const spec = TABLE_SPECS[table];
    const seen = new Map<number | string, number>();
    const uniques = (spec.unique ?? []).map(() => new Map<string, number>());
    parsed.tables[table] = parsed.tables[table].filter(({ index, row }) => {
      const key = rowKeyOf(spec, row);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.add({
          table,
          index,
          id: key,
          column: spec.key.join(', '),
          message: `The key ${key} is used twice in ${spec.label} (rows ${first} and ${index}).`,
        });
        return false;
      }
      seen.set(key, index);
      for (const [u, unique] of (spec.unique ?? []).entries()) {
        const values = unique.columns.map((c) => row[c]);
        if (values.some((v) => v === null)) continue;
        const text = values.map((v) => (unique.nocase ? asciiFold(String(v)) : String(v))).join('\u0000');
        const other = uniques[u].get(text);
        if (other !== undefined) {
          problems.add({
            table,
            index,
            id: key,
            column: unique.columns.join(', '),
            message: `The same ${unique.columns.join(' and ').replace(/_/g, ' ')} is used by two ${spec.label} (rows ${other} and ${index}).`,
          });
          return false;
        }
        uniques[u].set(text, index);
      }
      return true;
    });
    keys[table] = new Set(seen.keys());
  }

  // A session's plan lists its questions inside JSON; they must be in the file too, or renumbering could not follow them.
  parsed.tables.practice_sessions = parsed.tables.practice_sessions.filter(({ index, row }) => {
    const missing = parseJsonColumn(plannedQuestionsColumn, row.question_ids as string).find(
      (p) => !keys.questions.has(p.questionId),
    );
    if (!missing) return true;
    problems.add({
      table: 'practice_sessions',
      index,
      id: row.id as number,
      column: 'question_ids',
      message: `Plans question ${missing.questionId}, which is not in the file.`,
    });
    keys.practice_sessions.delete(row.id as number);
    return false;
  });

  // References: parents come first in EXPORT_TABLES, so a row is dropped only after its parent's fate is known.
  for (const table of EXPORT_TABLES) {
    const spec = TABLE_SPECS[table];
    const refs: RefSpec[] = [...(spec.owner ? [spec.owner] : []), ...(spec.refs ?? [])];
    if (table === 'followups') refs.push({ column: 'sent_version_id', table: 'followup_versions' });
    if (!refs.length) continue;
    parsed.tables[table] = parsed.tables[table].filter(({ index, row }) => {
      for (const ref of refs) {
        const value = row[ref.column] as number | null;
        if (value === null || keys[ref.table].has(value)) continue;
        problems.add({
          table,
          index,
          id: rowKeyOf(spec, row),
          column: ref.column,
          message: `Refers to ${singular[ref.table] ?? ref.table.replace(/_/g, ' ')} ${value}, which is not in the file (or is not valid).`,
        });
        keys[table].delete(rowKeyOf(spec, row));
        return false;
      }
      return true;
    });
  }
}
