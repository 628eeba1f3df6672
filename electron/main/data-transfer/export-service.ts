import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { EXPORT_JSON_NAME } from '../../shared/data-transfer-export-schemas';
import { AppError } from '../../shared/errors';
import { localDay } from '../../shared/local-days';
import { writeExport, type ExportMeta } from './export-dump';

/** What the export needs from the app: its database, where recordings live, and the facts for the file's header. */
interface ExportDeps {
  db: Database.Database;
  recordingsDir: string;
  appVersion: string;
  schemaVersion: number;
  now: () => Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A folder name that sorts by time and says what it is: debrief-export-2026-03-10-1405. */
function folderName(at: Date): string {
  return `debrief-export-${localDay(at)}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/** Turns a file-system failure into a message that names the folder and says nothing was left behind. */
function writeFailure(target: string, err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
  const why =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'Debrief is not allowed to write there'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : `the system reported ${code}`;
  return new AppError(
    'STORAGE',
    `The export could not be written to ${target}: ${why}. Nothing was left behind; choose another folder.`,
    [{ path: 'path', message: why }],
  );
}

/** Exports the whole database: as JSON text for the renderer to save, or as a folder with the audio files. */
export function createExportService(deps: ExportDeps) {
  const meta = (): ExportMeta => ({
    exportedAt: deps.now().toISOString(),
    appVersion: deps.appVersion,
    schemaVersion: deps.schemaVersion,
  });

  return {
    json() {
      const chunks: string[] = [];
      const summary = writeExport(deps.db, deps.recordingsDir, meta(), (c) => chunks.push(c));
      const content = chunks.join('');
      return {
        fileName: `debrief-export-${localDay(deps.now())}.json`,
        content,
        bytes: Buffer.byteLength(content),
        rows: summary.rows,
        recordings: summary.recordings.length,
      };
    },

    /**
     * Writes <target>/debrief-export-<time>/ with the JSON file and recordings/. Everything goes into a hidden
     * temporary folder first, renamed into place only when complete, so a failure never leaves a half-written export.
     */
    folder(target: string) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(target);
      } catch {
        throw new AppError('NOT_FOUND', `There is no folder at ${target}. Choose an existing folder.`, [
          { path: 'path', message: 'Not found.' },
        ]);
      }
      if (!stat.isDirectory())
        throw new AppError('VALIDATION', `${target} is a file, not a folder.`, [{ path: 'path', message: 'Not a folder.' }]);

      const at = deps.now();
      const temp = path.join(target, `.${folderName(at)}-${crypto.randomBytes(4).toString('hex')}.partial`);
      try {
        fs.mkdirSync(temp);
      } catch (err) {
        throw writeFailure(target, err);
      }
      try {
        const jsonFile = path.join(temp, EXPORT_JSON_NAME);
        const fd = fs.openSync(jsonFile, 'wx');
        let bytes = 0;
        let summary;
        try {
          summary = writeExport(deps.db, deps.recordingsDir, { ...meta(), exportedAt: at.toISOString() }, (chunk) => {
            bytes += fs.writeSync(fd, chunk);
          });
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        const present = summary.recordings.filter((r) => r.sha256 !== null);
        fs.mkdirSync(path.join(temp, 'recordings'));
        for (const r of present) fs.copyFileSync(r.path, path.join(temp, 'recordings', r.fileName), fs.constants.COPYFILE_EXCL);
        let final = path.join(target, folderName(at));
        for (let n = 2; fs.existsSync(final); n++) final = path.join(target, `${folderName(at)}-${n}`);
        fs.renameSync(temp, final);
        return {
          folder: final,
          jsonFile: path.join(final, EXPORT_JSON_NAME),
          bytes,
          rows: summary.rows,
          filesCopied: present.length,
          filesMissing: summary.recordings.length - present.length,
        };
      } catch (err) {
        fs.rmSync(temp, { recursive: true, force: true });
        throw err instanceof AppError ? err : writeFailure(target, err);
      }
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
