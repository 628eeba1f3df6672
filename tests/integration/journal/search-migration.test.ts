import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import { migrations } from '../../../electron/main/db/migrations';
import { createSearchIndexRepo } from '../../../electron/main/journal/search-index-repo';
import { BUILT_IN_AREAS } from '../../../electron/shared/journal-schemas';

const SEARCH = 9;
const opened: { db: Database.Database; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// The index row as the app wrote it before 0009: area labels included, "+" and "#" splitting words.
const OLD_ROW = `INSERT INTO interview_search (rowid, company, role, notes, reflections, questions)
  SELECT i.id, i.company, i.role,
    concat_ws(' ', i.notes, i.questions_asked, i.closing_statement,
      (SELECT group_concat(tag, ' ') FROM interview_tags WHERE interview_id = i.id),
      (SELECT group_concat(concat_ws(' ', name, role, email), ' ') FROM interviewers WHERE interview_id = i.id)),
    coalesce((SELECT group_concat(concat_ws(' ', label, went_well, went_badly, notes), ' ')
      FROM reflections WHERE interview_id = i.id), ''),
    coalesce((SELECT group_concat(concat_ws(' ', q.text, iq.answer_given,
        (SELECT group_concat(text, ' ') FROM key_points WHERE interview_question_id = iq.id)), ' ')
      FROM interview_questions iq JOIN questions q ON q.id = iq.question_id WHERE iq.interview_id = i.id), '')
  FROM interviews i`;

/** A database at the schema before the search migration, with interviews written and indexed as the old app did. */
function oldDatabase(): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-search-migration-'));
  const db = new Database(path.join(dir, 'debrief.db'));
  opened.push({ db, dir });
  migrate(
    db,
    migrations.filter((m) => m.version < SEARCH),
  );
  const now = '2026-03-01T10:00:00.000Z';
  const interview = db.prepare(`INSERT INTO interviews (company, role, held_at, notes, created_at, updated_at)
    VALUES (?, ?, '2026-03-01', ?, ?, ?)`);
  const area = db.prepare(`INSERT INTO reflections (interview_id, area, label, custom, position, went_badly, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const a = Number(interview.run('Initech', 'Developer', 'Asked about C++ and C#, then .NET', now, now).lastInsertRowid);
  const b = Number(interview.run('Globex', 'Analyst', 'Nothing about languages', now, now).lastInsertRowid);
  for (const id of [a, b]) BUILT_IN_AREAS.forEach((x, i) => area.run(id, x.key, x.label, 0, i, '', now));
  db.prepare("UPDATE reflections SET went_badly = 'My confidence went' WHERE interview_id = ? AND area = 'confidence'").run(a);
  area.run(b, 'custom-1', 'Whiteboard kata', 1, 7, 'froze', now);
  const question = Number(
    db.prepare("INSERT INTO questions (text, category, source, created_at) VALUES ('Why C#?', 'technical', 'custom', ?)").run(now)
      .lastInsertRowid,
  );
  db.prepare(
    "INSERT INTO interview_questions (interview_id, question_id, position, answer_given, updated_at) VALUES (?, ?, 0, 'IFRS-16', ?)",
  ).run(b, question, now);
  db.exec(OLD_ROW);
  return db;
}

const match = (db: Database.Database, table: string, query: string) =>
  db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).pluck().all(query) as number[];

describe('migration 0009_search', () => {
  it('rebuilds the journal index without area labels and with C++ and C# as words, exactly as the app writes rows', () => {
    const db = oldDatabase();
    // Before: the labels make every interview "confidence", and C++ is only "c".
    expect(match(db, 'interview_search', 'punctuality')).toEqual([1, 2]);
    expect(match(db, 'interview_search', '"c++"')).toEqual([1, 2]);

    expect(migrate(db, migrations)).toContain(SEARCH);
    expect(match(db, 'interview_search', 'punctuality')).toEqual([]);
    expect(match(db, 'interview_search', 'confidence')).toEqual([1]);
    expect(match(db, 'interview_search', '"c++"')).toEqual([1]);
    expect(match(db, 'interview_search', '"c#"')).toEqual([1, 2]);
    expect(match(db, 'interview_search', '"ifrs 16"')).toEqual([2]);
    expect(match(db, 'interview_search', 'kata')).toEqual([2]);

    // The rebuilt rows are the ones the app's own refresh writes, so nothing changes at the next edit.
    const rows = () => db.prepare('SELECT rowid, * FROM interview_search ORDER BY rowid').all();
    const rebuilt = rows();
    const index = createSearchIndexRepo(db);
    for (const id of [1, 2]) index.refresh(id);
    expect(rows()).toEqual(rebuilt);
    // FTS5's own check throws if the index and the rows disagree.
    db.prepare("INSERT INTO interview_search (interview_search) VALUES ('integrity-check')").run();
  });

  it('rebuilds the bank index over every question, kept in step by the same triggers', () => {
    const db = oldDatabase();
    migrate(db, migrations);
    expect(match(db, 'question_search', '"c#"')).toHaveLength(1);
    db.prepare("UPDATE questions SET text = 'Why C++?' WHERE text = 'Why C#?'").run();
    expect(match(db, 'question_search', '"c#"')).toEqual([]);
    expect(match(db, 'question_search', '"c++"')).toHaveLength(1);
    db.prepare(
      "INSERT INTO questions (text, category, source, created_at) VALUES ('Tell me about .NET', 'technical', 'custom', 'x')",
    ).run();
    expect(match(db, 'question_search', 'net')).toHaveLength(1);
    db.prepare("INSERT INTO question_search (question_search) VALUES ('integrity-check')").run();
  });
});
