import type Database from 'better-sqlite3';

/** A missed_points row as stored. */
export interface MissedPointRow {
  id: number;
  interview_id: number;
  text: string;
  suggestion_key: string | null;
  revision: number;
}

/** SQL for an interview's "points I did not get across" and the suggestions dismissed. Knows no rules. */
export function createMissedPointRepo(db: Database.Database) {
  const list = db.prepare<[number], MissedPointRow>(
    'SELECT id, interview_id, text, suggestion_key, revision FROM missed_points WHERE interview_id = ? ORDER BY position, id',
  );
  const one = db.prepare<[number], MissedPointRow>(
    'SELECT id, interview_id, text, suggestion_key, revision FROM missed_points WHERE id = ?',
  );
  const insert = db.prepare(`INSERT INTO missed_points (interview_id, position, text, suggestion_key, created_at, updated_at)
    VALUES (@interviewId, (SELECT coalesce(max(position), -1) + 1 FROM missed_points WHERE interview_id = @interviewId),
      @text, @key, @now, @now)`);
  // Rewording is the edit a revision guards; the order is the list's, not the point's.
  const setText = db.prepare('UPDATE missed_points SET text = ?, updated_at = ?, revision = revision + 1 WHERE id = ?');
  const setPosition = db.prepare('UPDATE missed_points SET position = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM missed_points WHERE id = ?');
  const dismissed = db
    .prepare<[number], string>('SELECT suggestion_key FROM missed_point_dismissals WHERE interview_id = ?')
    .pluck();
  const dismiss = db.prepare(
    'INSERT OR IGNORE INTO missed_point_dismissals (interview_id, suggestion_key, dismissed_at) VALUES (?, ?, ?)',
  );

  return {
    list: (interviewId: number) => list.all(interviewId),
    get: (id: number) => one.get(id),
    insert(interviewId: number, text: string, key: string | null, now: string): number {
      return Number(insert.run({ interviewId, text, key, now }).lastInsertRowid);
    },
    setText: (id: number, text: string, now: string) => void setText.run(text, now, id),
    setPosition: (id: number, position: number) => void setPosition.run(position, id),
    remove: (id: number) => void remove.run(id),
    dismissed: (interviewId: number) => new Set(dismissed.all(interviewId)),
    dismiss: (interviewId: number, key: string, now: string) => void dismiss.run(interviewId, key, now),
  };
}

export type MissedPointRepo = ReturnType<typeof createMissedPointRepo>;
