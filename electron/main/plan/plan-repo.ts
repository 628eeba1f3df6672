import type Database from 'better-sqlite3';
import type { RouteParsedInput } from '../../shared/contract';
import type { PlanItemStatus } from '../../shared/plan-schemas';

/** A plan_items row with the question's text joined in. */
export interface PlanItemRow {
  id: number;
  text: string;
  target_on: string | null;
  status: PlanItemStatus;
  area: string | null;
  question_id: number | null;
  question_text: string | null;
  suggestion_key: string | null;
  position: number;
  created_at: string;
  updated_at: string;
  done_at: string | null;
  revision: number;
}

/** The columns of an item a person edits: what plan:addItem takes. */
export type ItemFields = RouteParsedInput<'plan:addItem'>;

const SELECT = `SELECT p.*, q.text AS question_text FROM plan_items p LEFT JOIN questions q ON q.id = p.question_id`;

/** SQL for the plan's own parts: action items, the note, dismissed suggestions. Knows no rules. */
export function createPlanRepo(db: Database.Database) {
  const all = db.prepare<[], PlanItemRow>(`${SELECT} ORDER BY p.position, p.id`);
  const inRange = db.prepare<
    { from: string; to: string },
    PlanItemRow
  >(`${SELECT} WHERE p.target_on IS NULL OR (p.target_on >= @from AND p.target_on <= @to)
    ORDER BY p.position, p.id`);
  const one = db.prepare<[number], PlanItemRow>(`${SELECT} WHERE p.id = ?`);
  const insert =
    db.prepare(`INSERT INTO plan_items (text, target_on, status, area, question_id, suggestion_key, position, created_at, updated_at, done_at)
    VALUES (@text, @targetOn, @status, @area, @questionId, @suggestionKey,
      (SELECT coalesce(max(position), -1) + 1 FROM plan_items), @now, @now, @doneAt)`);
  const update = db.prepare(`UPDATE plan_items SET text = @text, target_on = @targetOn, status = @status, area = @area,
    question_id = @questionId, done_at = @doneAt, updated_at = @now, revision = revision + 1 WHERE id = @id`);
  const remove = db.prepare('DELETE FROM plan_items WHERE id = ?');
  const setPosition = db.prepare('UPDATE plan_items SET position = ? WHERE id = ?');
  const usedKeys = db.prepare<[], string>('SELECT suggestion_key FROM plan_items WHERE suggestion_key IS NOT NULL').pluck();
  const note = db.prepare<[], { body: string; updated_at: string; revision: number }>(
    'SELECT body, updated_at, revision FROM plan_note WHERE id = 1',
  );
  // No row yet is revision 1, so the first save writes 2 and every later one adds one.
  const saveNote = db.prepare(`INSERT INTO plan_note (id, body, updated_at, revision) VALUES (1, ?, ?, 2)
    ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, revision = plan_note.revision + 1`);
  const dismissed = db.prepare<[], string>('SELECT suggestion_key FROM plan_dismissed').pluck();
  const dismiss = db.prepare('INSERT OR IGNORE INTO plan_dismissed (suggestion_key, dismissed_at) VALUES (?, ?)');
  const undismissAll = db.prepare('DELETE FROM plan_dismissed');
  const questionExists = db.prepare<[number], number>('SELECT 1 FROM questions WHERE id = ?').pluck();

  return {
    items: () => all.all(),
    /** Items with a target day in [from, to], and every item without one. */
    itemsInRange: (from: string, to: string) => inRange.all({ from, to }),
    item: (id: number) => one.get(id),
    insert(fields: ItemFields & { suggestionKey: string | null; doneAt: string | null }, now: string): number {
      return Number(insert.run({ ...fields, now }).lastInsertRowid);
    },
    update: (id: number, fields: ItemFields & { doneAt: string | null }, now: string) => void update.run({ ...fields, id, now }),
    remove: (id: number) => void remove.run(id),
    setPosition: (id: number, position: number) => void setPosition.run(position, id),
    usedSuggestionKeys: () => new Set(usedKeys.all()),
    note: () => note.get(),
    saveNote: (body: string, now: string) => void saveNote.run(body, now),
    dismissed: () => new Set(dismissed.all()),
    dismiss: (key: string, now: string) => void dismiss.run(key, now),
    undismissAll: () => undismissAll.run().changes,
    questionExists: (id: number) => questionExists.get(id) === 1,
  };
}

export type PlanRepo = ReturnType<typeof createPlanRepo>;
