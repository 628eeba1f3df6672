import type { Host } from '../shared/app-contract';
import { appRoutes } from './app/app-routes';
import { createBackupDomain, startBackupTimer, type BackupService } from './backup/backup-domain';
import { createBankDomain } from './bank/bank-domain';
import { createCoachDomain } from './coach/coach-domain';
import { createDataTransferDomain } from './data-transfer/data-transfer-domain';
import { openDatabase, type OpenedDatabase } from './db/open-database';
import { createFollowupsDomain } from './followups/followups-domain';
import { createInsightsDomain } from './insights/insights-domain';
import { createRouter, type Router } from './ipc/router';
import { createJournalDomain } from './journal/journal-domain';
import { createModelAnswersDomain } from './model-answers/model-answers-domain';
import { createPlanDomain, type WritePdf } from './plan/plan-domain';
import { createPracticeDomain } from './practice/practice-domain';
import { createSettingsDomain } from './settings/settings-domain';
import { createSpeechDomain, type PickModelFile } from './speech/speech-domain';
import { createStoriesDomain } from './stories/stories-domain';

export interface CoreOptions {
  dataDir: string;
  version: string;
  host: Host;
  /** Automatic backups at start and every fifteen minutes; tests turn them off to count backups exactly. */
  autoBackup?: boolean;
  validateOutput?: boolean;
  now?: () => Date;
  /** Opens mailto: links from follow-ups in the mail app (Electron); the browser host leaves it out. */
  openExternal?: (url: string) => Promise<void> | void;
  /** Opens the data folder in the file manager (Electron's shell.openPath); the browser host leaves it out. */
  openPath?: (folder: string) => Promise<void>;
  /** Writes the print view as a PDF with a save dialog (Electron's printToPDF); the browser host leaves it out. */
  writePdf?: WritePdf;
  /** Asks for a speech model file in an open dialog (Electron); the browser host leaves it out. */
  pickModelFile?: PickModelFile;
}

/** Everything both doors (Electron IPC and the browser host) share: the database, the services, the router. */
export interface Core {
  router: Router;
  database: OpenedDatabase;
  backups: BackupService;
  close(): void;
}

/** Opens the data folder and wires every domain into one router. The composition root, and nothing more. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  const database = await openDatabase(options.dataDir, { now });
  const { db } = database;
  let wired: ReturnType<typeof wireDomains>;
  try {
    wired = wireDomains(database, options, now);
  } catch (err) {
    db.close();
    throw err;
  }
  const { router, backups, closeDomains } = wired;

  let stopTimer = () => {};
  if (options.autoBackup !== false) {
    // A failed start backup (full disk, blocked folder) must not keep the person out of their journal.
    await backups.create('start').catch((err: unknown) => console.error('Start-up backup failed:', err));
    stopTimer = startBackupTimer(backups, (err) => console.error('Automatic backup failed:', err));
  }

  return {
    router,
    database,
    backups,
    close() {
      stopTimer();
      closeDomains();
      db.close();
    },
  };
}

/** The most model answers the plan lists: far more than anyone rebuilds, low enough to keep the export quick. */
const MODEL_ANSWERS_IN_PLAN = 200;

/** Builds every domain's service over the open database and registers its routes. */
function wireDomains(
  database: OpenedDatabase,
  options: CoreOptions,
  now: () => Date,
): { router: Router; backups: BackupService; closeDomains: () => void } {
  const { db, paths } = database;
  const { backups, routes: backupRoutes } = createBackupDomain(db, paths.backups, now);

  const router = createRouter({ validateOutput: options.validateOutput });
  router.register(
    appRoutes(
      {
        name: 'Debrief',
        version: options.version,
        dataDir: paths.dir,
        databasePath: paths.database,
        schemaVersion: database.schemaVersion,
        notices: database.notices,
        host: options.host,
      },
      backups,
    ),
  );
  router.register(backupRoutes);
  const bank = createBankDomain(db, now);
  router.register(bank.routes);
  const journal = createJournalDomain(db, bank.repo, now);
  router.register(journal.routes);
  const settings = createSettingsDomain(db, now);
  router.register(settings.routes);
  // The story bank before the follow-ups and the plan, which cite and list its stories.
  const stories = createStoriesDomain(db, now);
  router.register(stories.routes);
  const reader = {
    detail: (id: number) => journal.journal.detail(id),
    realityCheck: (id: number) => journal.realityCheck.get(id),
  };
  router.register(
    createFollowupsDomain(db, {
      now,
      settings: settings.settings,
      journal: reader,
      openExternal: options.openExternal,
      stories: stories.stories,
    }).routes,
  );
  router.register(createPracticeDomain(db, paths.recordings, now).routes);
  const modelAnswers = createModelAnswersDomain(db, now);
  router.register(modelAnswers.routes);
  const insights = createInsightsDomain(db, now);
  router.register(insights.routes);
  router.register(
    createPlanDomain(db, {
      insights: insights.insights,
      insightsRepo: insights.repo,
      now,
      writePdf: options.writePdf,
      modelAnswers: () => modelAnswers.modelAnswers.list(MODEL_ANSWERS_IN_PLAN),
      stories: {
        list: () => stories.stories.list(),
        gaps: (interviewId) => stories.stories.coverage(interviewId).gaps,
        readAhead: (interviewIds) => stories.stories.readAhead(interviewIds),
      },
    }).routes,
  );
  router.register(
    createDataTransferDomain({
      database,
      backups,
      bank: bank.bank,
      appVersion: options.version,
      now,
      openPath: options.openPath,
    }).routes,
  );
  router.register(createSpeechDomain({ db, paths, host: options.host, now, pickModelFile: options.pickModelFile }).routes);
  router.register(createCoachDomain().routes);
  router.assertComplete();
  // The job terms thread is the one piece a domain starts that must be ended with the core.
  return { router, backups, closeDomains: () => stories.close() };
}
