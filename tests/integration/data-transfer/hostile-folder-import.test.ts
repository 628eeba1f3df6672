// A folder export is a folder someone else may have made: links, huge files and names Windows cannot create are
// refused with one precise line each, and nothing is written.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageAudio } from '../../../electron/main/data-transfer/import-audio';
import { EXPORT_JSON_NAME } from '../../../electron/shared/data-transfer-export-schemas';
import { MAX_RECORDING_BYTES } from '../../../electron/shared/practice-contract';
import { useTempDirs } from '../../helpers/temp-dir';
import { type Opened, useCores } from '../support/cores';
import { checksum, counts } from '../support/export-dump';
import { call, fail } from '../support/routes';
import { journal, practisedInterview } from '../support/writes';

type LooseExport = {
  data: { recordings: Record<string, unknown>[] };
  recordings: { id: number; fileName: string; sizeBytes: number; sha256: string | null }[];
};

/** A source with one recording exported as a folder, and a target that already holds an interview. */
async function setup(open: ReturnType<typeof useCores>, out: string) {
  const source = await open();
  await practisedInterview(source.core, { keyPoint: null, closing: null });
  const { folder } = await call(source.core, 'data:exportFolder', { path: out });
  const target = await open();
  await journal(target.core, { company: 'Already here' });
  const jsonFile = path.join(folder, EXPORT_JSON_NAME);
  const [audio] = fs.readdirSync(path.join(folder, 'recordings'));
  return { target, folder, jsonFile, audio, audioFile: path.join(folder, 'recordings', audio) };
}

/** Rewrites the export's JSON the way a hand (or a hostile tool) would. */
function editExport(file: string, change: (f: LooseExport) => void): void {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as LooseExport;
  change(parsed);
  fs.writeFileSync(file, JSON.stringify(parsed));
}

/** Everything a write would change: rows, a checksum of every row and recording file, the data folder's files. */
function state(t: Opened) {
  const recordings = path.join(t.dir, 'recordings');
  return {
    counts: counts(t.db),
    checksum: checksum(t.db, t.dir),
    files: fs.readdirSync(t.dir).sort(),
    recordings: fs.existsSync(recordings) ? fs.readdirSync(recordings).sort() : null,
  };
}

/** The preview lists exactly these lines for recording 1, the import refuses with them, and nothing changed. */
async function refusedWith(t: Opened, folder: string, messages: string[]) {
  const before = state(t);
  const preview = await call(t.core, 'data:previewImportFolder', { path: folder });
  expect(preview.canImport).toBe(false);
  expect(preview.problems).toEqual(
    messages.map((message) => ({ table: 'recordings', index: 0, id: 1, column: 'file_name', message })),
  );
  const error = await fail(t.core, 'data:importFolder', { path: folder });
  expect(error.code).toBe('VALIDATION');
  expect(error.details).toEqual(messages.map((message) => ({ path: 'recordings[0].file_name', message: `1: ${message}` })));
  expect(state(t)).toEqual(before);
}

describe('a hostile folder export', () => {
  const open = useCores();
  const tempDir = useTempDirs();

  it('with a recording that is a symbolic link: refused, not followed, even when the target has the right bytes', async () => {
    const { target, folder, audio, audioFile } = await setup(open, tempDir());
    // The link points at a copy of the real bytes, so only the refusal of links stops it.
    const elsewhere = path.join(tempDir(), 'outside.webm');
    fs.renameSync(audioFile, elsewhere);
    fs.symlinkSync(elsewhere, audioFile);
    await refusedWith(target, folder, [
      `The audio file recordings/${audio} is a symbolic link; Debrief imports only plain files from the export folder, so it was not followed.`,
    ]);
  });

  it('whose recordings folder is a symbolic link: refused, not followed', async () => {
    const { target, folder } = await setup(open, tempDir());
    const elsewhere = path.join(tempDir(), 'recordings-elsewhere');
    fs.renameSync(path.join(folder, 'recordings'), elsewhere);
    fs.symlinkSync(elsewhere, path.join(folder, 'recordings'));
    await refusedWith(target, folder, [
      "The export's recordings folder is a symbolic link; Debrief imports only files inside the export folder itself, so it was not followed.",
    ]);
  });

  it('with a recording larger than the app ever records: refused before its bytes are read', async () => {
    const { target, folder, jsonFile, audio, audioFile } = await setup(open, tempDir());
    const bytes = crypto.randomBytes(MAX_RECORDING_BYTES + 1);
    fs.writeFileSync(audioFile, bytes);
    // The export's own list agrees with the file, so the size is the only thing wrong with it.
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    editExport(jsonFile, (f) => {
      Object.assign(f.recordings[0], { sizeBytes: bytes.length, sha256 });
      Object.assign(f.data.recordings[0], { size_bytes: bytes.length, sha256 });
    });
    await refusedWith(target, folder, [
      `The audio file recordings/${audio} is 50.1 MB, over the 50 MB Debrief allows for one recording, so it was not imported.`,
    ]);
  });

  it('with a recording exactly at the limit: accepted and copied byte for byte', async () => {
    const { target, folder, jsonFile, audioFile } = await setup(open, tempDir());
    const bytes = crypto.randomBytes(MAX_RECORDING_BYTES);
    fs.writeFileSync(audioFile, bytes);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    editExport(jsonFile, (f) => {
      Object.assign(f.recordings[0], { sizeBytes: bytes.length, sha256 });
      Object.assign(f.data.recordings[0], { size_bytes: bytes.length, sha256 });
    });
    const result = await call(target.core, 'data:importFolder', { path: folder });
    expect(result.filesCopied).toBe(1);
    const copied = path.join(target.dir, 'recordings', path.basename(audioFile));
    expect(crypto.createHash('sha256').update(fs.readFileSync(copied)).digest('hex')).toBe(sha256);
    expect(fs.readdirSync(path.join(target.dir, 'recordings'))).toEqual([path.basename(audioFile)]);
  });

  it.each([
    ['CON', 'CON'],
    ['nul.webm', 'NUL'],
    ['aux', 'AUX'],
    ['COM1.ogg', 'COM1'],
    ['Lpt9.tar.gz', 'LPT9'],
    ['prn.', 'PRN'],
  ])('with a recording named %s (a Windows device name): refused on every system', async (name, device) => {
    const { target, folder, jsonFile, audioFile } = await setup(open, tempDir());
    fs.renameSync(audioFile, path.join(folder, 'recordings', name));
    editExport(jsonFile, (f) => {
      f.recordings[0].fileName = name;
      f.data.recordings[0].file_name = name;
    });
    await refusedWith(target, folder, [
      `The file name ${name} is one Windows keeps for a device (${device}), so it could not be kept there; Debrief refuses such names on every system.`,
    ]);
  });

  it('accepts ordinary names that only start like a device name', async () => {
    const { target, folder, jsonFile, audioFile } = await setup(open, tempDir());
    const name = 'console-answer.webm';
    fs.renameSync(audioFile, path.join(folder, 'recordings', name));
    editExport(jsonFile, (f) => {
      f.recordings[0].fileName = name;
      f.data.recordings[0].file_name = name;
    });
    expect((await call(target.core, 'data:importFolder', { path: folder })).filesCopied).toBe(1);
    expect(fs.readdirSync(path.join(target.dir, 'recordings'))).toEqual([name]);
  });
});

describe('staging a checked recording', () => {
  const tempDir = useTempDirs();

  /** Writes `written` to dir/name; the checksum is of `checked`, what the check saw (the same bytes unless they changed). */
  function writeChecked(dir: string, name: string, written: string, checked = written) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, written);
    return { file, sha256: crypto.createHash('sha256').update(checked).digest('hex') };
  }

  it('refuses a file swapped for a link after the check, and leaves nothing in the recordings folder', () => {
    const dir = tempDir();
    const { file: real, sha256 } = writeChecked(dir, 'real.webm', 'audio bytes');
    const link = path.join(dir, 'swapped.webm');
    fs.symlinkSync(real, link);
    const recordings = path.join(dir, 'recordings');
    expect(() => stageAudio([{ from: link, to: path.join(recordings, 'swapped.webm'), sha256 }], recordings)).toThrow(
      /changed while it was being imported, so nothing was imported/,
    );
    expect(fs.readdirSync(recordings)).toEqual([]);
  });

  it('refuses bytes that changed after the check, and leaves nothing in the recordings folder', () => {
    const dir = tempDir();
    const { file, sha256 } = writeChecked(dir, 'a.webm', 'changed after the check', 'what was checked');
    const recordings = path.join(dir, 'recordings');
    expect(() => stageAudio([{ from: file, to: path.join(recordings, 'a.webm'), sha256 }], recordings)).toThrow(/changed/);
    expect(fs.readdirSync(recordings)).toEqual([]);
  });
});
