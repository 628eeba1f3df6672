import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RecordingManifestEntry } from '../../shared/data-export-schemas';
import { hashFile } from './file-hash';
import type { ImportPlan } from './import-planner';
import type { ProblemList } from './import-problems';

/** One audio file to bring in from a folder export. */
export interface AudioCopy {
  from: string;
  to: string;
}

/**
 * Checks every audio file a folder import would bring: present in the export's recordings/ folder, the size and
 * SHA-256 the file lists, and not clashing with a different file of the same name already in the data folder.
 * Returns the copies to make; problems go to the list.
 */
export function checkAudio(
  plan: ImportPlan,
  manifest: Map<number, RecordingManifestEntry>,
  exportDir: string,
  recordingsDir: string,
  problems: ProblemList,
): AudioCopy[] {
  const copies: AudioCopy[] = [];
  for (const { index, row, decision } of plan.recordings.rows) {
    if (decision.action !== 'add') continue;
    const entry = manifest.get(row.id as number);
    // No checksum: the audio was already missing when the export was made; the row comes without it, as it was.
    if (!entry || entry.sha256 === null) continue;
    const problem = (message: string) =>
      problems.add({ table: 'recordings', index, id: row.id as number, column: 'file_name', message });
    const from = path.join(exportDir, 'recordings', entry.fileName);
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
    if (!there) copies.push({ from, to });
  }
  return copies;
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
      const temp = `${c.to}.${crypto.randomBytes(4).toString('hex')}.import-partial`;
      fs.copyFileSync(c.from, temp, fs.constants.COPYFILE_EXCL);
      staged.push({ temp, to: c.to });
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
