import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBankRepo } from '../../../electron/main/bank/bank-repo';
import { createBankService } from '../../../electron/main/bank/bank-service';
import { shippedQuestions } from '../../../electron/main/bank/shipped-bank';
import { QUESTION_CATEGORIES } from '../../../electron/shared/journal-schemas';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { createInterview, questionIdByText } from '../support/writes';
import { counts, snapshot } from '../journal/helpers';

const open = useCores();
const shippedFile = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../resources/question-bank.json'), 'utf8'),
) as {
  version: number;
  questions: { id: string; text: string; category: string; tags: string[]; hints: string[] }[];
};

const CLEAN_CSV = [
  'Text,Category,Hints,Tags',
  '"Tell me about a time you disagreed with your manager, and what happened?",behavioural,"Pick a real disagreement|Show how you listened|Say what you learned",conflict;management',
  'How do you keep up with new tools?,motivational,Name a habit|Give a recent example,',
  '"What does ""done"" mean to you?",situational,,',
].join('\r\n');

describe('the shipped question bank', () => {
  it('ships at least 200 questions, each with a category and two to four hints, ids and texts unique', () => {
    expect(shippedFile.version).toBe(1);
    const qs = shippedFile.questions;
    expect(qs.length).toBeGreaterThanOrEqual(200);
    // Ids run qb-001, qb-002, ... in the file's order, so a new question never takes an old one's id.
    expect(qs.map((q) => q.id)).toEqual(qs.map((_, i) => `qb-${String(i + 1).padStart(3, '0')}`));
    for (const q of qs) {
      expect(q.hints.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.hints.length, q.id).toBeLessThanOrEqual(4);
      expect(
        q.hints.every((h) => h.trim().length > 0),
        q.id,
      ).toBe(true);
      expect(QUESTION_CATEGORIES as readonly string[]).toContain(q.category);
      expect(q.text.trim()).toBe(q.text);
    }
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
    expect(new Set(qs.map((q) => q.text.toLowerCase())).size).toBe(qs.length);
    // Every category has questions to practise.
    for (const c of QUESTION_CATEGORIES) expect(qs.filter((q) => q.category === c).length, c).toBeGreaterThanOrEqual(5);
    expect(shippedQuestions()).toHaveLength(qs.length);
  });

  it('is in the database after start, and starting again (syncing twice) creates no duplicates', async () => {
    const { core } = await open();
    const db = core.database.db;
    const stored = () =>
      db.prepare("SELECT id, bank_id, text, category, hints, tags FROM questions WHERE source = 'bank' ORDER BY id").all();
    const first = stored();
    expect(first).toHaveLength(shippedFile.questions.length);
    const qb1 = db.prepare("SELECT text, category, hints FROM questions WHERE bank_id = 'qb-001'").get() as {
      text: string;
      category: string;
      hints: string;
    };
    expect(qb1).toEqual({
      text: shippedFile.questions[0].text,
      category: shippedFile.questions[0].category,
      hints: JSON.stringify(shippedFile.questions[0].hints),
    });

    // A custom question and a link to a shipped one, which a second start must leave alone.
    const i = await createInterview(core);
    const asked = await call(core, 'interview-question:add', {
      interviewId: i.id,
      questionId: questionIdByText(db, shippedFile.questions[5].text),
    });
    await call(core, 'bank:add', { text: 'My very own question?', category: 'closing' });
    const dir = core.database.paths.dir;
    core.close();

    const { core: again } = await open({ dir });
    const db2 = again.database.db;
    expect(
      db2.prepare("SELECT id, bank_id, text, category, hints, tags FROM questions WHERE source = 'bank' ORDER BY id").all(),
    ).toEqual(first);
    expect(db2.prepare('SELECT count(*) FROM questions').pluck().get()).toBe(shippedFile.questions.length + 1);
    expect((await call(again, 'interview:get', { id: i.id })).questions[0]).toMatchObject({
      id: asked.id,
      questionId: asked.questionId,
    });

    // Syncing yet again in place changes nothing either.
    const service = createBankService(db2, createBankRepo(db2), () => new Date('2030-01-01T00:00:00Z'));
    const before = snapshot(db2);
    service.syncShipped(shippedQuestions());
    service.syncShipped(shippedQuestions());
    expect(snapshot(db2)).toEqual(before);
  });

  it('a reworded shipped question is updated in place, keeping its id (and so its history)', async () => {
    const { core } = await open();
    const db = core.database.db;
    const service = createBankService(db, createBankRepo(db), () => new Date());
    const list = shippedQuestions();
    const id = db.prepare('SELECT id FROM questions WHERE bank_id = ?').pluck().get(list[0].id);
    service.syncShipped([{ ...list[0], text: 'Tell us about yourself, briefly.', hints: ['One', 'Two'] }, ...list.slice(1)]);
    expect(db.prepare('SELECT id, text, hints FROM questions WHERE bank_id = ?').get(list[0].id)).toEqual({
      id,
      text: 'Tell us about yourself, briefly.',
      hints: '["One","Two"]',
    });
    expect(counts(db).questions).toBe(list.length);
  });

  it('a new version shipping a question the person already typed does not break the start, and keeps their row', async () => {
    const { core } = await open();
    const db = core.database.db;
    const i = await createInterview(core);
    const mine = await call(core, 'interview-question:add', {
      interviewId: i.id,
      text: 'What would you change about our product?',
      category: 'motivational',
    });
    const service = createBankService(db, createBankRepo(db), () => new Date());
    const next = [
      ...shippedQuestions(),
      {
        id: 'qb-999',
        text: 'What would you change about our product?',
        category: 'motivational' as const,
        tags: ['company'],
        hints: ['Be specific', 'Be kind'],
      },
    ];

    expect(() => service.syncShipped(next)).not.toThrow();
    const row = db
      .prepare("SELECT id, source, bank_id, hints FROM questions WHERE text = 'What would you change about our product?'")
      .get();
    expect(row).toEqual({ id: mine.questionId, source: 'bank', bank_id: 'qb-999', hints: '["Be specific","Be kind"]' });
    expect(db.prepare('SELECT count(*) FROM questions').pluck().get()).toBe(next.length);
    expect((await call(core, 'interview:get', { id: i.id })).questions[0]).toMatchObject({
      id: mine.id,
      questionId: mine.questionId,
      hints: ['Be specific', 'Be kind'],
    });

    // Rewording a shipped question onto the text of another question is skipped rather than failing the start.
    await call(core, 'bank:add', { text: 'A question I wrote myself?', category: 'closing' });
    const reworded = next.map((q) => (q.id === 'qb-001' ? { ...q, text: 'A question I wrote myself?' } : q));
    expect(() => service.syncShipped(reworded)).not.toThrow();
    expect(db.prepare("SELECT text FROM questions WHERE bank_id = 'qb-001'").pluck().get()).toBe(shippedFile.questions[0].text);
  });
});

describe('bank:list and bank:add', () => {
  it('lists with a total, filters by category, searches by prefix, and pages', async () => {
    const { core } = await open();
    const all = await call(core, 'bank:list', {});
    expect(all.total).toBe(shippedFile.questions.length);
    expect(all.items).toHaveLength(100);
    const technical = await call(core, 'bank:list', { category: 'technical', limit: 500 });
    expect(technical.total).toBe(shippedFile.questions.filter((q) => q.category === 'technical').length);
    expect(technical.items.every((q) => q.category === 'technical')).toBe(true);

    const found = await call(core, 'bank:list', { query: 'yourse' });
    expect(found.items.map((q) => q.text)).toContain('Tell me about yourself.');
    expect(found.total).toBe(found.items.length);
    // Hints are searched too.
    const hint = shippedFile.questions[0].hints[0].split(' ').find((w) => w.length > 6)!;
    expect((await call(core, 'bank:list', { query: hint })).items.map((q) => q.text)).toContain(shippedFile.questions[0].text);
    // Syntax in the query is harmless.
    for (const query of ['"', 'NEAR(', 'text:', '*', 'OR'])
      expect((await core.router.dispatch('bank:list', { query })).ok, query).toBe(true);

    const pages = [];
    for (let offset = 0; offset < all.total; offset += 40)
      pages.push(...(await call(core, 'bank:list', { limit: 40, offset })).items.map((q) => q.id));
    expect(new Set(pages).size).toBe(all.total);
  });

  it('adds the person’s own question, first in the list, findable, and refuses it twice', async () => {
    const { core } = await open();
    const db = core.database.db;
    const added = await call(core, 'bank:add', {
      text: '  Why Rust for this service? ',
      category: 'technical',
      hints: ['Safety', 'Speed'],
      tags: ['rust'],
    });
    expect(added).toMatchObject({
      text: 'Why Rust for this service?',
      category: 'technical',
      hints: ['Safety', 'Speed'],
      tags: ['rust'],
      source: 'custom',
    });
    expect(db.prepare('SELECT text, category, source, hints, tags, bank_id FROM questions WHERE id = ?').get(added.id)).toEqual({
      text: 'Why Rust for this service?',
      category: 'technical',
      source: 'custom',
      hints: '["Safety","Speed"]',
      tags: '["rust"]',
      bank_id: null,
    });
    expect((await call(core, 'bank:list', {})).items[0].id).toBe(added.id);
    expect((await call(core, 'bank:list', { query: 'rust' })).items.map((q) => q.id)).toEqual([added.id]);
    expect((await fail(core, 'bank:add', { text: 'WHY RUST FOR THIS SERVICE?', category: 'closing' })).code).toBe('CONFLICT');
    expect(counts(db).questions).toBe(shippedFile.questions.length + 1);
  });
});

describe('bank:previewImport and bank:import', () => {
  it('a clean CSV (quoted commas, quotes, | hints, ; tags, CRLF, any header case) previews and imports every row', async () => {
    const { core } = await open();
    const db = core.database.db;
    const before = snapshot(db);
    const preview = await call(core, 'bank:previewImport', { format: 'csv', content: CLEAN_CSV });
    expect(snapshot(db)).toEqual(before);
    expect(preview).toEqual({
      rows: [
        {
          row: 2,
          text: 'Tell me about a time you disagreed with your manager, and what happened?',
          category: 'behavioural',
          status: 'new',
          errors: [],
        },
        { row: 3, text: 'How do you keep up with new tools?', category: 'motivational', status: 'new', errors: [] },
        { row: 4, text: 'What does "done" mean to you?', category: 'situational', status: 'new', errors: [] },
      ],
      valid: 3,
      duplicates: 0,
      invalid: 0,
    });

    expect(await call(core, 'bank:import', { format: 'csv', content: CLEAN_CSV })).toEqual({ added: 3, duplicates: 0 });
    const rows = db.prepare("SELECT text, category, hints, tags FROM questions WHERE source = 'custom' ORDER BY id").all();
    expect(rows).toEqual([
      {
        text: 'Tell me about a time you disagreed with your manager, and what happened?',
        category: 'behavioural',
        hints: '["Pick a real disagreement","Show how you listened","Say what you learned"]',
        tags: '["conflict","management"]',
      },
      {
        text: 'How do you keep up with new tools?',
        category: 'motivational',
        hints: '["Name a habit","Give a recent example"]',
        tags: '[]',
      },
      { text: 'What does "done" mean to you?', category: 'situational', hints: '[]', tags: '[]' },
    ]);
    // Imported questions are searchable in the bank, first when they hold every word searched for.
    expect((await call(core, 'bank:list', { query: 'disagreed manager happened' })).items[0].text).toBe(
      'Tell me about a time you disagreed with your manager, and what happened?',
    );

    // The same file again: everything is a duplicate, nothing is added.
    const again = await call(core, 'bank:previewImport', { format: 'csv', content: CLEAN_CSV });
    expect(again.rows.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(await call(core, 'bank:import', { format: 'csv', content: CLEAN_CSV })).toEqual({ added: 0, duplicates: 3 });
    expect(counts(db).questions).toBe(shippedFile.questions.length + 3);
  });

  it('one bad row among good ones imports nothing and names its row as a person counts it (header = row 1)', async () => {
    const { core } = await open();
    const db = core.database.db;
    const csv = [
      'text,category,hints',
      'A perfectly good question?,behavioural,one|two',
      'Another good question?,technical,',
      'A bad one?,gossip,',
      'Good again?,closing,',
    ].join('\n');
    const before = snapshot(db);
    const err = await fail(core, 'bank:import', { format: 'csv', content: csv });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/nothing was imported/);
    expect(err.details).toEqual([{ path: 'row 4', message: expect.stringMatching(/^category: /) }]);
    expect(snapshot(db)).toEqual(before);

    const preview = await call(core, 'bank:previewImport', { format: 'csv', content: csv });
    expect(preview.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'invalid'],
      [5, 'new'],
    ]);
    expect(preview).toMatchObject({ valid: 3, duplicates: 0, invalid: 1 });
    expect(preview.rows[2].errors[0]).toMatch(/category/);
    expect(snapshot(db)).toEqual(before);
  });

  it('row numbers stay right after blank lines, and every bad row is reported', async () => {
    const { core } = await open();
    const db = core.database.db;
    const csv = 'text,category\nGood question here?,behavioural\n\nNo,technical\n   \nAlso good?,unknown\n';
    const before = snapshot(db);
    const err = await fail(core, 'bank:import', { format: 'csv', content: csv });
    expect(err.message).toMatch(/^2 rows have problems/);
    expect(err.details?.map((d) => d.path)).toEqual(['row 4', 'row 6']);
    expect(err.details?.[0].message).toMatch(/^text: .*at least 3/);
    expect(snapshot(db)).toEqual(before);
  });

  it('duplicates, against the bank and within the file (any case), are skipped and counted', async () => {
    const { core } = await open();
    const db = core.database.db;
    await call(core, 'bank:add', { text: 'Already mine?', category: 'closing' });
    const csv = [
      'text,category',
      'Tell me about yourself.,about-you',
      'already MINE?,closing',
      'Fresh question one?,technical',
      'FRESH QUESTION ONE?,technical',
      'Fresh question two?,situational',
    ].join('\n');
    const preview = await call(core, 'bank:previewImport', { format: 'csv', content: csv });
    expect(preview.rows.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'new', 'duplicate', 'new']);
    expect(preview).toMatchObject({ valid: 2, duplicates: 3, invalid: 0 });
    const before = counts(db).questions;
    expect(await call(core, 'bank:import', { format: 'csv', content: csv })).toEqual({ added: 2, duplicates: 3 });
    expect(counts(db).questions).toBe(before + 2);
    expect(db.prepare("SELECT count(*) FROM questions WHERE text = 'Fresh question one?' COLLATE NOCASE").pluck().get()).toBe(1);
  });

  it('JSON as an array and as {questions: [...]} both import, with hints as a list or a | string', async () => {
    const { core } = await open();
    const db = core.database.db;
    const asArray = JSON.stringify([
      { text: 'JSON question one?', category: 'technical', hints: ['a', 'b'] },
      { text: 'JSON question two?', category: 'closing', hints: 'c|d', tags: ['x'] },
    ]);
    expect(await call(core, 'bank:import', { format: 'json', content: asArray })).toEqual({ added: 2, duplicates: 0 });
    const asObject = JSON.stringify({
      questions: [
        { text: 'JSON question three?', category: 'about-you' },
        { text: 'json question one?', category: 'technical' },
      ],
    });
    const preview = await call(core, 'bank:previewImport', { format: 'json', content: asObject });
    expect(preview.rows).toEqual([
      { row: 1, text: 'JSON question three?', category: 'about-you', status: 'new', errors: [] },
      { row: 2, text: 'json question one?', category: 'technical', status: 'duplicate', errors: [] },
    ]);
    expect(await call(core, 'bank:import', { format: 'json', content: asObject })).toEqual({ added: 1, duplicates: 1 });
    expect(db.prepare("SELECT text, hints, tags FROM questions WHERE source = 'custom' ORDER BY id").all()).toEqual([
      { text: 'JSON question one?', hints: '["a","b"]', tags: '[]' },
      { text: 'JSON question two?', hints: '["c","d"]', tags: '["x"]' },
      { text: 'JSON question three?', hints: '[]', tags: '[]' },
    ]);

    // A bad JSON item (not an object, or a bad field) is reported by its position, counting from 1.
    const bad = JSON.stringify([
      { text: 'Fine question?', category: 'closing' },
      'just a string',
      { text: 'Hints wrong?', category: 'closing', hints: 5 },
    ]);
    const before = snapshot(db);
    const err = await fail(core, 'bank:import', { format: 'json', content: bad });
    expect(err.details?.map((d) => d.path)).toEqual(expect.arrayContaining(['row 2', 'row 3']));
    expect(err.details?.some((d) => d.path === 'row 1')).toBe(false);
    expect(snapshot(db)).toEqual(before);
  });

  it('files that cannot be read at all are VALIDATION errors with a clear message, and write nothing', async () => {
    const { core } = await open();
    const db = core.database.db;
    const before = snapshot(db);
    const cases: { format: 'csv' | 'json'; content: string; message: RegExp }[] = [
      { format: 'json', content: '{not json', message: /not valid JSON/ },
      { format: 'json', content: '{"items": []}', message: /list of questions/ },
      { format: 'json', content: '"a string"', message: /list of questions/ },
      { format: 'json', content: '[]', message: /no questions/ },
      { format: 'json', content: '', message: /not valid JSON/ },
      { format: 'csv', content: '', message: /header row/ },
      { format: 'csv', content: 'question,type\nWhy?,closing\n', message: /"text" and "category"/ },
      { format: 'csv', content: 'text\nOnly a text column?\n', message: /"text" and "category"/ },
      { format: 'csv', content: 'text,category\n', message: /no questions/ },
      { format: 'csv', content: 'text,category\n\n\n', message: /no questions/ },
      { format: 'csv', content: 'text,category\n"Unclosed quote?,closing\nNext?,closing\n', message: /unclosed quote/ },
    ];
    for (const c of cases) {
      for (const route of ['bank:previewImport', 'bank:import'] as const) {
        const err = await fail(core, route, { format: c.format, content: c.content });
        expect(err.code, `${route} ${JSON.stringify(c.content)}`).toBe('VALIDATION');
        expect(err.message, JSON.stringify(c.content)).toMatch(c.message);
      }
    }
    expect((await fail(core, 'bank:import', { format: 'xml', content: '<q/>' })).details?.[0].path).toBe('format');
    expect(snapshot(db)).toEqual(before);
  });

  it('accepts a UTF-8 byte order mark and spaces around the header names', async () => {
    const { core } = await open();
    const result = await call(core, 'bank:import', { format: 'csv', content: '\uFEFF Text , CATEGORY \nWith a BOM?,closing\n' });
    expect(result).toEqual({ added: 1, duplicates: 0 });
    expect(core.database.db.prepare("SELECT text FROM questions WHERE source = 'custom'").pluck().all()).toEqual(['With a BOM?']);
  });
});
