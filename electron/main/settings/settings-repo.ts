import type Database from 'better-sqlite3';

/** SQL for the key-value settings table: raw JSON in and out; the service knows what the keys mean. */
export function createSettingsRepo(db: Database.Database) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  // A new key starts at 1 and a changed one adds 1, so the sum moves on by one for every key written.
  const put = db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, revision = settings.revision + 1`);
  const revision = db.prepare<[], number>('SELECT 1 + coalesce(sum(revision), 0) FROM settings').pluck();
  const writtenAt = db.prepare<[string], number>('SELECT written_at FROM settings WHERE key = ?').pluck();
  const markWritten = db.prepare('UPDATE settings SET written_at = ? WHERE key = ?');
  return {
    all: () => new Map(all.all().map((r) => [r.key, r.value])),
    /** The settings' revision as one record: 1 with nothing stored, one more for every key ever written. */
    revision: () => revision.get()!,
    put: (key: string, json: string, now: string) => void put.run(key, json, now),
    /** The settings' revision that last wrote `key` (0: not known; undefined: never written). */
    writtenAt: (key: string) => writtenAt.get(key),
    /** Records that `key` was written at the settings' revision `revision` (see migration 0012). */
    markWritten: (key: string, revision: number) => void markWritten.run(revision, key),
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
