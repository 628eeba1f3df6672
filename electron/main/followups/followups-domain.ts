import type Database from 'better-sqlite3';
import type { SettingsService } from '../settings/settings-domain';
import type { FollowupContext, JournalReader } from './followup-context';
import { createFollowupDrafting } from './followup-drafting';
import { createFollowupJournalRepo } from './followup-journal-repo';
import { createFollowupMail, type OpenExternal } from './followup-mail';
import { createFollowupPlanRepo } from './followup-plan-repo';
import { createFollowupPlanService } from './followup-plan-service';
import { createFollowupRepo } from './followup-repo';
import { followupRoutes } from './followup-routes';
import { createFollowupService } from './followup-service';
import { shippedTemplates } from './templates';

interface FollowupsDomainOptions {
  now: () => Date;
  /** The settings domain's service: the default send window and the name that signs messages. */
  settings: SettingsService;
  /** The journal domain's reading of an interview and its reality check. */
  journal: JournalReader;
  /** Opens mailto: URLs in the mail app (Electron); without it the renderer opens the URL the route returns. */
  openExternal?: OpenExternal;
}

/** Builds follow-ups and second chances over one database; a broken template throws here, at start. */
export function createFollowupsDomain(db: Database.Database, options: FollowupsDomainOptions) {
  const templates = shippedTemplates();
  const { settings } = options;
  const ctx: FollowupContext = {
    db,
    repo: createFollowupRepo(db),
    plans: createFollowupPlanRepo(db),
    journal: createFollowupJournalRepo(db),
    reader: options.journal,
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
  return { ...services, routes: followupRoutes(services) };
}
