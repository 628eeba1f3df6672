import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { EXPORT_JSON_NAME, EXPORT_TABLES } from '../../shared/data-transfer-export-schemas';
import type { ImportPreview, ImportResult, ImportTable } from '../../shared/data-transfer-schemas';
import { AppError } from '../../shared/errors';
import type { SearchIndexRepo } from '../journal/journal-domain';
import { checkAudio, stageAudio, type AudioCopy } from './import-audio';
import { checkIntegrity } from './import-integrity';
import { importNotes } from './import-notes';
import { parseExport, type ParsedExport } from './import-parse';
import { planImport, type ImportMode, type ImportPlan } from './import-planner';
import { insertRows, rowsToWrite, RowWriteError } from './import-rows';

/** What the import needs from the app. */
interface ImportDeps {
  db: Database.Database;
  recordingsDir: string;
  /** The newest schema this build knows; a file from a newer one is refused. */
  schemaVersion: number;
  search: SearchIndexRepo;
}

/** The page cache during an import, in KiB as PRAGMA cache_size takes it (negative means KiB). */
const IMPORT_CACHE_KIB = -65_536;

interface Analysis {
  parsed: ParsedExport;
  plan: ImportPlan;
  copies: AudioCopy[];
}

/** Checks and imports export files: everything is decided and checked first, then written in one transaction or not at all. */
export function createImportService(deps: ImportDeps) {
  const { db } = deps;

  function analyse(text: string, mode: ImportMode, exportDir: string | null): Analysis {
    const parsed = parseExport(text, deps.schemaVersion);
    checkIntegrity(parsed, parsed.problems);
    const plan = planImport(db, parsed, mode);
    const copies = exportDir ? checkAudio(plan, parsed.manifest, exportDir, deps.recordingsDir, parsed.problems) : [];
    return { parsed, plan, copies };
  }

  function tables({ parsed, plan }: Analysis): ImportTable[] {
    return EXPORT_TABLES.map((table) => ({
      table,
      label: plan[table].spec.label,
      inFile: parsed.inFile[table],
      ...plan[table].counts,
      invalid: parsed.problems.invalidRows(table),
      existingIds: plan[table].existingIds,
    }));
  }

  /** Reads a folder export's JSON file; the folder itself is where its audio is looked for. */
  function readFolder(dir: string): { text: string; exportDir: string } {
    const exportDir = dir.endsWith('.json') && fs.existsSync(dir) && fs.statSync(dir).isFile() ? path.dirname(dir) : dir;
    const file = path.join(exportDir, EXPORT_JSON_NAME);
    if (!fs.existsSync(exportDir))
      throw new AppError('NOT_FOUND', `There is no folder at ${exportDir}.`, [{ path: 'path', message: 'Not found.' }]);
    if (!fs.existsSync(file)) {
      throw new AppError(
        'NOT_FOUND',
        `${exportDir} has no ${EXPORT_JSON_NAME}. Choose the folder a Debrief folder export made.`,
        [{ path: 'path', message: `No ${EXPORT_JSON_NAME}.` }],
      );
    }
    return { text: fs.readFileSync(file, 'utf8'), exportDir };
  }

  function preview(text: string, mode: ImportMode, exportDir: string | null): ImportPreview {
    const analysis = analyse(text, mode, exportDir);
    const list = tables(analysis);
    const sum = (k: 'inFile' | 'add' | 'existing' | 'skipped' | 'invalid') => list.reduce((n, t) => n + t[k], 0);
    const { problems } = analysis.parsed;
    return {
      file: analysis.parsed.info,
      canImport: problems.count === 0,
      tables: list,
      totals: {
        inFile: sum('inFile'),
        add: sum('add'),
        existing: sum('existing'),
        skipped: sum('skipped'),
        invalid: sum('invalid'),
      },
      problems: problems.listed,
      problemsNotListed: problems.notListed,
      recordings: {
        inFile: analysis.parsed.inFile.recordings,
        filesToCopy: analysis.copies.length,
        notIncluded: analysis.plan.recordings.skipReasons.get('audio-not-included') ?? 0,
      },
      notes: importNotes(analysis.plan),
    };
  }

  function run(text: string, mode: ImportMode, exportDir: string | null): ImportResult {
    const analysis = analyse(text, mode, exportDir);
    const { problems } = analysis.parsed;
    if (problems.count) {
      throw new AppError(
        'VALIDATION',
        `${problems.count === 1 ? 'One problem' : `${problems.count} problems`} in the file, so nothing was imported. The preview lists ${problems.count === 1 ? 'it' : 'them'}.`,
        problems.listed.slice(0, 200).map((p) => ({
          path: `${p.table}${p.index === null ? '' : `[${p.index}]`}${p.column ? `.${p.column}` : ''}`,
          message: p.id === null ? p.message : `${p.id}: ${p.message}`,
        })),
      );
    }
    const batches = rowsToWrite(db, analysis.plan);
    const audio = stageAudio(analysis.copies, deps.recordingsDir);
    const interviews = batches.find((b) => b.table === 'interviews')!.rows.map((r) => r.id as number);
    // A large import writes far more pages than the usual cache holds; a bigger cache for its one transaction keeps
    // SQLite from spilling pages to disk and reading them back while it indexes the journal.
    const cacheSize = db.pragma('cache_size', { simple: true }) as number;
    db.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
    try {
      db.transaction(() => {
        insertRows(db, batches);
        // The journal's search rows are derived: rebuilt here from what was just written, in the same transaction.
        for (const id of interviews) deps.search.refresh(id);
        audio.commit();
      })();
    } catch (err) {
      audio.discard();
      if (err instanceof RowWriteError) {
        throw new AppError(
          'CONFLICT',
          `The database refused ${err.table} row ${err.index}, so the import was undone and nothing was imported.`,
          [{ path: `${err.table}[${err.index}]`, message: (err.cause as Error).message }],
        );
      }
      throw err;
    } finally {
      db.pragma(`cache_size = ${cacheSize}`);
    }
    const list = tables(analysis);
    return {
      tables: list,
      added: list.reduce((n, t) => n + t.add, 0),
      existing: list.reduce((n, t) => n + t.existing, 0),
      skipped: list.reduce((n, t) => n + t.skipped, 0),
      filesCopied: audio.count,
      searchRebuilt: interviews.length,
      notes: importNotes(analysis.plan),
    };
  }

  return {
    preview: (content: string) => preview(content, 'content', null),
    import: (content: string) => run(content, 'content', null),
    previewFolder(dir: string) {
      const { text, exportDir } = readFolder(dir);
      return preview(text, 'folder', exportDir);
    },
    importFolder(dir: string) {
      const { text, exportDir } = readFolder(dir);
      return run(text, 'folder', exportDir);
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
