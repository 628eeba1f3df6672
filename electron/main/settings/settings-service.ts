import type Database from 'better-sqlite3';
import {
  SETTINGS_DEFAULTS,
  settingsSchema,
  type RevisedSettings,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings-schemas';
import { assertFresh } from '../db/stale-save';
import type { SettingsRepo } from './settings-repo';

/** Reads settings with their defaults and writes only the keys a patch names. */
export function createSettingsService(db: Database.Database, repo: SettingsRepo, now: () => Date) {
  function get(): Settings {
    const stored = repo.all();
    const out: Record<string, unknown> = { ...SETTINGS_DEFAULTS };
    for (const [key, field] of Object.entries(settingsSchema.shape)) {
      const raw = stored.get(key);
      if (raw === undefined) continue;
      // A value this version cannot read (written by a newer one, or edited by hand) falls back to the default.
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        continue;
      }
      const parsed = field.safeParse(value);
      if (parsed.success) out[key] = parsed.data;
    }
    return settingsSchema.parse(out);
  }

  const revised = (): RevisedSettings => ({ ...get(), revision: repo.revision() });

  return {
    get,
    revised,
    /** Writes the keys a patch names, refused (CONFLICT, nothing written) from a stale revision of the settings. */
    update(baseRevision: number, patch: SettingsPatch): RevisedSettings {
      return db.transaction(() => {
        assertFresh('setting', repo.revision(), baseRevision, revised);
        const stamp = now().toISOString();
        for (const [key, value] of Object.entries(patch)) if (value !== undefined) repo.put(key, JSON.stringify(value), stamp);
        return revised();
      })();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
