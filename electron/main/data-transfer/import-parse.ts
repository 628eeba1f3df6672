import type { z } from 'zod';
import {
  EXPORT_FORMAT,
  EXPORT_TABLES,
  EXPORT_VERSION,
  TABLE_SINCE,
  exportEnvelopeSchema,
  exportRowSchemas,
  recordingManifestEntrySchema,
  type ExportTable,
  type RecordingManifestEntry,
} from '../../shared/data-transfer-export-schemas';
import { AppError } from '../../shared/errors';
import { issuesFromZod } from '../ipc/to-app-error';
import { ProblemList } from './import-problems';
import { TABLE_SPECS } from './table-specs';

/** A row as read from the file (checked against its table's schema when `valid`). */
export type FileRow = Record<string, unknown>;

/** A file that passed the outer checks, with every row checked; rows with problems are left out of `tables`. */
export interface ParsedExport {
  info: { format: string; version: number; exportedAt: string; appVersion: string; schemaVersion: number };
  /** Every table, valid rows only, each with its index in the file. */
  tables: Record<ExportTable, { index: number; row: FileRow }[]>;
  /** How many rows each table had in the file, valid or not. */
  inFile: Record<ExportTable, number>;
  manifest: Map<number, RecordingManifestEntry>;
  problems: ProblemList;
}

/** One problem per schema issue of a row, each naming the column at fault. */
function addIssues(problems: ProblemList, table: string, index: number, id: number | string | null, error: z.ZodError): void {
  for (const issue of error.issues) {
    problems.add({ table, index, id, column: issue.path.length ? String(issue.path[0]) : null, message: issue.message });
  }
}

const fileError = (message: string, path: string, detail: string) =>
  new AppError('VALIDATION', message, [{ path, message: detail }]);

/** JSON.parse with a message a person can act on; a cut-off file is the usual cause. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const detail = (err as Error).message;
    throw fileError(
      `This file is not complete JSON, so nothing was imported. It may have been cut short while saving or copying, or edited by hand (${detail}).`,
      'file',
      detail,
    );
  }
}

/** Refuses anything that is not a Debrief export of a version this app reads, before looking at a single row. */
function checkEnvelope(value: unknown, knownSchema: number): z.infer<typeof exportEnvelopeSchema> {
  const format =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).format : undefined;
  if (format !== EXPORT_FORMAT) {
    throw fileError(
      'This is not a Debrief export, so nothing was imported. Choose a file made with "Export all data" in Debrief.',
      'format',
      `Expected "format": "${EXPORT_FORMAT}".`,
    );
  }
  const { version, schemaVersion } = value as Record<string, unknown>;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    throw fileError(
      `This file was exported by a newer version of Debrief (export format ${version}; this version reads format ${EXPORT_VERSION}). Nothing was imported. Update Debrief, then import it again.`,
      'version',
      `Format ${version} is newer than ${EXPORT_VERSION}.`,
    );
  }
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > knownSchema) {
    throw fileError(
      `This file was exported by a newer version of Debrief (database schema ${schemaVersion}; this version knows up to ${knownSchema}). Nothing was imported. Update Debrief, then import it again.`,
      'schemaVersion',
      `Schema ${schemaVersion} is newer than ${knownSchema}.`,
    );
  }
  const parsed = exportEnvelopeSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION',
      'This Debrief export is damaged or was edited: its outer structure is not what Debrief writes. Nothing was imported.',
      issuesFromZod(parsed.error),
    );
  }
  if (parsed.data.version !== EXPORT_VERSION) {
    throw fileError(
      `This file says it is export format ${parsed.data.version}, which Debrief never wrote. Nothing was imported.`,
      'version',
      'Unknown format.',
    );
  }
  return parsed.data;
}

/** Checks each row against its table's schema and collects every problem with its table, index, id and column. */
function checkRows(
  envelope: z.infer<typeof exportEnvelopeSchema>,
  problems: ProblemList,
): Pick<ParsedExport, 'tables' | 'inFile'> {
  for (const name of Object.keys(envelope.data)) {
    if (!(EXPORT_TABLES as readonly string[]).includes(name)) {
      problems.add({
        table: name,
        index: null,
        id: null,
        column: null,
        message: `Debrief has no table called "${name}"; the file may have been edited.`,
      });
    }
  }
  const tables = {} as ParsedExport['tables'];
  const inFile = {} as ParsedExport['inFile'];
  for (const table of EXPORT_TABLES) {
    const rows = envelope.data[table];
    tables[table] = [];
    inFile[table] = rows?.length ?? 0;
    if (!rows) {
      if (TABLE_SINCE[table] <= envelope.schemaVersion) {
        problems.add({
          table,
          index: null,
          id: null,
          column: null,
          message: `The file has no ${TABLE_SPECS[table].label} list, though every export of schema ${envelope.schemaVersion} has one. It may have been cut or edited.`,
        });
      }
      continue;
    }
    const schema = exportRowSchemas[table] as z.ZodType<FileRow>;
    rows.forEach((raw, index) => {
      const parsed = schema.safeParse(raw);
      if (parsed.success) {
        tables[table].push({ index, row: parsed.data });
        return;
      }
      const id =
        typeof raw === 'object' && raw !== null
          ? ((raw as FileRow)[TABLE_SPECS[table].key[0]] as number | string | undefined)
          : undefined;
      addIssues(problems, table, index, typeof id === 'number' || typeof id === 'string' ? id : null, parsed.error);
    });
  }
  return { tables, inFile };
}

/** The recordings list must match the recordings table one to one. */
function checkManifest(
  envelope: z.infer<typeof exportEnvelopeSchema>,
  tables: ParsedExport['tables'],
  problems: ProblemList,
): Map<number, RecordingManifestEntry> {
  const manifest = new Map<number, RecordingManifestEntry>();
  const table = 'recordings-manifest';
  envelope.recordings.forEach((raw, index) => {
    const parsed = recordingManifestEntrySchema.safeParse(raw);
    if (!parsed.success) {
      addIssues(problems, table, index, null, parsed.error);
      return;
    }
    if (manifest.has(parsed.data.id)) {
      problems.add({ table, index, id: parsed.data.id, column: 'id', message: `Recording ${parsed.data.id} is listed twice.` });
      return;
    }
    manifest.set(parsed.data.id, parsed.data);
  });
  const rows = new Set<number>();
  for (const { index, row } of tables.recordings) {
    const id = row.id as number;
    rows.add(id);
    const entry = manifest.get(id);
    if (!entry)
      problems.add({
        table: 'recordings',
        index,
        id,
        column: null,
        message: `Recording ${id} is missing from the file's list of recordings.`,
      });
    else if (entry.fileName !== row.file_name) {
      problems.add({
        table: 'recordings',
        index,
        id,
        column: 'file_name',
        message: `The file name differs from the recordings list ("${entry.fileName}").`,
      });
    }
  }
  envelope.recordings.forEach((raw, index) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'number' && manifest.get(id) && !rows.has(id) && envelope.data.recordings) {
      const invalidRow = envelope.data.recordings.some((r) => (r as { id?: unknown } | null)?.id === id);
      if (!invalidRow)
        problems.add({
          table,
          index,
          id,
          column: null,
          message: `Recording ${id} is listed but has no row in the recordings table.`,
        });
    }
  });
  return manifest;
}

/** Reads an export's text: file-level faults throw with one clear message; row-level faults are all collected. */
export function parseExport(text: string, knownSchema: number): ParsedExport {
  const envelope = checkEnvelope(parseJson(text), knownSchema);
  const problems = new ProblemList();
  const { tables, inFile } = checkRows(envelope, problems);
  const manifest = checkManifest(envelope, tables, problems);
  const { format, version, exportedAt, appVersion, schemaVersion } = envelope;
  return { info: { format, version, exportedAt, appVersion, schemaVersion }, tables, inFile, manifest, problems };
}
