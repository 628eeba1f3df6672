import type { BackupService } from '../backup/backup-domain';
import { shippedQuestions, type BankService } from '../bank/bank-domain';
import type { OpenedDatabase } from '../db/open-database';
import { migrations } from '../db/migrations';
import { createSearchIndexRepo } from '../journal/journal-domain';
import { createDataFolderService } from './data-folder-service';
import { dataTransferRoutes } from './data-transfer-routes';
import { createExportService } from './export-service';
import { createImportService } from './import-service';
import { createRestoreService } from './restore-service';

/** What the data transfers take from the composition root. */
interface DataTransferDomainOptions {
  database: OpenedDatabase;
  backups: BackupService;
  /** The journal's bank, to put the shipped questions back after "delete all data" or an old backup's restore. */
  bank: BankService;
  appVersion: string;
  now: () => Date;
  openPath?: (folder: string) => Promise<void>;
}

/** Builds the data transfers that make the data the person's own: export, import, restore, delete, open folder. */
export function createDataTransferDomain(o: DataTransferDomainOptions) {
  const { db, paths, schemaVersion } = o.database;
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
  return { routes: dataTransferRoutes(exports, imports, restore, folder) };
}
