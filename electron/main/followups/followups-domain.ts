import type Database from 'better-sqlite3';
import { createSettingsRepo } from '../settings/settings-repo';
import { settingsRoutes } from '../settings/settings-routes';
import { createSettingsService } from '../settings/settings-service';
import type { FollowupContext } from './followup-context';
import { createFollowupDrafting } from './followup-drafting';
import { createFollowupJournalRepo } from './followup-journal-repo';
import { createFollowupMail, type OpenExternal } from './followup-mail';
import { createFollowupPlanRepo } from './followup-plan-repo';
import { createFollowupPlanService } from './followup-plan-service';
import { createFollowupRepo } from './followup-repo';
import { followupRoutes } from './followup-routes';
import { createFollowupService } from './followup-service';
import { shippedTemplates } from './templates';

export interface FollowupsDomainOptions {
  now: () => Date;
  /** Opens mailto: URLs in the mail app (Electron); without it the renderer opens the URL the route returns. */
  openExternal?: OpenExternal;
}

/** Builds follow-ups, second chances and the settings they use over one database; a broken template throws here, at start. */
export function createFollowupsDomain(db: Database.Database, options: FollowupsDomainOptions) {
  const templates = shippedTemplates();
  const settings = createSettingsService(db, createSettingsRepo(db), options.now);
  const ctx: FollowupContext = {
    db,
    repo: createFollowupRepo(db),
    plans: createFollowupPlanRepo(db),
    journal: createFollowupJournalRepo(db),
    settings,
    templates,
    now: options.now,
  };
  const services = {
    templates: [...templates.values()],
    drafting: createFollowupDrafting(ctx),
    followups: createFollowupService(ctx),
    plans: createFollowupPlanService(ctx),
    mail: createFollowupMail(ctx, options.openExternal),
  };
  return { settings, ...services, routes: { ...settingsRoutes(settings), ...followupRoutes(services) } };
}
