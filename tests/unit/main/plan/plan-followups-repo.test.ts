import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlanFollowupsRepo } from '../../../../electron/main/plan/plan-followups-repo';

describe('createPlanFollowupsRepo', () => {
  let db: Database.Database | undefined;
  afterEach(() => db?.close());

  it('works on a schema without follow-ups, saying they are not available', () => {
    db = new Database(':memory:');
    db.exec('CREATE TABLE interviews (id INTEGER PRIMARY KEY, company TEXT, held_at TEXT, deleted_at TEXT)');
    const repo = createPlanFollowupsRepo(db);
    expect(repo.available).toBe(false);
    expect(repo.pending()).toEqual([]);
  });

  it('reads drafts and requests awaiting an answer when the tables are there', () => {
    db = new Database(':memory:');
    db.exec(`CREATE TABLE interviews (id INTEGER PRIMARY KEY, company TEXT, held_at TEXT, deleted_at TEXT);
      CREATE TABLE followups (id INTEGER PRIMARY KEY, interview_id INTEGER, kind TEXT, status TEXT, due_on TEXT, sent_on TEXT);
      CREATE TABLE followup_versions (id INTEGER PRIMARY KEY, followup_id INTEGER, subject TEXT);
      INSERT INTO interviews VALUES (1, 'Acme', '2026-03-01', NULL);
      INSERT INTO followups VALUES (1, 1, 'thank-you', 'draft', '2026-03-03', NULL), (2, 1, 'thank-you', 'sent', NULL, '2026-03-02'),
        (3, 1, 'second-chance', 'sent', NULL, '2026-03-04'), (4, 1, 'second-chance', 'declined', NULL, '2026-03-04');
      INSERT INTO followup_versions VALUES (1, 1, 'First'), (2, 1, 'Second');`);
    const repo = createPlanFollowupsRepo(db);
    expect(repo.available).toBe(true);
    expect(repo.pending().map((r) => [r.id, r.status, r.subject])).toEqual([
      [1, 'draft', 'Second'],
      [3, 'sent', ''],
    ]);
  });
});
