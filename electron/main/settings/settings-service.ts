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
  const listeners: ((patch: SettingsPatch) => void)[] = [];

  return {
    get,
    revised,
    /** Calls `listener` with each change, inside its transaction: what follows from a setting is written with it or not at all. */
    onUpdate(listener: (patch: SettingsPatch) => void): void {
      listeners.push(listener);
    },
    /** Writes the keys a patch names, refused (CONFLICT, nothing written) if another window wrote one of them since. */
    update(baseRevision: number, patch: SettingsPatch): RevisedSettings {
      return db.transaction(() => {
        const revision = repo.revision();
        const keys = Object.entries(patch).flatMap(([key, value]) => (value === undefined ? [] : [key]));
        // Only a key another window wrote since this copy was loaded conflicts; a different setting saves.
        const stale = keys.filter((key) => {
          const at = repo.writtenAt(key);
          return at !== undefined && (at === 0 ? revision : at) > baseRevision;
        });
        if (baseRevision > revision || stale.length) assertFresh('setting', revision, baseRevision, revised);
        const stamp = now().toISOString();
        for (const key of keys) repo.put(key, JSON.stringify(patch[key as keyof SettingsPatch]), stamp);
        const after = repo.revision();
        for (const key of keys) repo.markWritten(key, after);
        for (const listener of listeners) listener(patch);
        return revised();
      })();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
