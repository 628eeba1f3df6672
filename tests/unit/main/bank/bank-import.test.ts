import { describe, expect, it } from 'vitest';
import { ImportFileError, MAX_IMPORT_ROWS, parseImport } from '../../../../electron/main/bank/bank-import';

function fileError(format: 'csv' | 'json', content: string): string {
  try {
    parseImport(format, content);
  } catch (err) {
    expect(err).toBeInstanceOf(ImportFileError);
    return (err as Error).message;
  }
  return expect.fail(`parseImport accepted ${JSON.stringify(content).slice(0, 80)}`);
}

describe('parseImport (CSV)', () => {
  it('numbers rows as a person counts them: the header is row 1', () => {
    const rows = parseImport('csv', 'text,category\nFirst question?,behavioural\nSecond question?,technical\n');
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(rows[0]).toEqual({
      row: 2,
      text: 'First question?',
      category: 'behavioural',
      errors: [],
      question: { text: 'First question?', category: 'behavioural', hints: [], tags: [] },
    });
  });

  it('keeps the numbering across blank and whitespace-only lines, which are skipped', () => {
    const rows = parseImport('csv', 'text,category\n\nFirst question?,behavioural\n   \n\nSecond question?,technical\n\n');
    expect(rows.map((r) => [r.row, r.text])).toEqual([
      [3, 'First question?'],
      [6, 'Second question?'],
    ]);
  });

  it('counts a record with a line break inside quotes as one row', () => {
    const rows = parseImport('csv', 'text,category\n"Two\nlines?",closing\nNext one?,nope\n');
    expect(rows.map((r) => [r.row, r.text, r.errors.length])).toEqual([
      [2, 'Two\nlines?', 0],
      [3, 'Next one?', 1],
    ]);
  });

  it('strips a byte order mark and matches header names in any case and spacing', () => {
    const rows = parseImport('csv', '\uFEFF TEXT ,Category, Hints \nWith BOM?,closing,a|b\n');
    expect(rows[0].question).toEqual({ text: 'With BOM?', category: 'closing', hints: ['a', 'b'], tags: [] });
  });

  it('reads quoted fields with commas, doubled quotes, and hints and tags split on | or ;', () => {
    const rows = parseImport(
      'csv',
      'text,category,hints,tags\n"Why us, and why now?",motivational,"One, with a comma| Two ;Three",a; b|c\n"Say ""hello""?",closing,,\n',
    );
    expect(rows[0].question).toEqual({
      text: 'Why us, and why now?',
      category: 'motivational',
      hints: ['One, with a comma', 'Two', 'Three'],
      tags: ['a', 'b', 'c'],
    });
    expect(rows[1].question).toEqual({ text: 'Say "hello"?', category: 'closing', hints: [], tags: [] });
  });

  it('reports each bad row with its problems, and leaves the good ones alone', () => {
    const rows = parseImport(
      'csv',
      'text,category,hints\nGood one?,technical,\nNo,technical,\nFine?,weird,\nMissing category?\nHint empty?,closing,a||b\n',
    );
    expect(rows.map((r) => [r.row, r.question === null])).toEqual([
      [2, false],
      [3, true],
      [4, true],
      [5, true],
      [6, false],
    ]);
    expect(rows[1].errors).toEqual([expect.stringMatching(/^text: Write the question/)]);
    expect(rows[2].errors).toEqual([expect.stringMatching(/^category: /)]);
    expect(rows[2].category).toBe('weird');
    expect(rows[3].errors.some((e) => e.startsWith('category'))).toBe(true);
    // Empty pieces between separators are dropped rather than refused.
    expect(rows[4].question?.hints).toEqual(['a', 'b']);
  });

  it('refuses a file without the text and category columns, an unclosed quote, and an empty file', () => {
    expect(fileError('csv', '')).toMatch(/"text" and "category"/);
    expect(fileError('csv', 'question,category\nWhy?,closing\n')).toMatch(/"text" and "category"/);
    expect(fileError('csv', 'text,type\nWhy?,closing\n')).toMatch(/"text" and "category"/);
    expect(fileError('csv', 'text,category\n')).toMatch(/no questions/);
    expect(fileError('csv', 'text,category\n\n  \n')).toMatch(/no questions/);
    expect(fileError('csv', 'text,category\nOk?,closing\n"Open quote?,closing\n')).toMatch(/unclosed quote/);
  });

  it('refuses more rows than one import may hold, and accepts exactly the maximum', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `Question number ${i}?,technical`).join('\n');
    expect(parseImport('csv', `text,category\n${body(MAX_IMPORT_ROWS)}`)).toHaveLength(MAX_IMPORT_ROWS);
    expect(fileError('csv', `text,category\n${body(MAX_IMPORT_ROWS + 1)}`)).toMatch(
      new RegExp(`${MAX_IMPORT_ROWS + 1} rows; at most ${MAX_IMPORT_ROWS}`),
    );
  });
});

describe('parseImport (JSON)', () => {
  it('reads an array or {questions: [...]}, numbering items from 1', () => {
    const items = [
      { text: 'One?', category: 'closing', hints: ['x', 'y'] },
      { text: 'Two?', category: 'technical', hints: 'a|b', tags: 'p;q' },
    ];
    for (const content of [JSON.stringify(items), JSON.stringify({ questions: items })]) {
      const rows = parseImport('json', content);
      expect(rows.map((r) => [r.row, r.question])).toEqual([
        [1, { text: 'One?', category: 'closing', hints: ['x', 'y'], tags: [] }],
        [2, { text: 'Two?', category: 'technical', hints: ['a', 'b'], tags: ['p', 'q'] }],
      ]);
    }
  });

  it('reports items that are not objects or have bad fields, and ignores fields it does not know', () => {
    const rows = parseImport(
      'json',
      JSON.stringify([
        { text: 'Fine?', category: 'closing' },
        'text',
        null,
        [1],
        { text: 5, category: 'closing' },
        { text: 'Extra?', category: 'closing', colour: 'red' },
      ]),
    );
    expect(rows.map((r) => [r.row, r.errors.length > 0])).toEqual([
      [1, false],
      [2, true],
      [3, true],
      [4, true],
      [5, true],
      [6, false],
    ]);
    expect(rows[4].text).toBe('');
  });

  it('refuses text that is not JSON, JSON of the wrong shape, and an empty list', () => {
    expect(fileError('json', '')).toMatch(/not valid JSON/);
    expect(fileError('json', 'text,category\n')).toMatch(/not valid JSON/);
    expect(fileError('json', '{"questions": 5}')).toMatch(/list of questions/);
    expect(fileError('json', 'null')).toMatch(/list of questions/);
    expect(fileError('json', '42')).toMatch(/list of questions/);
    expect(fileError('json', '[]')).toMatch(/no questions/);
    expect(fileError('json', '{"questions": []}')).toMatch(/no questions/);
  });
});
