import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { latestSchemaVersion } from '../../../electron/main/db/migrations';
import { EXPORT_JSON_NAME } from '../../../electron/shared/data-transfer-export-schemas';
import { useTempDirs } from '../../helpers/temp-dir';
import { type Opened, useCores } from '../support/cores';
import { checksum, counts } from '../support/export-dump';
import { record } from '../support/recordings';
import { call, fail } from '../support/routes';
import { journal, practisedInterview } from '../support/writes';

/** A source with a recording, exported as JSON and as a folder; and a target that already holds some data. */
async function setup(open: ReturnType<typeof useCores>, out: string) {
  const source = await open();
  await practisedInterview(source.core);
  const { content } = await call(source.core, 'data:exportJson', {});
  const folder = await call(source.core, 'data:exportFolder', { path: out });
  const target = await open();
  await journal(target.core, { company: 'Already here', ratings: { confidence: 3 } });
  return { source, target, content, folder };
}

/** Everything that shows a write: counts, a checksum of every row and recording file, and the data folder's files. */
function state(t: Opened) {
  return { counts: counts(t.db), checksum: checksum(t.db, t.dir), files: fs.readdirSync(t.dir).sort() };
}

/** Imports must fail with exactly this error and change nothing; the preview must fail the same way. */
async function refused(core: Core, t: Opened, content: string, expected: { code: string; message: string }) {
  const before = state(t);
  const error = await fail(core, 'data:import', { content });
  expect(error).toMatchObject(expected);
  expect(await fail(core, 'data:previewImport', { content })).toMatchObject(expected);
  expect(state(t)).toEqual(before);
  return error;
}

/** An export file as loose JSON, for editing one value the way a person with a text editor would. */
type LooseFile = { version: number; schemaVersion: number; data: Record<string, Record<string, unknown>[]> };

const edit = (content: string, change: (file: LooseFile) => void) => {
  const file = JSON.parse(content) as LooseFile;
  change(file);
  return JSON.stringify(file);
};

describe('importing a bad file writes nothing and says exactly what is wrong', () => {
  const open = useCores();
  const tempDir = useTempDirs();

  it('a truncated file', async () => {
    const { target, content } = await setup(open, tempDir());
    const error = await refused(target.core, target, content.slice(0, Math.floor(content.length * 0.6)), {
      code: 'VALIDATION',
      message: expect.stringMatching(
        /^This file is not complete JSON, so nothing was imported\. It may have been cut short while saving or copying, or edited by hand \(.+\)\.$/,
      ),
    });
    expect(error.details?.[0].path).toBe('file');
  });

  it('a foreign JSON file', async () => {
    const { target } = await setup(open, tempDir());
    await refused(target.core, target, JSON.stringify({ notes: [{ id: 1, text: 'hello' }] }), {
      code: 'VALIDATION',
      message: 'This is not a Debrief export, so nothing was imported. Choose a file made with "Export all data" in Debrief.',
    });
  });

  it('a newer format version, and a newer schema', async () => {
    const { target, content } = await setup(open, tempDir());
    await refused(
      target.core,
      target,
      edit(content, (f) => (f.version = 2)),
      {
        code: 'VALIDATION',
        message:
          'This file was exported by a newer version of Debrief (export format 2; this version reads format 1). Nothing was imported. Update Debrief, then import it again.',
      },
    );
    await refused(
      target.core,
      target,
      edit(content, (f) => (f.schemaVersion = 99)),
      {
        code: 'VALIDATION',
        message: `This file was exported by a newer version of Debrief (database schema 99; this version knows up to ${latestSchemaVersion}). Nothing was imported. Update Debrief, then import it again.`,
      },
    );
  });

  it('a hand-edited value: the preview lists it, the import refuses it', async () => {
    const { target, content } = await setup(open, tempDir());
    const edited = edit(content, (f) => {
      const closing = f.data.reflections.find((r) => r.area === 'closing')!;
      closing.rating = 9;
    });
    const before = state(target);
    const preview = await call(target.core, 'data:previewImport', { content: edited });
    expect(preview.canImport).toBe(false);
    const index = JSON.parse(content).data.reflections.findIndex((r: { area: string }) => r.area === 'closing');
    const id = JSON.parse(content).data.reflections[index].id;
    expect(preview.problems).toEqual([
      { table: 'reflections', index, id, column: 'rating', message: 'Too big: expected number to be <=5' },
    ]);
    expect(preview.tables.find((t) => t.table === 'reflections')!.invalid).toBe(1);
    const error = await fail(target.core, 'data:import', { content: edited });
    expect(error).toEqual({
      code: 'VALIDATION',
      message: 'One problem in the file, so nothing was imported. The preview lists it.',
      details: [{ path: `reflections[${index}].rating`, message: `${id}: ${preview.problems[0].message}` }],
    });
    expect(state(target)).toEqual(before);
  });

  it('duplicate ids', async () => {
    const { target, content } = await setup(open, tempDir());
    const edited = edit(content, (f) => f.data.interviews.push({ ...f.data.interviews[0], company: 'Twin' }));
    const before = state(target);
    const preview = await call(target.core, 'data:previewImport', { content: edited });
    const last = JSON.parse(edited).data.interviews.length - 1;
    expect(preview.problems).toEqual([
      {
        table: 'interviews',
        index: last,
        id: 1,
        column: 'id',
        message: `The key 1 is used twice in interviews (rows 0 and ${last}).`,
      },
    ]);
    expect((await fail(target.core, 'data:import', { content: edited })).code).toBe('VALIDATION');
    expect(state(target)).toEqual(before);
  });

  it('a reference to a row the file does not hold', async () => {
    const { target, content } = await setup(open, tempDir());
    const edited = edit(content, (f) => (f.data.key_points[0].interview_question_id = 999));
    const preview = await call(target.core, 'data:previewImport', { content: edited });
    expect(preview.problems).toEqual([
      {
        table: 'key_points',
        index: 0,
        id: expect.any(Number),
        column: 'interview_question_id',
        message: 'Refers to asked question 999, which is not in the file (or is not valid).',
      },
    ]);
    const before = state(target);
    expect((await fail(target.core, 'data:import', { content: edited })).message).toBe(
      'One problem in the file, so nothing was imported. The preview lists it.',
    );
    expect(state(target)).toEqual(before);
  });

  it('a folder export whose recording file is missing', async () => {
    const { target, folder } = await setup(open, tempDir());
    const [audio] = fs.readdirSync(path.join(folder.folder, 'recordings'));
    fs.rmSync(path.join(folder.folder, 'recordings', audio));
    const before = state(target);
    const preview = await call(target.core, 'data:previewImportFolder', { path: folder.folder });
    expect(preview.problems).toEqual([
      {
        table: 'recordings',
        index: 0,
        id: 1,
        column: 'file_name',
        message: `The audio file recordings/${audio} is missing from the export folder.`,
      },
    ]);
    expect((await fail(target.core, 'data:importFolder', { path: folder.folder })).details).toEqual([
      { path: 'recordings[0].file_name', message: `1: The audio file recordings/${audio} is missing from the export folder.` },
    ]);
    expect(state(target)).toEqual(before);
  });

  it('a folder export whose recording does not match its checksum', async () => {
    const { target, folder } = await setup(open, tempDir());
    const [audio] = fs.readdirSync(path.join(folder.folder, 'recordings'));
    const file = path.join(folder.folder, 'recordings', audio);
    const bytes = fs.readFileSync(file);
    bytes[10] ^= 0xff;
    fs.writeFileSync(file, bytes);
    const before = state(target);
    const preview = await call(target.core, 'data:previewImportFolder', { path: folder.folder });
    expect(preview.problems.map((p) => p.message)).toEqual([
      `The audio file recordings/${audio} does not match its checksum: it was damaged or changed after the export.`,
    ]);
    expect((await fail(target.core, 'data:importFolder', { path: folder.folder })).code).toBe('VALIDATION');
    expect(state(target)).toEqual(before);
    expect(fs.existsSync(path.join(target.dir, 'recordings'))).toBe(false);
  });

  it('a folder that is not an export, or not there', async () => {
    const { target } = await setup(open, tempDir());
    const empty = tempDir();
    expect(await fail(target.core, 'data:previewImportFolder', { path: empty })).toMatchObject({
      code: 'NOT_FOUND',
      message: `${empty} has no ${EXPORT_JSON_NAME}. Choose the folder a Debrief folder export made.`,
    });
    expect((await fail(target.core, 'data:importFolder', { path: path.join(empty, 'nope') })).code).toBe('NOT_FOUND');
    expect((await fail(target.core, 'data:importFolder', { path: 'relative/path' })).code).toBe('VALIDATION');
  });

  it('a very large problem list is cut to 500 and counted', async () => {
    const { target, content } = await setup(open, tempDir());
    const edited = edit(content, (f) => {
      f.data.interview_tags = Array.from({ length: 700 }, (_, i) => ({ interview_id: 1, tag: `t${i}`, extra: true }));
    });
    const preview = await call(target.core, 'data:previewImport', { content: edited });
    expect(preview.problems).toHaveLength(500);
    expect(preview.problemsNotListed).toBe(200);
    expect(preview.tables.find((t) => t.table === 'interview_tags')!.invalid).toBe(700);
  });
});

describe('exporting to a folder that cannot be written', () => {
  const open = useCores();
  const tempDir = useTempDirs();

  it('says so clearly and leaves nothing behind', async () => {
    const { core } = await open();
    await journal(core, { company: 'Acme' });
    const asRoot = process.getuid?.() === 0;
    // Root ignores permission bits, so there the test writes into /sys, which refuses every new folder.
    const locked = asRoot ? '/sys' : tempDir();
    if (!asRoot) fs.chmodSync(locked, 0o555);
    const before = fs.readdirSync(locked);
    const error = await fail(core, 'data:exportFolder', { path: locked });
    expect(error).toEqual({
      code: 'STORAGE',
      message: `The export could not be written to ${locked}: Debrief is not allowed to write there. Nothing was left behind; choose another folder.`,
      details: [{ path: 'path', message: 'Debrief is not allowed to write there' }],
    });
    expect(fs.readdirSync(locked)).toEqual(before);
  });

  it('removes its temporary folder when it fails halfway', async () => {
    const t = await open();
    await journal(t.core, { company: 'Acme' });
    const id = await record(t.core);
    // A socket where the audio file should be: it cannot be read, so the export fails after it began writing.
    const name = t.db.prepare('SELECT file_name FROM recordings WHERE id = ?').pluck().get(id) as string;
    const file = path.join(t.dir, 'recordings', name);
    fs.rmSync(file);
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(file, resolve));
    try {
      const out = tempDir();
      const error = await fail(t.core, 'data:exportFolder', { path: out });
      expect(error.code).toBe('STORAGE');
      expect(error.message).toBe(
        `The export could not be written to ${out}: the system reported ENXIO. Nothing was left behind; choose another folder.`,
      );
      expect(fs.readdirSync(out)).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a path that is a file or does not exist', async () => {
    const { core } = await open();
    const dir = tempDir();
    const file = path.join(dir, 'file.txt');
    fs.writeFileSync(file, 'x');
    expect(await fail(core, 'data:exportFolder', { path: file })).toMatchObject({
      code: 'VALIDATION',
      message: `${file} is a file, not a folder.`,
    });
    expect(await fail(core, 'data:exportFolder', { path: path.join(dir, 'missing') })).toMatchObject({ code: 'NOT_FOUND' });
    expect(fs.readdirSync(dir)).toEqual(['file.txt']);
  });
});
