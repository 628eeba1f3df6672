import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import type { RouteOutput } from '../../../electron/shared/contract';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { createInterview, questionIdByText } from '../support/writes';
import { searchIds, snippetFor } from './helpers';

const open = useCores();

/** The search finds exactly these interviews (in any order), and the first hit's snippet marks the word. */
async function expectFound(core: Core, query: string, ids: number[], marked?: string) {
  expect(
    (await searchIds(core, query)).sort((a, b) => a - b),
    `search "${query}"`,
  ).toEqual(ids.slice().sort((a, b) => a - b));
  if (marked) {
    const snippet = (await snippetFor(core, query)) ?? '';
    // The best column may hold the word in another case (Globex the company, hank@globex.example the email).
    expect(snippet.toLowerCase(), `snippet for "${query}": ${JSON.stringify(snippet)}`).toContain(
      `\u0002${marked.toLowerCase()}\u0003`,
    );
  }
}

describe('the full-text index stays in step with every edit', () => {
  it('create, update, reflection, question, key point, answer, area and removal edits are searchable at once', async () => {
    const { core } = await open();
    const db = core.database.db;
    const other = await createInterview(core, { company: 'Elsewhere', notes: 'nothing to see' });
    const i = await createInterview(core, {
      company: 'Globex',
      role: 'Platform engineer',
      notes: 'They drew on the whiteboard.',
      tags: ['kubernetes'],
      interviewers: [{ name: 'Hank Scorpio', role: 'Founder', email: 'hank@globex.example' }],
      questionsAsked: 'What about observability?',
      closingStatement: 'I thanked them sincerely.',
    });

    // From create: every field, found by a prefix of a word.
    await expectFound(core, 'whiteb', [i.id], 'whiteboard');
    await expectFound(core, 'globex', [i.id], 'Globex');
    await expectFound(core, 'platf', [i.id], 'Platform');
    await expectFound(core, 'kubernetes', [i.id], 'kubernetes');
    await expectFound(core, 'scorpio', [i.id], 'Scorpio');
    await expectFound(core, 'observab', [i.id], 'observability');
    await expectFound(core, 'sincerely', [i.id], 'sincerely');
    // Every word must appear (AND), in any order and case.
    await expectFound(core, 'WHITEBOARD globex', [i.id]);
    await expectFound(core, 'whiteboard elsewhere', []);

    // interview:update: the new word is found, the old one is gone.
    await call(core, 'interview:update', { id: i.id, patch: { notes: 'We paired on a flipchart.', company: 'Initech' } });
    await expectFound(core, 'flipch', [i.id], 'flipchart');
    await expectFound(core, 'whiteboard', []);
    // Still found through the interviewer's email until the interviewers change.
    await expectFound(core, 'globex', [i.id]);
    await expectFound(core, 'initech', [i.id], 'Initech');
    await call(core, 'interview:update', { id: i.id, patch: { tags: ['golang'], interviewers: [] } });
    await expectFound(core, 'golang', [i.id], 'golang');
    await expectFound(core, 'kubernetes', []);
    await expectFound(core, 'scorpio', []);
    await expectFound(core, 'globex', []);

    // reflection:save: each of its texts, and an edit away.
    await call(core, 'reflection:save', { interviewId: i.id, area: 'body-language', wentBadly: 'I was fidgeting constantly' });
    await expectFound(core, 'fidget', [i.id], 'fidgeting');
    await call(core, 'reflection:save', { interviewId: i.id, area: 'body-language', wentBadly: 'Calmer later' });
    await expectFound(core, 'fidgeting', []);
    await call(core, 'reflection:save', {
      interviewId: i.id,
      area: 'closing',
      wentWell: 'Memorable anecdote',
      notes: 'Practise the handshake',
    });
    await expectFound(core, 'anecdote', [i.id], 'anecdote');
    await expectFound(core, 'handshake', [i.id], 'handshake');

    // Custom areas: their label is searchable, and gone once the area is removed.
    const area = await call(core, 'reflection:addArea', { interviewId: i.id, label: 'Pairing kata' });
    await expectFound(core, 'kata', [i.id], 'kata');
    await call(core, 'reflection:removeArea', { interviewId: i.id, area: area.area });
    await expectFound(core, 'kata', []);

    // Questions: the question's text, the answer, and the key points.
    const q = await call(core, 'interview-question:add', {
      interviewId: i.id,
      text: 'Describe idempotency in payments?',
      category: 'technical',
    });
    await expectFound(core, 'idempot', [i.id], 'idempotency');
    await call(core, 'interview-question:update', { id: q.id, answerGiven: 'I mumbled about retries' });
    await expectFound(core, 'mumbled', [i.id], 'mumbled');
    await call(core, 'interview-question:update', { id: q.id, keyPoints: [{ text: 'Deduplication keys' }] });
    await expectFound(core, 'dedup', [i.id], 'Deduplication');
    await call(core, 'interview-question:update', { id: q.id, keyPoints: [{ text: 'Exactly-once delivery' }] });
    await expectFound(core, 'deduplication', []);
    await expectFound(core, 'exactly', [i.id], 'Exactly');
    await call(core, 'interview-question:update', { id: q.id, answerGiven: '' });
    await expectFound(core, 'mumbled', []);

    // A shipped question linked by id is searchable by its text.
    await call(core, 'interview-question:add', {
      interviewId: i.id,
      questionId: questionIdByText(db, 'Tell me about yourself.'),
    });
    await expectFound(core, 'yourself', [i.id], 'yourself');

    // interview-question:remove takes the question, its answer and key points out of the index.
    await call(core, 'interview-question:remove', { id: q.id });
    await expectFound(core, 'idempotency', []);
    await expectFound(core, 'exactly', []);

    // The index row is exactly one per interview throughout.
    expect(db.prepare('SELECT rowid FROM interview_search ORDER BY rowid').pluck().all()).toEqual([other.id, i.id]);
  });

  it('the stored index row holds what was written (checked in the table, not only via the route)', async () => {
    const { core } = await open();
    const db = core.database.db;
    const i = await createInterview(core, { company: 'Umbrella', notes: 'alpha' });
    await call(core, 'reflection:save', { interviewId: i.id, area: 'confidence', wentBadly: 'beta' });
    const q = await call(core, 'interview-question:add', { interviewId: i.id, text: 'Gamma question?' });
    await call(core, 'interview-question:update', { id: q.id, keyPoints: [{ text: 'delta' }], answerGiven: 'epsilon' });
    const row = db
      .prepare('SELECT company, notes, reflections, questions FROM interview_search WHERE rowid = ?')
      .get(i.id) as Record<string, string>;
    expect(row.company).toBe('Umbrella');
    expect(row.notes).toContain('alpha');
    expect(row.reflections).toContain('beta');
    expect(row.questions).toContain('Gamma question?');
    expect(row.questions).toContain('delta');
    expect(row.questions).toContain('epsilon');
    expect(db.prepare("SELECT rowid FROM interview_search WHERE interview_search MATCH 'delta'").pluck().all()).toEqual([i.id]);
  });

  it('trashed interviews are not found, restored ones are, and emptyTrash removes their index rows', async () => {
    const { core } = await open();
    const db = core.database.db;
    const keep = await createInterview(core, { notes: 'xylophone practice' });
    const bin = await createInterview(core, { notes: 'xylophone recital' });
    await expectFound(core, 'xylophone', [keep.id, bin.id]);

    await call(core, 'interview:trash', { id: bin.id });
    await expectFound(core, 'xylophone', [keep.id]);
    await expectFound(core, 'recital', []);
    expect((await call(core, 'interview:list', { filters: { query: 'recital' } })).total).toBe(0);

    await call(core, 'interview:restore', { id: bin.id });
    await expectFound(core, 'recital', [bin.id], 'recital');

    await call(core, 'interview:trash', { id: bin.id });
    expect(db.prepare('SELECT count(*) FROM interview_search').pluck().get()).toBe(2);
    await call(core, 'interview:emptyTrash', { confirm: true });
    expect(db.prepare('SELECT count(*) FROM interview_search').pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM interview_search WHERE interview_search MATCH 'recital'").pluck().get()).toBe(0);
    await expectFound(core, 'xylophone', [keep.id]);
  });

  it('accents and case do not matter: café is found by cafe and CAFE, and cafe by café', async () => {
    const { core } = await open();
    const a = await createInterview(core, { notes: 'We met in the café downstairs' });
    const b = await createInterview(core, { company: 'Zoë Coffee', notes: 'a plain cafe' });
    const both = [a.id, b.id].sort((x, y) => y - x);
    expect((await searchIds(core, 'cafe')).sort((x, y) => y - x)).toEqual(both);
    expect((await searchIds(core, 'CAFÉ')).sort((x, y) => y - x)).toEqual(both);
    expect(await searchIds(core, 'zoe')).toEqual([b.id]);
    // A decomposed é (e + combining accent) finds it too.
    expect((await searchIds(core, 'cafe\u0301')).sort((x, y) => y - x)).toEqual(both);
    expect(await snippetFor(core, 'downstairs')).toContain('café');
  });

  it('FTS syntax in the query is searched as words, never as syntax, and never errors', async () => {
    const { core } = await open();
    const i = await createInterview(core, { notes: 'near the end I said OR maybe not; notes: about cats' });
    const queries = [
      '"',
      '""',
      '"unbalanced',
      '*',
      'cat*',
      'NEAR(cats end)',
      'cats OR dogs',
      'cats AND dogs',
      'NOT cats',
      'notes:cats',
      '-cats',
      '^cats',
      '(cats',
      'cats)',
      "it's",
      '{notes}: cats',
      'c"a"t',
      '\\',
      '%',
      '_',
      'cats + dogs',
      'col:',
      ':',
    ];
    for (const query of queries) {
      const result = await core.router.dispatch('interview:list', { filters: { query } });
      expect(result.ok, `query ${JSON.stringify(query)}: ${JSON.stringify(result)}`).toBe(true);
    }
    // Words are ANDed: "OR" is a word to find, not an operator, so "cats OR dogs" does not find cats alone.
    expect(await searchIds(core, 'cats OR dogs')).toEqual([]);
    expect(await searchIds(core, 'cats OR')).toEqual([i.id]);
    expect(await searchIds(core, 'notes:cats')).toEqual([i.id]);
    expect(await searchIds(core, 'NEAR(cats end)')).toEqual([i.id]);
    expect(await searchIds(core, '"cats')).toEqual([i.id]);
  });

  it('an empty or punctuation-only query lists everything, without snippets', async () => {
    const { core } = await open();
    await createInterview(core, { notes: 'one' });
    await createInterview(core, { notes: 'two' });
    for (const query of ['', '   ', '"*"', '...']) {
      const page = await call(core, 'interview:list', { filters: { query } });
      expect(page.total).toBe(2);
      expect(page.items.every((x) => x.snippet === null)).toBe(true);
    }
  });

  it('search combines with filters, counts the total, and pages through ranked results with its cursor', async () => {
    const { core } = await open();
    const ids: number[] = [];
    for (let k = 0; k < 7; k++) {
      ids.push(
        (
          await createInterview(core, {
            notes: `shared word banana ${k}`,
            outcome: k % 2 ? 'rejected' : 'waiting',
            heldAt: `2026-01-0${k + 1}`,
          })
        ).id,
      );
    }
    await createInterview(core, { notes: 'no fruit here' });
    const rejected = await call(core, 'interview:list', { filters: { query: 'banana', outcome: 'rejected' } });
    expect(rejected.total).toBe(3);
    expect(rejected.items.map((x) => x.id).sort()).toEqual([ids[1], ids[3], ids[5]].sort());

    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: RouteOutput<'interview:list'> = await call(core, 'interview:list', {
        filters: { query: 'banana' },
        cursor,
        limit: 3,
      });
      expect(page.total).toBe(7);
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.slice().sort()).toEqual(ids.slice().sort());

    // A search cursor is refused for the plain list, and the other way round.
    const first = await call(core, 'interview:list', { filters: { query: 'banana' }, limit: 3 });
    const plain = await call(core, 'interview:list', { limit: 3 });
    expect((await core.router.dispatch('interview:list', { cursor: first.nextCursor })).ok).toBe(false);
    expect((await core.router.dispatch('interview:list', { filters: { query: 'banana' }, cursor: plain.nextCursor })).ok).toBe(
      false,
    );
  });

  it('pages through 120 equally ranked hits on one date with each exactly once', async () => {
    const { core } = await open();
    const ids: number[] = [];
    for (let k = 0; k < 120; k++)
      ids.push((await createInterview(core, { notes: 'identical words everywhere', heldAt: '2026-02-02' })).id);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: RouteOutput<'interview:list'> = await call(core, 'interview:list', {
        filters: { query: 'identical' },
        cursor,
        limit: 50,
      });
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });
});
