import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { migrate } from '../../../electron/main/db/migrate';
import { migrations } from '../../../electron/main/db/migrations';
import { createSearchIndexRepo } from '../../../electron/main/journal/search-index-repo';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { createInterview } from '../support/writes';

const JOB = [
  'Finance Analyst',
  'Responsibilities',
  '• Own the intercompany reconciliations at month-end close',
  '• Keep the IFRS 16 lease schedules',
].join('\n');

/** What the journal list shows for a search: the interviews found, and the first one's snippet. */
async function journalSearch(core: Core, query: string) {
  const page = await call(core, 'interview:list', { filters: { query }, limit: 50 });
  return { ids: page.items.map((i) => i.id), snippet: page.items[0]?.snippet ?? null, total: page.total };
}

describe('journal search and the job description', () => {
  const open = useCores();

  it('finds an interview by a word only its job description holds, with that word marked in the snippet', async () => {
    const { core } = await open();
    const other = await createInterview(core, { company: 'Globex', notes: 'Nothing about finance here.' });
    const acme = await createInterview(core, { company: 'Acme', notes: 'A calm panel.' });
    expect((await journalSearch(core, 'reconciliations')).ids).toEqual([]);

    await call(core, 'job:save', { interviewId: acme.id, text: JOB });
    const found = await journalSearch(core, 'reconciliations');
    expect(found.ids).toEqual([acme.id]);
    expect(found.total).toBe(1);
    expect(found.snippet).toContain('\u0002reconciliations\u0003');
    // Prefixes and symbols as written, as every other field of the journal is searched.
    expect((await journalSearch(core, 'intercomp')).ids).toEqual([acme.id]);
    expect((await journalSearch(core, 'IFRS 16')).ids).toEqual([acme.id]);
    expect((await journalSearch(core, 'globex')).ids).toEqual([other.id]);

    // The description changed: the new word is found and the old one is gone.
    await call(core, 'job:save', { interviewId: acme.id, text: 'Nurse. Early warning score audits.' });
    expect((await journalSearch(core, 'reconciliations')).ids).toEqual([]);
    expect((await journalSearch(core, 'audits')).ids).toEqual([acme.id]);

    // An edit of the interview itself rewrites its search row: the description stays in it.
    await call(core, 'interview:update', { id: acme.id, patch: { notes: 'A long panel.' } });
    expect((await journalSearch(core, 'audits')).ids).toEqual([acme.id]);
    expect((await journalSearch(core, 'long audits')).ids).toEqual([acme.id]);

    // In the trash it is not listed; restored, it is found again.
    await call(core, 'interview:trash', { id: acme.id });
    expect((await journalSearch(core, 'audits')).ids).toEqual([]);
    await call(core, 'interview:restore', { id: acme.id });
    expect((await journalSearch(core, 'audits')).ids).toEqual([acme.id]);
  });

  it('is still found after export, delete all data and import', async () => {
    const { core } = await open();
    const acme = await createInterview(core, { company: 'Acme' });
    await call(core, 'job:save', { interviewId: acme.id, text: JOB });
    const { content } = await call(core, 'data:exportJson', {});
    await call(core, 'data:deleteAll', { confirm: 'DELETE' });
    expect((await journalSearch(core, 'reconciliations')).ids).toEqual([]);
    await call(core, 'data:import', { content });
    const found = await journalSearch(core, 'reconciliations');
    expect(found.ids).toHaveLength(1);
    expect(found.snippet).toContain('\u0002reconciliations\u0003');
  });
});

describe('migration 0016_job_description_search', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('backfills the descriptions saved before it, exactly as the app writes rows, and keeps them in step after', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-job-search-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'debrief.db'));
    try {
      migrate(
        db,
        migrations.filter((m) => m.version < 16),
      );
      const now = '2026-03-01T10:00:00.000Z';
      const interview = db.prepare(
        "INSERT INTO interviews (company, role, held_at, notes, created_at, updated_at) VALUES (?, '', '2026-03-01', ?, ?, ?)",
      );
      const a = Number(interview.run('Acme', 'A calm panel', now, now).lastInsertRowid);
      const b = Number(interview.run('Globex', 'Nothing to see', now, now).lastInsertRowid);
      // The index as the app kept it before 0016: written on each journal edit, with no description in it.
      for (const id of [a, b]) {
        db.prepare(
          "INSERT INTO interview_search (rowid, company, role, notes, reflections, questions) SELECT id, company, role, notes, '', '' FROM interviews WHERE id = ?",
        ).run(id);
      }
      db.prepare('INSERT INTO job_descriptions (interview_id, text, updated_at) VALUES (?, ?, ?)').run(a, JOB, now);
      const match = (query: string) =>
        db.prepare('SELECT rowid FROM interview_search WHERE interview_search MATCH ? ORDER BY rowid').pluck().all(query);
      expect(match('reconciliations')).toEqual([]);

      expect(migrate(db, migrations)).toContain(16);
      expect(match('reconciliations')).toEqual([a]);
      expect(match('panel')).toEqual([a]);

      // The rebuilt rows are the ones the journal's own refresh writes, so nothing changes at the next edit.
      const rows = () => db.prepare('SELECT rowid, * FROM interview_search ORDER BY rowid').all();
      const rebuilt = rows();
      const index = createSearchIndexRepo(db);
      for (const id of [a, b]) index.refresh(id);
      expect(rows()).toEqual(rebuilt);

      // Written straight to the table (as an import or a restore does), the description is indexed by its triggers.
      db.prepare('INSERT INTO job_descriptions (interview_id, text, updated_at) VALUES (?, ?, ?)').run(b, 'Barista', now);
      expect(match('barista')).toEqual([b]);
      db.prepare("UPDATE job_descriptions SET text = 'Sommelier' WHERE interview_id = ?").run(b);
      expect(match('barista')).toEqual([]);
      expect(match('sommelier')).toEqual([b]);
      db.prepare('DELETE FROM job_descriptions WHERE interview_id = ?').run(b);
      expect(match('sommelier')).toEqual([]);
      db.prepare("INSERT INTO interview_search (interview_search) VALUES ('integrity-check')").run();
    } finally {
      db.close();
    }
  });
});
