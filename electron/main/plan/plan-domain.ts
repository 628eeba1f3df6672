import type { BackupService } from '../backup/backup-service';
import type { BankService } from '../bank/bank-service';
import { shippedQuestions } from '../bank/shipped-bank';
import { createDataFolderService } from '../data-transfer/data-folder-service';
import { dataRoutes } from '../data-transfer/data-routes';
import { createExportService } from '../data-transfer/export-service';
import { createImportService } from '../data-transfer/import-service';
import { createRestoreService } from '../data-transfer/restore-service';
import type { OpenedDatabase } from '../db/open-database';
import { migrations } from '../db/migrations';
import { createInsightsRepo } from '../insights/insights-repo';
import { insightsRoutes } from '../insights/insights-routes';
import { createInsightsService } from '../insights/insights-service';
import type { Handlers } from '../ipc/router';
import { createSearchIndexRepo } from '../journal/search-index-repo';
import { createReviewRepo } from '../practice/review-repo';
import { createPlanEvidenceRepo } from './plan-evidence-repo';
import { createPlanFollowupsRepo } from './plan-followups-repo';
import { createPlanGenerator } from './plan-generated';
import { createPlanRepo } from './plan-repo';
import { planRoutes } from './plan-routes';
import { createPlanService } from './plan-service';

/** What the plan screen's domain takes from the composition root. */
export interface PlanDomainOptions {
  database: OpenedDatabase;
  backups: BackupService;
  /** The journal's bank, to put the shipped questions back after "delete all data" or an old backup's restore. */
  bank: BankService;
  appVersion: string;
  now: () => Date;
  openPath?: (folder: string) => Promise<void>;
}

/** Builds insights, the improvement plan and the data transfers (export, import, restore, delete, open folder). */
export function createPlanDomain(o: PlanDomainOptions): { routes: Handlers } {
  const { db, paths, schemaVersion } = o.database;
  const insightsRepo = createInsightsRepo(db);
  const insights = createInsightsService(insightsRepo, createReviewRepo(db), o.now);
  const generator = createPlanGenerator({
    evidence: createPlanEvidenceRepo(db),
    insightsRepo,
    insights,
    followups: createPlanFollowupsRepo(db),
    now: o.now,
  });
  const plan = createPlanService(db, createPlanRepo(db), generator, o.now);
  const search = createSearchIndexRepo(db);
  const exports = createExportService({
    db,
    recordingsDir: paths.recordings,
    appVersion: o.appVersion,
    schemaVersion,
    now: o.now,
  });
  const imports = createImportService({ db, recordingsDir: paths.recordings, schemaVersion, search });
  const restockBank = () => o.bank.syncShipped(shippedQuestions());
  const restore = createRestoreService({ db, paths, backups: o.backups, migrations, search, restockBank, now: o.now });
  const folder = createDataFolderService({ db, paths, backups: o.backups, restockBank, openPath: o.openPath });
  return { routes: { ...insightsRoutes(insights), ...planRoutes(plan), ...dataRoutes(exports, imports, restore, folder) } };
}
