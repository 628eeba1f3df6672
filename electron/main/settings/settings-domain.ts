import type Database from 'better-sqlite3';
import { createSettingsRepo } from './settings-repo';
import { settingsRoutes } from './settings-routes';
import { createSettingsService } from './settings-service';

// What other domains may use: follow-ups read the send window and the signature.
export type { SettingsService } from './settings-service';

/** Builds the settings over one database; follow-ups read them, so the composition root hands the service on. */
export function createSettingsDomain(db: Database.Database, now: () => Date) {
  const settings = createSettingsService(db, createSettingsRepo(db), now);
  return { settings, routes: settingsRoutes(settings) };
}
