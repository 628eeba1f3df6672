import type Database from 'better-sqlite3';

/** SQL for the key-value settings table: raw JSON in and out; the service knows what the keys mean. */
export function createSettingsRepo(db: Database.Database) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const put = db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  return {
    all: () => new Map(all.all().map((r) => [r.key, r.value])),
    put: (key: string, json: string, now: string) => void put.run(key, json, now),
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
