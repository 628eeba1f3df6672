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
import type { StoryBank } from './story-citations';
import { shippedTemplates } from './templates';

interface FollowupsDomainOptions {
  now: () => Date;
  /** The settings domain's service: the default send window and the name that signs messages. */
  settings: SettingsService;
  /** The journal domain's reading of an interview and its reality check. */
  journal: JournalReader;
  /** Opens mailto: URLs in the mail app (Electron); without it the renderer opens the URL the route returns. */
  openExternal?: OpenExternal;
  /** The stories domain's reading of the story bank: second chances and proposals cite a story for a missed point. */
  stories?: StoryBank;
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
    stories: options.stories,
    now: options.now,
  };
  const services = {
    templates: [...templates.values()],
    drafting: createFollowupDrafting(ctx),
    followups: createFollowupService(ctx),
    plans: createFollowupPlanService(ctx),
    mail: createFollowupMail(ctx, options.openExternal),
  };
  // Setting "Your name" signs the drafts that still wait for it, in the same transaction as the setting.
  settings.onUpdate((patch) => {
    if (patch.yourName !== undefined) services.drafting.fillYourName(patch.yourName);
  });
  return { ...services, routes: followupRoutes(services) };
}
