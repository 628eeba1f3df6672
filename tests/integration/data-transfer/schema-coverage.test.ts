import { describe, expect, it } from 'vitest';
import { columnsOf } from '../../../electron/main/data-transfer/table-specs';
import { EXPORT_TABLES, TABLE_SINCE } from '../../../electron/shared/data-transfer-export-schemas';
import { latestSchemaVersion, migrations } from '../../../electron/main/db/migrations';
import { useCores } from '../support/cores';

// Not exported on purpose: facts about one data folder, the migration history, and the derived search indexes.
const NOT_DATA = new Set(['app_meta', 'schema_migrations']);
// Not exported either: each record's revision and per-field revisions (migration 0012), which only tell open editors
// whether their copy is current.
const NOT_DATA_COLUMNS = new Set(['revision', 'field_revisions', 'written_at']);

describe('the export format covers the database', () => {
  const open = useCores();

  it('has every table of the person data, with exactly its columns in order', async () => {
    const { db } = await open();
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    // FTS5 keeps its index in shadow tables named after the virtual table.
    const shadows = /^(interview_search|question_search|model_answer_search|story_search)_(data|idx|content|docsize|config)$/;
    const data = tables.filter((t) => !NOT_DATA.has(t) && !shadows.test(t));
    expect([...data].sort()).toEqual([...EXPORT_TABLES].sort());
    for (const t of EXPORT_TABLES) {
      const all = db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(t) as string[];
      const columns = all.filter((c) => !NOT_DATA_COLUMNS.has(c));
      expect(columnsOf(t), t).toEqual(columns);
    }
  });

  it('knows when each table arrived: the migration that creates it', () => {
    // Read from the migrations themselves, so one that only changes columns or indexes needs no entry here.
    const createdIn = (table: string) =>
      migrations.find((m) => new RegExp(`CREATE TABLE (IF NOT EXISTS )?${table}\\s*\\(`, 'i').test(m.sql))?.version;
    for (const t of EXPORT_TABLES) {
      expect(TABLE_SINCE[t], t).toBeLessThanOrEqual(latestSchemaVersion);
      expect(TABLE_SINCE[t], t).toBe(createdIn(t));
    }
  });
});
