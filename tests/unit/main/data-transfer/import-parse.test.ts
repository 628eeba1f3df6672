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

type ExportFile = ReturnType<typeof validExport>;

/** One listed problem, in the order the check writes its fields. */
const problem = (table: string, index: number | null, id: number | null, column: string | null, message: string) => ({
  table,
  index,
  id,
  column,
  message,
});

/** A problem named by where it is, whatever its words. */
const at = (table: string, fields: Record<string, unknown> = {}) => expect.objectContaining({ table, ...fields });

/** A hand edit of a valid export, and problems the check must list for it (among others it may list). */
interface RowCase {
  name: string;
  edit(file: ExportFile): void;
  listed: unknown[];
}

const ROW_CASES: RowCase[] = [
  {
    name: 'reports a hand-edited value with its table, row, id and column',
    edit: (file) => {
      file.data.reflections[0].rating = 7;
      file.data.interviews[0].held_at = '2026-02-30';
    },
    listed: [
      problem('interviews', 0, 1, 'held_at', 'Must be a date as YYYY-MM-DD, with an optional time HH:MM.'),
      at('reflections', { index: 0, id: 1, column: 'rating' }),
    ],
  },
  {
    name: 'refuses unknown columns and unknown tables',
    edit: (file) => {
      file.data.interviews[0].secret = 'x';
      file.data.passwords = [{ id: 1 }];
    },
    listed: [
      at('interviews', { index: 0, id: 1 }),
      problem('passwords', null, null, null, 'Debrief has no table called "passwords"; the file may have been edited.'),
    ],
  },
  {
    name: 'reports duplicate ids with both rows',
    edit: (file) => file.data.interviews.push({ ...file.data.interviews[0], company: 'Copy' }),
    listed: [problem('interviews', 1, 1, 'id', 'The key 1 is used twice in interviews (rows 0 and 1).')],
  },
  {
    name: 'reports two questions with the same text, as the database would',
    edit: (file) => file.data.questions.push({ ...file.data.questions[0], id: 2, text: 'TELL ME ABOUT YOURSELF' }),
    listed: [problem('questions', 1, 2, 'text', 'The same text is used by two questions (rows 0 and 1).')],
  },
  {
    name: 'reports references to rows that are not in the file, and what hangs off them',
    edit: (file) => (file.data.interview_questions[0].question_id = 99),
    listed: [
      problem('interview_questions', 0, 1, 'question_id', 'Refers to question 99, which is not in the file (or is not valid).'),
      at('key_points', { column: 'interview_question_id' }),
    ],
  },
  {
    name: 'checks the questions a practice session planned',
    edit: (file) => (file.data.practice_sessions[0].question_ids = '[{"questionId":42,"reason":"Due"}]'),
    listed: [problem('practice_sessions', 0, 1, 'question_ids', 'Plans question 42, which is not in the file.')],
  },
  {
    name: 'holds the recordings list and the recordings table to each other',
    edit: (file) => {
      file.recordings.push({ id: 2, fileName: 'other.webm', sizeBytes: 1, sha256: null });
      file.recordings[0].fileName = 'renamed.webm';
    },
    listed: [
      problem('recordings-manifest', 1, 2, null, 'Recording 2 is listed but has no row in the recordings table.'),
      problem('recordings', 0, 1, 'file_name', 'The file name differs from the recordings list ("renamed.webm").'),
    ],
  },
];

describe('parseExport and checkIntegrity: rows', () => {
  it.each(ROW_CASES)('$name', ({ edit, listed }) => {
    const file = validExport();
    edit(file);
    const { problems } = parse(file);
    for (const p of listed) expect(problems.listed).toContainEqual(p);
  });

  it('counts a row with a hand-edited value as invalid', () => {
    const file = validExport();
    file.data.interviews[0].held_at = '2026-02-30';
    expect(parse(file).problems.invalidRows('interviews')).toBe(1);
  });

  it('refuses a recording file name that could reach outside the recordings folder', () => {
    const file = validExport();
    file.data.recordings[0].file_name = '../../debrief.db';
    file.recordings[0].fileName = '../../debrief.db';
    const { problems } = parse(file);
    const message = 'Must be a plain file name (letters, digits, dot, dash, underscore), with no folder in it.';
    expect(problems.listed).toEqual([
      problem('recordings', 0, 1, 'file_name', message),
      problem('recordings-manifest', 0, null, 'fileName', message),
    ]);
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
