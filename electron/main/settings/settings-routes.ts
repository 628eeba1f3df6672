import type { Handlers } from '../ipc/router';
import type { SettingsService } from './settings-service';

/** The settings routes: each one line into the service. */
export function settingsRoutes(settings: SettingsService): Handlers {
  return {
    'settings:get': () => settings.revised(),
    'settings:update': ({ baseRevision, ...patch }) => settings.update(baseRevision, patch),
  };
}
