import { z } from 'zod';
import { plainString } from './plain-text';
import { backupInfoSchema } from './app-contract';

/** Largest export file accepted as text (about 400 MB, under V8's longest string); the browser host caps requests at 25 MB. */
export const MAX_IMPORT_CHARS = 400_000_000;
/** How many ids or problems a report lists before it only counts; a report must stay readable and small. */
export const MAX_LISTED = 500;

/** An absolute folder path on this computer, as a native folder picker returns it. */
export const absolutePathSchema = plainString({ error: 'Choose a folder.' })
  .min(1, 'Choose a folder.')
  .max(4096, 'That path is too long.')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'Choose a folder by its full path.');

/** A row's key as the report shows it: the id, or the key text of tables without one ("12/remote" for a tag). */
const rowKey = z.union([z.number(), z.string()]);

/** One row that cannot be imported, and why; nothing is imported while any exist. */
const importProblemSchema = z.object({
  /** A table name, or "file" / "recordings-manifest" for problems outside the tables. */
  table: z.string(),
  /** The row's position in the file's list for that table (0-based), or null for file-level problems. */
  index: z.number().int().nullable(),
  id: rowKey.nullable(),
  /** The column at fault, when there is one. */
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** What an import does with one table's rows. */
const importTableSchema = z.object({
  table: z.string(),
  label: z.string(),
  inFile: z.number().int(),
  /** Rows that will be (or were) added. */
  add: z.number().int(),
  /** Of those, rows given a new id because this database already uses theirs for something else. */
  renumbered: z.number().int(),
  /** Rows already here (same id, same item): skipped, never overwritten. */
  existing: z.number().int(),
  /** Rows skipped with their parent (part of an interview, session or follow-up already here), or without their audio. */
  skipped: z.number().int(),
  invalid: z.number().int(),
  /** The ids (keys) of the rows already here, up to MAX_LISTED. */
  existingIds: z.array(rowKey),
});
export type ImportTable = z.infer<typeof importTableSchema>;

/** The facts the file states about itself. */
const importFileInfoSchema = z.object({
  format: z.string(),
  version: z.number().int(),
  exportedAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
});

/** The dry run: what an import would add, what is already here, and what is wrong. Writes nothing. */
export const importPreviewSchema = z.object({
  file: importFileInfoSchema,
  /** True when there are no problems: the import would go ahead. */
  canImport: z.boolean(),
  tables: z.array(importTableSchema),
  totals: z.object({
    inFile: z.number().int(),
    add: z.number().int(),
    existing: z.number().int(),
    skipped: z.number().int(),
    invalid: z.number().int(),
  }),
  problems: z.array(importProblemSchema),
  /** Problems beyond the first MAX_LISTED. */
  problemsNotListed: z.number().int(),
  recordings: z.object({
    inFile: z.number().int(),
    /** Audio files that will be copied into the recordings folder (folder imports only). */
    filesToCopy: z.number().int(),
    /** Recordings left out because a JSON file carries no audio; import the folder export to bring them. */
    notIncluded: z.number().int(),
  }),
  /** Plain sentences explaining skipped and renumbered rows, for the screen. */
  notes: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** What an import did: the same counts as the preview, now written. */
export const importResultSchema = z.object({
  tables: z.array(importTableSchema),
  added: z.number().int(),
  existing: z.number().int(),
  skipped: z.number().int(),
  filesCopied: z.number().int(),
  /** Interviews whose search rows were rebuilt. */
  searchRebuilt: z.number().int(),
  notes: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** The JSON export handed to the renderer to save as a file. */
export const jsonExportSchema = z.object({
  fileName: z.string(),
  content: z.string(),
  bytes: z.number().int(),
  rows: z.record(z.string(), z.number().int()),
  recordings: z.number().int(),
});

/** A folder export written to disk. */
export const folderExportSchema = z.object({
  folder: z.string(),
  jsonFile: z.string(),
  bytes: z.number().int(),
  rows: z.record(z.string(), z.number().int()),
  filesCopied: z.number().int(),
  /** Recordings whose audio file was missing from the data folder (listed in the export with no checksum). */
  filesMissing: z.number().int(),
});

/** A restore from a verified backup. */
export const restoreResultSchema = z.object({
  restoredFrom: backupInfoSchema,
  /** The backup of the state just before the restore, so the restore itself can be undone. */
  safetyBackup: backupInfoSchema,
  rows: z.record(z.string(), z.number().int()),
  /** Recordings in the restored data whose audio file is no longer in the data folder. */
  recordingsWithoutFile: z.number().int(),
});

/** Everything deleted, after a backup. */
export const deleteAllResultSchema = z.object({
  safetyBackup: backupInfoSchema,
  rowsDeleted: z.number().int(),
  filesDeleted: z.number().int(),
});

/** Opening the data folder in the system's file manager; where that is not possible, the path to show instead. */
export const openFolderResultSchema = z.object({
  opened: z.boolean(),
  path: z.string(),
  /** Why it did not open, in plain words; null when it opened. */
  message: z.string().nullable(),
});
