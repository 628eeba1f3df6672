import { describe, expect, it } from 'vitest';
import { columnsOf, ORDERED_SPECS, rowKeyOf, TABLE_SPECS } from '../../../../electron/main/data-transfer/table-specs';
import { EXPORT_TABLES } from '../../../../electron/shared/data-transfer-export-schemas';

describe('table specs', () => {
  it('describe every exported table, in the export order', () => {
    expect(ORDERED_SPECS.map((s) => s.table)).toEqual([...EXPORT_TABLES]);
    for (const t of EXPORT_TABLES) expect(TABLE_SPECS[t].table).toBe(t);
  });

  it('name only columns the rows have', () => {
    for (const spec of ORDERED_SPECS) {
      const columns = columnsOf(spec.table);
      const named = [
        ...spec.key,
        spec.idColumn,
        spec.owner?.column,
        ...(spec.refs ?? []).map((r) => r.column),
        ...(spec.identity ?? []),
        ...(spec.unique ?? []).flatMap((u) => u.columns),
      ];
      for (const c of named) if (c) expect(columns, `${spec.table}.${c}`).toContain(c);
    }
  });

  it('put every owner and referenced table before the tables that point at it, so imports write parents first', () => {
    for (const spec of ORDERED_SPECS) {
      const at = EXPORT_TABLES.indexOf(spec.table);
      for (const ref of [...(spec.owner ? [spec.owner] : []), ...(spec.refs ?? [])]) {
        expect(EXPORT_TABLES.indexOf(ref.table), `${spec.table} -> ${ref.table}`).toBeLessThan(at);
      }
    }
  });

  it('give parts an owner and documents an identity', () => {
    for (const spec of ORDERED_SPECS) {
      if (spec.kind === 'part') expect(spec.owner, spec.table).toBeDefined();
      if (spec.kind === 'document') expect(spec.identity?.length, spec.table).toBeGreaterThan(0);
    }
  });

  it('show composite keys as text', () => {
    expect(rowKeyOf(TABLE_SPECS.interview_tags, { interview_id: 12, tag: 'remote' })).toBe('12/remote');
    expect(rowKeyOf(TABLE_SPECS.interviews, { id: 3 })).toBe(3);
    expect(rowKeyOf(TABLE_SPECS.settings, { key: 'yourName' })).toBe('yourName');
  });
});
