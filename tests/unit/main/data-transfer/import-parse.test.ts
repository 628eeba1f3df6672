import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../../electron/main/data-transfer/import-integrity';
import { parseExport } from '../../../../electron/main/data-transfer/import-parse';
import { exportFileSchema } from '../../../../electron/shared/data-transfer-export-schemas';
import { AppError } from '../../../../electron/shared/errors';
import { validExport } from './export-fixture';

const KNOWN = 5;

function parse(value: unknown) {
  const parsed = parseExport(typeof value === 'string' ? value : JSON.stringify(value), KNOWN);
  checkIntegrity(parsed, parsed.problems);
  return parsed;
}

function fileError(value: unknown): AppError {
  try {
    parse(value);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

describe('parseExport: the file as a whole', () => {
  it('accepts a valid export with no problems, and the one-schema description agrees', () => {
    const parsed = parse(validExport());
    expect(parsed.problems.count).toBe(0);
    expect(parsed.info).toEqual({
      format: 'debrief-export',
      version: 1,
      exportedAt: '2026-03-01T10:00:00.000Z',
      appVersion: '0.1.0',
      schemaVersion: 5,
    });
    expect(parsed.tables.interviews).toHaveLength(1);
    expect(exportFileSchema.safeParse(validExport()).success).toBe(true);
  });

  it('refuses a truncated file as incomplete JSON', () => {
    const text = JSON.stringify(validExport());
    const err = fileError(text.slice(0, text.length / 2));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/^This file is not complete JSON, so nothing was imported\. It may have been cut short/);
    expect(err.details?.[0].path).toBe('file');
  });

  it('refuses a foreign JSON file', () => {
    for (const foreign of [{ hello: 'world' }, [1, 2], '"text"', 'null', { format: 'other-app' }]) {
      expect(fileError(foreign).message).toBe(
        'This is not a Debrief export, so nothing was imported. Choose a file made with "Export all data" in Debrief.',
      );
    }
  });

  it('refuses a newer export format with the version numbers', () => {
    const err = fileError({ ...validExport(), version: 2 });
    expect(err.message).toBe(
      'This file was exported by a newer version of Debrief (export format 2; this version reads format 1). Nothing was imported. Update Debrief, then import it again.',
    );
    expect(err.details).toEqual([{ path: 'version', message: 'Format 2 is newer than 1.' }]);
  });

  it('refuses a file from a newer database schema', () => {
    const err = fileError({ ...validExport(), schemaVersion: 6 });
    expect(err.message).toBe(
      'This file was exported by a newer version of Debrief (database schema 6; this version knows up to 5). Nothing was imported. Update Debrief, then import it again.',
    );
  });

  it('refuses a damaged outer structure with the fields at fault', () => {
    const { data: _data, ...noData } = validExport();
    const err = fileError(noData);
    expect(err.message).toMatch(/outer structure is not what Debrief writes/);
    expect(err.details?.map((d) => d.path)).toContain('data');
    expect(fileError({ ...validExport(), extra: 1 }).details?.[0].message).toMatch(/extra/);
    expect(fileError({ ...validExport(), version: 0 }).details?.[0].path).toBe('version');
  });

  it('lets an older file leave out tables its schema did not have, but not a table it had', () => {
    expect(parse(validExport(4)).problems.count).toBe(0);
    const cut = validExport();
    delete cut.data.reflections;
    const parsed = parse(cut);
    expect(parsed.problems.listed).toEqual([
      {
        table: 'reflections',
        index: null,
        id: null,
        column: null,
        message: 'The file has no reflections list, though every export of schema 5 has one. It may have been cut or edited.',
      },
    ]);
  });
});

describe('parseExport and checkIntegrity: rows', () => {
  it('reports a hand-edited value with its table, row, id and column', () => {
    const file = validExport();
    file.data.reflections[0].rating = 7;
    file.data.interviews[0].held_at = '2026-02-30';
    const { problems } = parse(file);
    expect(problems.listed).toContainEqual({
      table: 'interviews',
      index: 0,
      id: 1,
      column: 'held_at',
      message: 'Must be a date as YYYY-MM-DD, with an optional time HH:MM.',
    });
    expect(problems.listed).toContainEqual(expect.objectContaining({ table: 'reflections', index: 0, id: 1, column: 'rating' }));
    expect(problems.invalidRows('interviews')).toBe(1);
  });

  it('refuses unknown columns and unknown tables', () => {
    const file = validExport();
    file.data.interviews[0].secret = 'x';
    file.data.passwords = [{ id: 1 }];
    const { problems } = parse(file);
    expect(problems.listed).toContainEqual(expect.objectContaining({ table: 'interviews', index: 0, id: 1 }));
    expect(problems.listed).toContainEqual({
      table: 'passwords',
      index: null,
      id: null,
      column: null,
      message: 'Debrief has no table called "passwords"; the file may have been edited.',
    });
  });

  it('refuses a recording file name that could reach outside the recordings folder', () => {
    const file = validExport();
    file.data.recordings[0].file_name = '../../debrief.db';
    file.recordings[0].fileName = '../../debrief.db';
    const { problems } = parse(file);
    const message = 'Must be a plain file name (letters, digits, dot, dash, underscore), with no folder in it.';
    expect(problems.listed).toEqual([
      { table: 'recordings', index: 0, id: 1, column: 'file_name', message },
      { table: 'recordings-manifest', index: 0, id: null, column: 'fileName', message },
    ]);
  });

  it('reports duplicate ids with both rows', () => {
    const file = validExport();
    file.data.interviews.push({ ...file.data.interviews[0], company: 'Copy' });
    const { problems } = parse(file);
    expect(problems.listed).toContainEqual({
      table: 'interviews',
      index: 1,
      id: 1,
      column: 'id',
      message: 'The key 1 is used twice in interviews (rows 0 and 1).',
    });
  });

  it('reports two questions with the same text, as the database would', () => {
    const file = validExport();
    file.data.questions.push({ ...file.data.questions[0], id: 2, text: 'TELL ME ABOUT YOURSELF' });
    const { problems } = parse(file);
    expect(problems.listed).toContainEqual({
      table: 'questions',
      index: 1,
      id: 2,
      column: 'text',
      message: 'The same text is used by two questions (rows 0 and 1).',
    });
  });

  it('reports references to rows that are not in the file, and what hangs off them', () => {
    const file = validExport();
    file.data.interview_questions[0].question_id = 99;
    const { problems } = parse(file);
    expect(problems.listed).toContainEqual({
      table: 'interview_questions',
      index: 0,
      id: 1,
      column: 'question_id',
      message: 'Refers to question 99, which is not in the file (or is not valid).',
    });
    expect(problems.listed).toContainEqual(expect.objectContaining({ table: 'key_points', column: 'interview_question_id' }));
  });

  it('checks the questions a practice session planned', () => {
    const file = validExport();
    file.data.practice_sessions[0].question_ids = '[{"questionId":42,"reason":"Due"}]';
    const { problems } = parse(file);
    expect(problems.listed).toContainEqual({
      table: 'practice_sessions',
      index: 0,
      id: 1,
      column: 'question_ids',
      message: 'Plans question 42, which is not in the file.',
    });
  });

  it('holds the recordings list and the recordings table to each other', () => {
    const file = validExport();
    file.recordings.push({ id: 2, fileName: 'other.webm', sizeBytes: 1, sha256: null });
    file.recordings[0].fileName = 'renamed.webm';
    const { problems } = parse(file);
    expect(problems.listed).toContainEqual({
      table: 'recordings-manifest',
      index: 1,
      id: 2,
      column: null,
      message: 'Recording 2 is listed but has no row in the recordings table.',
    });
    expect(problems.listed).toContainEqual({
      table: 'recordings',
      index: 0,
      id: 1,
      column: 'file_name',
      message: 'The file name differs from the recordings list ("renamed.webm").',
    });
  });

  it('lists at most 500 problems and counts the rest', () => {
    const file = validExport();
    file.data.key_points = Array.from({ length: 600 }, (_, i) => ({
      id: i + 1,
      interview_question_id: 1,
      position: i,
      text: 'x',
      missed: 2,
    }));
    const { problems } = parse(file);
    expect(problems.listed).toHaveLength(500);
    expect(problems.notListed).toBe(100);
    expect(problems.invalidRows('key_points')).toBe(600);
  });
});
