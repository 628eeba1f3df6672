import { createSearchIndexRepo } from '../../electron/main/journal/search-index-repo';
import type { BenchCase } from './harness';
import type { BenchContext } from './bench-context';

/** The journal at size: list page, full interview load, one reflection save, full-text search, the bank's search. */
export function journalCases(ctx: BenchContext): BenchCase[] {
  const { db } = ctx;
  const newest = db.prepare('SELECT id, held_at FROM interviews ORDER BY held_at DESC, id DESC LIMIT 1').get() as {
    id: number;
    held_at: string;
  };
  const listRaw = db.prepare(`SELECT i.id, i.company, i.role, i.held_at, i.stage, i.outcome, i.deleted_at,
      (SELECT json_group_array(tag) FROM interview_tags WHERE interview_id = i.id) AS tags, lw.label, lw.rating
    FROM interviews i LEFT JOIN reflections lw ON lw.id = (SELECT r.id FROM reflections r
      WHERE r.interview_id = i.id AND r.rating IS NOT NULL ORDER BY r.rating, r.position LIMIT 1)
    WHERE i.deleted_at IS NULL ORDER BY i.held_at DESC, i.id DESC LIMIT 51`);
  const countRaw = db.prepare('SELECT count(*) FROM interviews WHERE deleted_at IS NULL').pluck();
  const loadRaw = [
    db.prepare('SELECT * FROM interviews WHERE id = ?'),
    db.prepare('SELECT name, role, email FROM interviewers WHERE interview_id = ? ORDER BY position'),
    db.prepare('SELECT tag FROM interview_tags WHERE interview_id = ? ORDER BY tag'),
    db.prepare('SELECT * FROM reflections WHERE interview_id = ? ORDER BY position'),
    db.prepare(`SELECT iq.*, q.text, q.category, q.hints FROM interview_questions iq JOIN questions q ON q.id = iq.question_id
      WHERE iq.interview_id = ? ORDER BY iq.position`),
    db.prepare(`SELECT kp.* FROM key_points kp JOIN interview_questions iq ON iq.id = kp.interview_question_id
      WHERE iq.interview_id = ? ORDER BY kp.position`),
  ];
  const search = createSearchIndexRepo(db);
  const saveReflection = db.prepare(
    'UPDATE reflections SET went_badly = ?, updated_at = ?, revision = revision + 1 WHERE interview_id = ? AND area = ?',
  );
  const touch = db.prepare('UPDATE interviews SET updated_at = ? WHERE id = ?');
  // The same writes as the route, search row included, so the ratio is the router's and service's own cost.
  const saveRaw = db.transaction((id: number, text: string) => {
    const now = new Date().toISOString();
    saveReflection.run(text, now, id, 'confidence');
    touch.run(now, id);
    search.refresh(id);
  });
  // The route's own SQL (its columns, lowest area and snippet), so the ratio is the router's and service's cost.
  const searchRaw = db.prepare(`SELECT i.id, i.company, i.role, i.held_at, i.stage, i.outcome, i.deleted_at,
      (SELECT json_group_array(tag) FROM interview_tags WHERE interview_id = i.id) AS tags, lw.label, lw.rating,
      snippet(interview_search, -1, char(2), char(3), '…', 14)
    FROM interview_search s JOIN interviews i ON i.id = s.rowid LEFT JOIN reflections lw ON lw.id = (SELECT r.id
      FROM reflections r WHERE r.interview_id = i.id AND r.rating IS NOT NULL ORDER BY r.rating, r.position LIMIT 1)
    WHERE interview_search MATCH ? AND i.deleted_at IS NULL ORDER BY s.rank LIMIT 51 OFFSET 0`);
  const searchCountRaw = db
    .prepare(
      `SELECT count(*) FROM interview_search s JOIN interviews i ON i.id = s.rowid
    WHERE interview_search MATCH ? AND i.deleted_at IS NULL`,
    )
    .pluck();
  let edit = 0;
  // An editor sends back the revision it loaded, then the one each save returns; the raw side moves it on by one too.
  let revision = db
    .prepare("SELECT revision FROM reflections WHERE interview_id = ? AND area = 'confidence'")
    .pluck()
    .get(newest.id) as number;
  const saveReflectionRoute = async () => {
    const saved = (await ctx.call('reflection:save', {
      interviewId: newest.id,
      area: 'confidence',
      baseRevision: revision,
      wentBadly: `edit ${edit++}`,
    })) as { revision: number };
    revision = saved.revision;
  };

  return [
    {
      name: 'interview:list (page of 50)',
      route: () => ctx.call('interview:list', { limit: 50 }),
      raw: () => [listRaw.all(), countRaw.get()],
      targetP95Ms: 2,
    },
    {
      name: 'interview:get (full load)',
      route: () => ctx.call('interview:get', { id: newest.id }),
      raw: () => loadRaw.map((s) => s.all(newest.id)),
    },
    {
      name: 'reflection:save (autosave)',
      route: saveReflectionRoute,
      raw: () => {
        saveRaw(newest.id, `edit ${edit++}`);
        revision += 1;
      },
    },
    {
      name: 'interview:list (FTS search, 50)',
      route: () => ctx.call('interview:list', { filters: { query: 'whiteboard recur' }, limit: 50 }),
      raw: () => [searchRaw.all('"whiteboard"* "recur"*'), searchCountRaw.get('"whiteboard"* "recur"*')],
      targetP95Ms: 5,
    },
    {
      // The question picker's search: any of the words, ranked by how many each question holds.
      name: 'bank:list (any-word search, 20)',
      route: () => ctx.call('bank:list', { query: 'conflict colleague deadline pressure', limit: 20 }),
      targetP95Ms: 5,
    },
  ];
}
