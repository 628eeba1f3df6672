import { z } from 'zod';
import { plainString } from './plain-text';
import {
  MAX_IMPORT_CHARS,
  absolutePathSchema,
  deleteAllResultSchema,
  folderExportSchema,
  importPreviewSchema,
  importResultSchema,
  jsonExportSchema,
  openFolderResultSchema,
  restoreResultSchema,
} from './data-transfer-schemas';
import { defineRoute, noInput } from './define-route';

const content = plainString().max(MAX_IMPORT_CHARS, 'The file is too large to import in one piece.');
const folder = z.object({ path: absolutePathSchema }).strict();

/** Routes that make the data the person's own: export, import, restore from a backup, delete everything, the folder. */
export const dataTransferContract = {
  /** The whole database as one versioned JSON text (recordings listed with checksums, audio not included). */
  'data:exportJson': defineRoute({ input: noInput, output: jsonExportSchema }),
  /** Writes a new folder inside `path` with the JSON file and a recordings/ folder of audio; all or nothing. */
  'data:exportFolder': defineRoute({ input: folder, output: folderExportSchema }),
  /** Checks a JSON export and reports what an import would do; writes nothing. */
  'data:previewImport': defineRoute({ input: z.object({ content }).strict(), output: importPreviewSchema }),
  /** Imports a JSON export: everything new, or nothing if any row is invalid. Recordings need the folder import. */
  'data:import': defineRoute({ input: z.object({ content }).strict(), output: importResultSchema }),
  /** As previewImport, for a folder export (its JSON file and audio, each file's checksum checked). */
  'data:previewImportFolder': defineRoute({ input: folder, output: importPreviewSchema }),
  /** As import, for a folder export: rows and audio files together, or nothing. */
  'data:importFolder': defineRoute({ input: folder, output: importResultSchema }),
  /** Replaces the live data with a verified backup's, after backing up the current state. */
  'data:restoreBackup': defineRoute({
    input: z
      .object({
        fileName: plainString().min(1).max(200),
        confirm: z.literal(true, { error: 'Restoring a backup needs confirmation.' }),
      })
      .strict(),
    output: restoreResultSchema,
  }),
  /** Deletes every interview, question, practice answer, follow-up, plan and recording, after a backup. */
  'data:deleteAll': defineRoute({
    input: z.object({ confirm: z.literal('DELETE', { error: 'Type DELETE to confirm.' }) }).strict(),
    output: deleteAllResultSchema,
  }),
  /** Opens the data folder in the file manager (desktop app); elsewhere answers with the path to show. */
  'data:openFolder': defineRoute({ input: noInput, output: openFolderResultSchema }),
};
