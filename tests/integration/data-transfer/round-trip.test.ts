import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { EXPORT_JSON_NAME, EXPORT_TABLES, exportFileSchema } from '../../../electron/shared/data-transfer-export-schemas';
import { useTempDirs } from '../../helpers/temp-dir';
import { useCores } from '../support/cores';
import { counts, dump, withoutTimestamp } from '../support/export-dump';
import { record } from '../support/recordings';
import { call, fail } from '../support/routes';
import { journal, practise } from '../support/writes';

/** A small but complete history: journaled interviews, practice with grades and a recording, a plan, a follow-up. */
async function fill(core: Core): Promise<void> {
  const acme = await journal(core, {
    company: 'Acme',
    heldAt: '2026-03-01T09:30',
    ratings: { 'first-impressions': 2, answers: 3, closing: 1 },
    wentBadly: { closing: 'I trailed off and forgot to say why I want the job.' },
    questions: [
      {
        text: 'Tell me about a time you failed',
        howItWent: 'fumbled',
        keyPoints: [{ text: 'Own the mistake' }, { text: 'What changed after', missed: false }],
      },
      { text: 'Why do you want this role?', category: 'motivational', howItWent: 'okay' },
    ],
  });
  await call(core, 'interview:update', {
    id: acme.id,
    patch: { tags: ['remote'], interviewers: [{ name: 'Dana Smith', role: 'Lead', email: 'dana@acme.example' }] },
  });
  await journal(core, { company: 'Globex', heldAt: '2026-03-05', ratings: { 'first-impressions': 4, confidence: 2 } });
  const recording = await record(core);
  await practise(core, acme.asked[0].questionId, 'hard', recording);
  await practise(core, acme.asked[1].questionId, 'good');
  const item = await call(core, 'plan:addItem', {
    text: 'Rehearse my closing statement',
    targetOn: '2026-03-20',
    area: 'closing',
  });
  await call(core, 'plan:updateItem', { id: item.id, patch: { status: 'doing' } });
  await call(core, 'plan:saveNote', { body: 'Sleep well before interviews.' });
  await call(core, 'plan:dismissSuggestion', { key: 'practice:daily' });
  await call(core, 'settings:update', { yourName: 'Sam' });
  await call(core, 'followup:draftThankYous', { interviewId: acme.id });
  const impress = await call(core, 'followup:draftChanceToImpress', {
    interviewId: acme.id,
    form: 'work-sample',
    plan: 'A short analysis of their onboarding.',
    dueOn: '2026-03-12',
    checklist: ['Outline', 'Draft'],
  });
  await call(core, 'followup:markSent', { id: impress.id, sentOn: '2026-03-02' });
  // The story bank: a story from the fumbled question, linked to a second question; one in the trash; a job description.
  const story = await call(core, 'story:create', {
    origin: { kind: 'interview-question', interviewQuestionId: acme.asked[0].id },
    fields: { result: 'Complaints fell by 40% within a quarter.', tags: ['failure'] },
  });
  await call(core, 'story:link', { storyId: story.id, questionId: acme.asked[1].questionId });
  const trashed = await call(core, 'story:create', { fields: { title: 'An old story' } });
  await call(core, 'story:trash', { id: trashed.id });
  await call(core, 'job:save', { interviewId: acme.id, text: 'Analyst\nRequirements\n- Power BI and SQL reporting' });
  await call(core, 'job:addTerm', { interviewId: acme.id, term: 'stakeholder management' });
}

describe('export and import round trip', () => {
  const open = useCores();
  const tempDir = useTempDirs();

  it('exports everything, imports it into an empty data folder, and exports the same file again', async () => {
    const source = await open();
    await fill(source.core);
    const first = await call(source.core, 'data:exportJson', {});
    expect(exportFileSchema.safeParse(JSON.parse(first.content)).success).toBe(true);
    expect(first.rows.interviews).toBeGreaterThanOrEqual(2);
    expect(first.rows.key_points).toBe(2);
    expect(first.rows.plan_items).toBe(1);
    expect(first.rows.recordings).toBe(1);
    expect(first.rows.followups).toBe(2);
    expect(first.rows.followup_checklist_items).toBe(2);
    expect(first.rows.settings).toBe(1);
    expect(first.rows.stories).toBe(2);
    expect(first.rows.story_questions).toBe(2);
    expect(first.rows.job_descriptions).toBe(1);

    const target = await open();
    const preview = await call(target.core, 'data:previewImport', { content: first.content });
    expect(preview.canImport).toBe(true);
    expect(preview.problems).toEqual([]);
    // The shipped bank is already in every data folder: those questions are found, not added twice.
    expect(preview.tables.find((t) => t.table === 'questions')!.existing).toBeGreaterThan(100);
    expect(preview.tables.find((t) => t.table === 'interviews')!.add).toBe(first.rows.interviews);
    // A JSON file carries no audio: the recording is left out, and the preview says so.
    expect(preview.recordings).toEqual({ inFile: 1, filesToCopy: 0, notIncluded: 1 });

    // The full round trip goes through the folder export, which carries the audio.
    const out = tempDir();
    const folder = await call(source.core, 'data:exportFolder', { path: out });
    expect(folder.filesCopied).toBe(1);
    expect(fs.readdirSync(out)).toEqual([path.basename(folder.folder)]);
    expect(withoutTimestamp(fs.readFileSync(folder.jsonFile, 'utf8'))).toBe(withoutTimestamp(first.content));

    const result = await call(target.core, 'data:importFolder', { path: folder.folder });
    expect(result.filesCopied).toBe(1);
    expect(result.searchRebuilt).toBe(first.rows.interviews);
    const second = await call(target.core, 'data:exportJson', {});
    expect(withoutTimestamp(second.content)).toBe(withoutTimestamp(first.content));
    expect(dump(target.db, target.dir)).toEqual(dump(source.db, source.dir));

    // Searching the imported journal works: its index rows were rebuilt.
    const found = await call(target.core, 'interview:list', { filters: { query: 'trailed' } });
    expect(found.items.map((i) => i.company)).toEqual(['Acme']);
  });

  it('imports the same file twice without adding anything the second time', async () => {
    const source = await open();
    await fill(source.core);
    const { content } = await call(source.core, 'data:exportJson', {});
    const target = await open();
    await call(target.core, 'data:import', { content });
    const before = counts(target.db);
    const again = await call(target.core, 'data:previewImport', { content });
    expect(again.canImport).toBe(true);
    expect(again.totals.add).toBe(0);
    expect(again.tables.find((t) => t.table === 'interviews')!.existingIds.length).toBe(before.interviews);
    const result = await call(target.core, 'data:import', { content });
    expect(result.added).toBe(0);
    expect(counts(target.db)).toEqual(before);
  });

  it('carries a recording whose audio was already missing as it was: listed without a checksum, imported without a file', async () => {
    const source = await open();
    const a = await journal(source.core, { questions: [{ text: 'Tell me about a time you failed', howItWent: 'fumbled' }] });
    const id = await record(source.core);
    await practise(source.core, a.asked[0].questionId, 'good', id);
    fs.rmSync(path.join(source.dir, 'recordings', source.db.prepare('SELECT file_name FROM recordings').pluck().get() as string));
    const folder = await call(source.core, 'data:exportFolder', { path: tempDir() });
    expect(folder).toMatchObject({ filesCopied: 0, filesMissing: 1 });
    const manifest = (JSON.parse(fs.readFileSync(folder.jsonFile, 'utf8')) as { recordings: unknown[] }).recordings;
    expect(manifest).toEqual([{ id, fileName: expect.any(String), sizeBytes: 0, sha256: null }]);

    const target = await open();
    const result = await call(target.core, 'data:importFolder', { path: folder.folder });
    expect(result).toMatchObject({ filesCopied: 0 });
    expect(result.tables.find((t) => t.table === 'recordings')).toMatchObject({ add: 1 });
    expect(await fail(target.core, 'recording:get', { id })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'The recording file is missing from the data folder.',
    });
  });

  it('lists every table of the format in the file, even empty ones, in a stable order', async () => {
    const { core } = await open();
    const { content } = await call(core, 'data:exportJson', {});
    const parsed = JSON.parse(content) as {
      data: Record<string, unknown[]>;
      recordings: unknown[];
      format: string;
      version: number;
    };
    expect(Object.keys(parsed.data)).toEqual([...EXPORT_TABLES]);
    expect(parsed.format).toBe('debrief-export');
    expect(parsed.version).toBe(1);
    expect(parsed.recordings).toEqual([]);
    expect(EXPORT_JSON_NAME).toBe('debrief-export.json');
  });
});
