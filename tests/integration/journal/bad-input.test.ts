import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { MAX_TEXT } from '../../../electron/shared/text-limits';
import { tickingClock } from '../support/clock';
import { useCores } from '../support/cores';
import { type Refusal, refusals } from '../support/refusals';
import { call, fail } from '../support/routes';
import { createInterview, questionIdByText } from '../support/writes';
import { counts, snapshot, updatedAt } from './helpers';

const open = useCores();
const TOO_LONG = 'x'.repeat(MAX_TEXT + 1);

/** A journal with something in every table, a trashed interview, a custom area and an asked question. */
async function seed(core: Core) {
  const live = await createInterview(core, {
    company: 'Live',
    tags: ['a'],
    interviewers: [{ name: 'Ann', email: 'ann@live.example' }],
    notes: 'hello',
  });
  await call(core, 'reflection:addArea', { interviewId: live.id, label: 'Coding task' });
  await call(core, 'reflection:save', { interviewId: live.id, area: 'answers', rating: 2, wentBadly: 'Rambled' });
  const bankId = questionIdByText(core.database.db, 'Tell me about yourself.');
  const asked = await call(core, 'interview-question:add', { interviewId: live.id, questionId: bankId });
  await call(core, 'interview-question:update', { id: asked.id, keyPoints: [{ text: 'Mention the migration' }] });
  const trashed = await createInterview(core, { company: 'Trashed' });
  const trashedAsked = await call(core, 'interview-question:add', { interviewId: trashed.id, text: 'A question in the trash?' });
  await call(core, 'interview:trash', { id: trashed.id });
  return { live: live.id, trashed: trashed.id, asked: asked.id, trashedAsked: trashedAsked.id, bankId };
}

type Ids = Awaited<ReturnType<typeof seed>>;
const create = (fields: Record<string, unknown>) => () => ({ company: 'New', heldAt: '2026-03-01', ...fields });

const CASES: Refusal<Ids>[] = [
  ...refusals<Ids>('interview:create', [
    ['create without company', () => ({ heldAt: '2026-03-01' }), 'VALIDATION', 'company'],
    ['create with a blank company', create({ company: '   ' }), 'VALIDATION', 'company', /./],
    ['create without date', () => ({ company: 'X' }), 'VALIDATION', 'heldAt'],
    ['create with an empty date', create({ heldAt: '' }), 'VALIDATION', 'heldAt'],
    ['create on 30 February', create({ heldAt: '2026-02-30' }), 'VALIDATION', 'heldAt'],
    ['create in month 13', create({ heldAt: '2026-13-01' }), 'VALIDATION', 'heldAt'],
    ['create at 25:00', create({ heldAt: '2026-03-01T25:00' }), 'VALIDATION', 'heldAt'],
    ['create at 10:60', create({ heldAt: '2026-03-01T10:60' }), 'VALIDATION', 'heldAt'],
    ['create with a date in words', create({ heldAt: 'last Tuesday' }), 'VALIDATION', 'heldAt'],
    ['create with a date as a number', create({ heldAt: 20260301 }), 'VALIDATION', 'heldAt'],
    ['create with notes over 100,000 characters', create({ notes: TOO_LONG }), 'VALIDATION', 'notes', /./],
    ['create with a closing statement over the limit', create({ closingStatement: TOO_LONG }), 'VALIDATION', 'closingStatement'],
    [
      'create with a bad interviewer email',
      create({ interviewers: [{ name: 'A' }, { name: 'B', email: 'not-an-email' }] }),
      'VALIDATION',
      'interviewers.1.email',
    ],
    ['create with an unknown stage', create({ stage: 'third' }), 'VALIDATION', 'stage'],
    ['create with an unknown outcome', create({ outcome: 'ghosted' }), 'VALIDATION', 'outcome'],
    ['create with an empty tag', create({ tags: ['ok', '  '] }), 'VALIDATION', 'tags.1'],
    ['create with an unknown field', create({ salary: 100 }), 'VALIDATION'],
  ]),
  ...refusals<Ids>('interview:update', [
    ['update of an unknown interview', () => ({ id: 9999, patch: { notes: 'x' } }), 'NOT_FOUND'],
    ['update of a trashed interview', (i) => ({ id: i.trashed, patch: { notes: 'x' } }), 'CONFLICT', undefined, /trash/],
    ['update clearing the company', (i) => ({ id: i.live, patch: { company: '' } }), 'VALIDATION', 'patch.company'],
    [
      'update to 30 February',
      (i) => ({ id: i.live, patch: { heldAt: '2026-02-30' } }),
      'VALIDATION',
      'patch.heldAt',
      /^There is no 30 February 2026\.$/,
    ],
    ['update clearing the date', (i) => ({ id: i.live, patch: { heldAt: null } }), 'VALIDATION', 'patch.heldAt'],
    ['update with notes over the limit', (i) => ({ id: i.live, patch: { notes: TOO_LONG } }), 'VALIDATION', 'patch.notes'],
    [
      'update with a bad interviewer email',
      (i) => ({ id: i.live, patch: { interviewers: [{ name: 'A', email: 'a@' }] } }),
      'VALIDATION',
      'patch.interviewers.0.email',
    ],
    [
      'update with a good field next to a bad one',
      (i) => ({ id: i.live, patch: { notes: 'fine', outcome: 'maybe' } }),
      'VALIDATION',
      'patch.outcome',
    ],
    ['update with a string id', (i) => ({ id: String(i.live), patch: {} }), 'VALIDATION', 'id'],
  ]),
  ...refusals<Ids>('reflection:save', [
    ['rating 0', (i) => ({ interviewId: i.live, area: 'confidence', rating: 0 }), 'VALIDATION', 'rating', /./],
    ['rating 6', (i) => ({ interviewId: i.live, area: 'confidence', rating: 6 }), 'VALIDATION', 'rating'],
    ['rating 2.5', (i) => ({ interviewId: i.live, area: 'confidence', rating: 2.5 }), 'VALIDATION', 'rating'],
    ["rating '3'", (i) => ({ interviewId: i.live, area: 'confidence', rating: '3' }), 'VALIDATION', 'rating'],
    [
      'went badly over the limit',
      (i) => ({ interviewId: i.live, area: 'confidence', wentBadly: TOO_LONG }),
      'VALIDATION',
      'wentBadly',
    ],
    [
      'a good rating next to notes over the limit',
      (i) => ({ interviewId: i.live, area: 'confidence', rating: 4, notes: TOO_LONG }),
      'VALIDATION',
      'notes',
    ],
    ['an unknown kind', (i) => ({ interviewId: i.live, area: 'confidence', kind: 'disaster' }), 'VALIDATION', 'kind'],
    ['reflection of an unknown interview', () => ({ interviewId: 9999, area: 'confidence', rating: 3 }), 'NOT_FOUND'],
    [
      'an area this interview does not have',
      (i) => ({ interviewId: i.live, area: 'custom-7', rating: 3 }),
      'NOT_FOUND',
      undefined,
      /custom-7/,
    ],
    ['an area key that cannot exist', (i) => ({ interviewId: i.live, area: 'Body Language!', rating: 3 }), 'VALIDATION', 'area'],
    ['reflection on a trashed interview', (i) => ({ interviewId: i.trashed, area: 'confidence', rating: 3 }), 'CONFLICT'],
  ]),
  ...refusals<Ids>('reflection:addArea', [
    ['an area with an empty name', (i) => ({ interviewId: i.live, label: '  ' }), 'VALIDATION', 'label'],
    ['an area named like an existing one', (i) => ({ interviewId: i.live, label: 'CODING TASK' }), 'CONFLICT', 'label'],
    ['an area named like a built-in one', (i) => ({ interviewId: i.live, label: 'confidence' }), 'CONFLICT', 'label'],
    ['an area on a trashed interview', (i) => ({ interviewId: i.trashed, label: 'Later' }), 'CONFLICT'],
  ]),
  ...refusals<Ids>('reflection:removeArea', [
    ['removing a built-in area', (i) => ({ interviewId: i.live, area: 'punctuality' }), 'CONFLICT'],
    ['removing an unknown area', (i) => ({ interviewId: i.live, area: 'custom-9' }), 'NOT_FOUND'],
    ['removing an area of an unknown interview', () => ({ interviewId: 9999, area: 'custom-1' }), 'NOT_FOUND'],
  ]),
  ...refusals<Ids>('interview-question:add', [
    ['the same bank question twice', (i) => ({ interviewId: i.live, questionId: i.bankId }), 'CONFLICT', 'text'],
    [
      'the same question typed again, in other case',
      (i) => ({ interviewId: i.live, text: 'TELL ME ABOUT YOURSELF.' }),
      'CONFLICT',
    ],
    ['a question id not in the bank', (i) => ({ interviewId: i.live, questionId: 99999 }), 'NOT_FOUND'],
    [
      'both a bank id and new text',
      (i) => ({ interviewId: i.live, questionId: i.bankId, text: 'Something else?' }),
      'VALIDATION',
      'text',
    ],
    ['neither a bank id nor text', (i) => ({ interviewId: i.live }), 'VALIDATION', 'text'],
    ['a two-letter question', (i) => ({ interviewId: i.live, text: ' ok ' }), 'VALIDATION', 'text'],
    [
      'an unknown category',
      (i) => ({ interviewId: i.live, text: 'Brand new question?', category: 'trivia' }),
      'VALIDATION',
      'category',
    ],
    ['a question on a trashed interview', (i) => ({ interviewId: i.trashed, text: 'Brand new question?' }), 'CONFLICT'],
    ['a question on an unknown interview', () => ({ interviewId: 9999, text: 'Brand new question?' }), 'NOT_FOUND'],
  ]),
  ...refusals<Ids>('interview-question:update', [
    ['updating an unknown asked question', () => ({ id: 9999, answerGiven: 'x' }), 'NOT_FOUND'],
    ["changing a bank question's category", (i) => ({ id: i.asked, category: 'technical' }), 'CONFLICT', 'category'],
    ['an answer over the limit', (i) => ({ id: i.asked, answerGiven: TOO_LONG }), 'VALIDATION', 'answerGiven'],
    [
      'an empty key point',
      (i) => ({ id: i.asked, keyPoints: [{ text: 'fine' }, { text: ' ' }] }),
      'VALIDATION',
      'keyPoints.1.text',
    ],
    [
      '21 key points',
      (i) => ({ id: i.asked, keyPoints: Array.from({ length: 21 }, (_, k) => ({ text: `p${k}` })) }),
      'VALIDATION',
      'keyPoints',
    ],
    ['an unknown how-it-went', (i) => ({ id: i.asked, howItWent: 'meh' }), 'VALIDATION', 'howItWent'],
    ['editing a question of a trashed interview', (i) => ({ id: i.trashedAsked, answerGiven: 'x' }), 'CONFLICT'],
  ]),
  ...refusals<Ids>('interview-question:remove', [
    ['removing an unknown asked question', () => ({ id: 9999 }), 'NOT_FOUND'],
    ['removing a question of a trashed interview', (i) => ({ id: i.trashedAsked }), 'CONFLICT'],
  ]),
  ...refusals<Ids>('interview-question:move', [
    ['moving an unknown asked question', () => ({ id: 9999, direction: 'up' }), 'NOT_FOUND'],
    ['moving sideways', (i) => ({ id: i.asked, direction: 'left' }), 'VALIDATION', 'direction'],
  ]),
  ...refusals<Ids>('reality-check:get', [['reality check of an unknown interview', () => ({ interviewId: 9999 }), 'NOT_FOUND']]),
  ...refusals<Ids>('interview:list', [
    ['a bad cursor', () => ({ cursor: 'not-a-cursor' }), 'VALIDATION', 'cursor'],
    ['a limit of 0', () => ({ limit: 0 }), 'VALIDATION', 'limit'],
    ['an unknown filter', () => ({ filters: { rating: 1 } }), 'VALIDATION'],
  ]),
  ...refusals<Ids>('bank:add', [
    ['a bank question already there', () => ({ text: 'tell me about yourself.', category: 'about-you' }), 'CONFLICT', 'text'],
    ['a bank question without text', () => ({ text: '', category: 'about-you' }), 'VALIDATION', 'text'],
    [
      'a bank question with an empty hint',
      () => ({ text: 'A fine question?', category: 'closing', hints: [''] }),
      'VALIDATION',
      'hints.0',
    ],
  ]),
];

describe('bad input writes nothing', () => {
  it.each(CASES)('$name → $code', async (c) => {
    const { core } = await open({ now: tickingClock() });
    const db = core.database.db;
    const ids = await seed(core);
    const before = snapshot(db);
    const countsBefore = counts(db);
    const stamps = [updatedAt(db, ids.live), updatedAt(db, ids.trashed)];

    const err = await fail(core, c.route, c.input(ids));
    expect(err.code).toBe(c.code);
    expect(err.message.length).toBeGreaterThan(10);
    if (c.path) expect(err.details?.map((d) => d.path)).toContain(c.path);
    if (c.message) {
      const texts = [err.message, ...(err.details ?? []).map((d) => d.message)];
      expect(texts.some((t) => c.message!.test(t))).toBe(true);
    }

    expect(counts(db)).toEqual(countsBefore);
    expect([updatedAt(db, ids.live), updatedAt(db, ids.trashed)]).toEqual(stamps);
    expect(snapshot(db)).toEqual(before);
  });

  it('a field-level message says what to do, next to the field', async () => {
    const { core } = await open();
    const date = await fail(core, 'interview:create', { company: 'X', heldAt: '2026-02-30' });
    expect(date.details).toEqual([{ path: 'heldAt', message: 'There is no 30 February 2026.' }]);
    const shapeless = await fail(core, 'interview:create', { company: 'X', heldAt: '30/02/2026' });
    expect(shapeless.details).toEqual([{ path: 'heldAt', message: expect.stringMatching(/real date as YYYY-MM-DD/) }]);
    const rating = await fail(core, 'reflection:save', { interviewId: 1, area: 'confidence', rating: 6 });
    expect(rating.details).toEqual([{ path: 'rating', message: 'Choose a rating from 1 to 5.' }]);
    const company = await fail(core, 'interview:create', { company: '', heldAt: '2026-03-01' });
    expect(company.details).toEqual([{ path: 'company', message: 'Enter the company.' }]);
    const long = await fail(core, 'interview:create', { company: 'X', heldAt: '2026-03-01', notes: TOO_LONG });
    expect(long.details).toEqual([{ path: 'notes', message: expect.stringMatching(/100,000 characters/) }]);
    const email = await fail(core, 'interview:create', {
      company: 'X',
      heldAt: '2026-03-01',
      interviewers: [{ name: 'A', email: 'nope' }],
    });
    expect(email.details).toEqual([{ path: 'interviewers.0.email', message: expect.stringMatching(/valid email/) }]);
  });

  it('text of exactly 100,000 characters is accepted and stored whole', async () => {
    const { core } = await open();
    const text = 'y'.repeat(MAX_TEXT);
    const i = await createInterview(core, { notes: text });
    await call(core, 'reflection:save', { interviewId: i.id, area: 'closing', wentBadly: text });
    expect(core.database.db.prepare('SELECT length(notes) FROM interviews WHERE id = ?').pluck().get(i.id)).toBe(MAX_TEXT);
    expect(core.database.db.prepare("SELECT length(went_badly) FROM reflections WHERE area = 'closing'").pluck().get()).toBe(
      MAX_TEXT,
    );
  });
});
