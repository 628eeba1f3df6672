import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RecordingManifestEntry } from '../../shared/data-transfer-export-schemas';
import { AppError } from '../../shared/errors';
import { MAX_RECORDING_BYTES } from '../../shared/practice-contract';
import { importPartialPath } from '../db/temporary-files';
import { hashFile } from './file-hash';
import type { ImportPlan } from './import-planner';
import type { ProblemList } from './import-problems';
import { windowsDeviceName } from './windows-names';

/** One audio file to bring in from a folder export, with the checksum its bytes must have. */
export interface AudioCopy {
  from: string;
  to: string;
  sha256: string;
}

const MB = 1024 * 1024;
// Rounded up, so a file a byte over the limit never reads as "50.0 MB, over the 50 MB".
const megabytes = (bytes: number) => `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;

// Where the platform has it, opening refuses a symbolic link instead of following it (Windows has no such flag).
const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** What is wrong with an export's recordings folder itself, or null; checked once per import. */
function recordingsFolderProblem(exportDir: string): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(path.join(exportDir, 'recordings'));
  } catch {
    return null;
  }
  if (stat.isSymbolicLink()) {
    return "The export's recordings folder is a symbolic link; Debrief imports only files inside the export folder itself, so it was not followed.";
  }
  return stat.isDirectory() ? null : "The export's recordings is not a folder.";
}

/** What is wrong with one listed audio file before its bytes are read, or null; links are never followed. */
function fileProblem(from: string, entry: RecordingManifestEntry): string | null {
  const shown = `recordings/${entry.fileName}`;
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(from);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return `The audio file ${shown} is missing from the export folder.`;
    throw err;
  }
  if (stat.isSymbolicLink()) {
    return `The audio file ${shown} is a symbolic link; Debrief imports only plain files from the export folder, so it was not followed.`;
  }
  if (!stat.isFile()) return `The audio file ${shown} is not a plain file.`;
  const size = Math.max(stat.size, entry.sizeBytes);
  if (size > MAX_RECORDING_BYTES) {
    return (
      `The audio file ${shown} is ${megabytes(size)}, over the ${MAX_RECORDING_BYTES / MB} MB Debrief allows for one ` +
      'recording, so it was not imported.'
    );
  }
  return null;
}

/**
 * Checks every recording a folder import would bring: a name Windows can create, and an audio file that is a plain
 * file (never a link) inside the export's recordings/ folder, no larger than the app records, with the size and
 * SHA-256 the export lists, not clashing with a different file of the same name already in the data folder.
 * Returns the copies to make; problems go to the list, one line per recording.
 */
export function checkAudio(
  plan: ImportPlan,
  manifest: Map<number, RecordingManifestEntry>,
  exportDir: string,
  recordingsDir: string,
  problems: ProblemList,
): AudioCopy[] {
  const copies: AudioCopy[] = [];
  const folderProblem = recordingsFolderProblem(exportDir);
  for (const { index, row, decision } of plan.recordings.rows) {
    if (decision.action !== 'add') continue;
    const id = Number(row.id);
    const problem = (message: string) => problems.add({ table: 'recordings', index, id, column: 'file_name', message });
    const fileName = String(row.file_name);
    const device = windowsDeviceName(fileName);
    if (device) {
      problem(
        `The file name ${fileName} is one Windows keeps for a device (${device}), so it could not be kept there; ` +
          'Debrief refuses such names on every system.',
      );
      continue;
    }
    const entry = manifest.get(id);
    // No checksum: the audio was already missing when the export was made; the row comes without it, as it was.
    if (!entry || entry.sha256 === null) continue;
    if (folderProblem) {
      problem(folderProblem);
      continue;
    }
    const from = path.join(exportDir, 'recordings', entry.fileName);
    const before = fileProblem(from, entry);
    if (before) {
      problem(before);
      continue;
    }
    const found = hashFile(from);
    if (!found) {
      problem(`The audio file recordings/${entry.fileName} is missing from the export folder.`);
      continue;
    }
    if (found.sha256 !== entry.sha256 || found.sizeBytes !== entry.sizeBytes) {
      problem(
        `The audio file recordings/${entry.fileName} does not match its checksum: it was damaged or changed after the export.`,
      );
      continue;
    }
    const to = path.join(recordingsDir, entry.fileName);
    const there = hashFile(to);
    if (there && there.sha256 !== entry.sha256) {
      problem(`A different file called ${entry.fileName} is already in your recordings folder; it was not overwritten.`);
      continue;
    }
    if (!there) copies.push({ from, to, sha256: entry.sha256 });
  }
  return copies;
}

/**
 * Copies one checked file byte for byte, refusing a link that appeared since the check and bytes that no longer
 * match the checksum: what lands in the data folder is exactly what was checked, whatever changed in between.
 */
function copyExactly(copy: AudioCopy, temp: string): void {
  const changed = () =>
    new AppError(
      'CONFLICT',
      `The audio file recordings/${path.basename(copy.from)} changed while it was being imported, so nothing was imported. Import the folder again.`,
    );
  let source: number;
  try {
    source = fs.openSync(copy.from, fs.constants.O_RDONLY | NO_FOLLOW);
  } catch {
    throw changed();
  }
  const hash = crypto.createHash('sha256');
  try {
    if (!fs.fstatSync(source).isFile()) throw changed();
    const target = fs.openSync(temp, 'wx');
    try {
      const buffer = Buffer.alloc(1 << 20);
      let total = 0;
      for (let n = fs.readSync(source, buffer); n > 0; n = fs.readSync(source, buffer)) {
        total += n;
        if (total > MAX_RECORDING_BYTES) throw changed();
        hash.update(buffer.subarray(0, n));
        fs.writeSync(target, buffer, 0, n);
      }
    } finally {
      fs.closeSync(target);
    }
  } finally {
    fs.closeSync(source);
  }
  if (hash.digest('hex') !== copy.sha256) throw changed();
}

/**
 * Moves a staged file to its name without ever replacing a file that appeared there meanwhile: a hard link fails
 * if the name is taken. Where links are not supported (some removable drives), a checked rename is the fallback.
 */
function placeWithoutReplacing(temp: string, to: string): void {
  try {
    fs.linkSync(temp, to);
    fs.rmSync(temp, { force: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST' || fs.existsSync(to)) throw err;
    fs.renameSync(temp, to);
  }
}

/** Copies files beside their final names first; `commit` renames them into place, `discard` removes every trace. */
export function stageAudio(copies: AudioCopy[], recordingsDir: string) {
  const staged: { temp: string; to: string }[] = [];
  const placed: string[] = [];
  const discard = () => {
    for (const s of staged) fs.rmSync(s.temp, { force: true });
    for (const p of placed) fs.rmSync(p, { force: true });
  };
  try {
    if (copies.length) fs.mkdirSync(recordingsDir, { recursive: true });
    for (const c of copies) {
      // Named by the module whose sweep at start removes such leftovers if the app is killed mid-import.
      const temp = importPartialPath(c.to);
      staged.push({ temp, to: c.to });
      copyExactly(c, temp);
    }
  } catch (err) {
    discard();
    throw err;
  }
  return {
    count: copies.length,
    commit() {
      for (const s of staged) {
        placeWithoutReplacing(s.temp, s.to);
        placed.push(s.to);
      }
    },
    discard,
  };
}
