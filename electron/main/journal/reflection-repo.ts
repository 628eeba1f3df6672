import type Database from 'better-sqlite3';
import { BUILT_IN_AREAS, type Reflection } from '../../shared/journal-schemas';
import { statementCache } from '../db/statement-cache';

interface ReflectionRow {
  area: string;
  label: string;
  custom: number;
  rating: number | null;
  went_well: string;
  went_badly: string;
  notes: string;
  kind: Reflection['kind'];
  revision: number;
}

const toReflection = (r: ReflectionRow): Reflection => ({
  area: r.area,
  label: r.label,
  custom: r.custom === 1,
  rating: r.rating,
  wentWell: r.went_well,
  wentBadly: r.went_badly,
  notes: r.notes,
  kind: r.kind,
  revision: r.revision,
});

/** The editable fields of one area. */
type ReflectionPatch = Partial<Pick<Reflection, 'rating' | 'wentWell' | 'wentBadly' | 'notes' | 'kind'>>;

const COLUMNS = { rating: 'rating', wentWell: 'went_well', wentBadly: 'went_badly', notes: 'notes', kind: 'kind' } as const;
const SELECT = 'SELECT area, label, custom, rating, went_well, went_badly, notes, kind, revision FROM reflections';

/** SQL for the per-area reflections of an interview. */
export function createReflectionRepo(db: Database.Database) {
  const insert = db.prepare(
    'INSERT INTO reflections (interview_id, area, label, custom, position, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[number], ReflectionRow>(`${SELECT} WHERE interview_id = ? ORDER BY position`);
  const one = db.prepare<[number, string], ReflectionRow>(`${SELECT} WHERE interview_id = ? AND area = ?`);
  const nextCustom = db
    .prepare<[number], number>(
      "SELECT coalesce(max(CAST(substr(area, 8) AS INTEGER)), 0) + 1 FROM reflections WHERE interview_id = ? AND area LIKE 'custom-%'",
    )
    .pluck();
  const nextPosition = db
    .prepare<[number], number>('SELECT coalesce(max(position), -1) + 1 FROM reflections WHERE interview_id = ?')
    .pluck();
  const remove = db.prepare('DELETE FROM reflections WHERE interview_id = ? AND area = ?');
  // Earlier live interviews' average rating per area, for the reality check's comparison. Built-in areas only:
  // custom-N keys are numbered per interview, so custom-1 here and custom-1 there are unrelated areas.
  const earlier = db.prepare<
    { id: number; heldAt: string },
    { area: string; average: number; count: number }
  >(`SELECT r.area, avg(r.rating) AS average, count(*) AS count
    FROM reflections r JOIN interviews i ON i.id = r.interview_id
    WHERE i.deleted_at IS NULL AND r.rating IS NOT NULL AND r.custom = 0 AND i.id <> @id
      AND (i.held_at < @heldAt OR (i.held_at = @heldAt AND i.id < @id))
    GROUP BY r.area`);
  const updates = statementCache((sql) => db.prepare(sql));

  return {
    addBuiltIns(interviewId: number, now: string): void {
      BUILT_IN_AREAS.forEach((a, i) => insert.run(interviewId, a.key, a.label, 0, i, now));
    },
    addCustom(interviewId: number, label: string, now: string): string {
      const area = `custom-${nextCustom.get(interviewId)!}`;
      insert.run(interviewId, area, label, 1, nextPosition.get(interviewId)!, now);
      return area;
    },
    list: (interviewId: number) => list.all(interviewId).map(toReflection),
    get(interviewId: number, area: string): Reflection | undefined {
      const row = one.get(interviewId, area);
      return row && toReflection(row);
    },
    /** Writes the given fields and moves the area's revision on by one. */
    update(interviewId: number, area: string, patch: ReflectionPatch, now: string): void {
      const fields = (Object.keys(patch) as (keyof typeof COLUMNS)[]).filter((k) => k in COLUMNS).sort();
      const sets = [...fields.map((f) => `${COLUMNS[f]} = @${f}`), 'updated_at = @now', 'revision = revision + 1'].join(', ');
      updates(`UPDATE reflections SET ${sets} WHERE interview_id = @interviewId AND area = @area`).run({
        ...Object.fromEntries(fields.map((f) => [f, patch[f]])),
        now,
        interviewId,
        area,
      });
    },
    remove: (interviewId: number, area: string) => void remove.run(interviewId, area),
    earlierAverages(interviewId: number, heldAt: string): { area: string; average: number; count: number }[] {
      return earlier.all({ id: interviewId, heldAt });
    },
  };
}

export type ReflectionRepo = ReturnType<typeof createReflectionRepo>;
