import type { Handlers } from '../ipc/router';
import type { DataFolderService } from './data-folder-service';
import type { ExportService } from './export-service';
import type { ImportService } from './import-service';
import type { RestoreService } from './restore-service';

/** The data-transfer routes (named data:*): each one line into a service. */
export function dataTransferRoutes(
  exports: ExportService,
  imports: ImportService,
  restore: RestoreService,
  folder: DataFolderService,
): Handlers {
  return {
    'data:exportJson': () => exports.json(),
    'data:exportFolder': ({ path }) => exports.folder(path),
    'data:previewImport': ({ content }) => imports.preview(content),
    'data:import': ({ content }) => imports.import(content),
    'data:previewImportFolder': ({ path }) => imports.previewFolder(path),
    'data:importFolder': ({ path }) => imports.importFolder(path),
    'data:restoreBackup': ({ fileName }) => restore.restore(fileName),
    'data:deleteAll': () => folder.deleteAll(),
    'data:openFolder': () => folder.openFolder(),
  };
}
