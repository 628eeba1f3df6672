import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import type { RouteName } from '../../../electron/shared/contract';
import type { ErrorCode } from '../../../electron/shared/errors';
import { MAX_TEXT } from '../../../electron/shared/text-limits';
import { tickingClock } from '../support/clock';
import { useCores } from '../support/cores';
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
interface Case {
  name: string;
  route: RouteName;
  input: (ids: Ids) => unknown;
  code: ErrorCode;
  /** A details path the error must name (for VALIDATION and field-level CONFLICT). */
  path?: string;
  message?: RegExp;
}

const create = (fields: Record<string, unknown>) => () => ({ company: 'New', heldAt: '2026-03-01', ...fields });

const CASES: Case[] = [
  // interview:create
  {
    name: 'create without company',
    route: 'interview:create',
    input: () => ({ heldAt: '2026-03-01' }),
    code: 'VALIDATION',
    path: 'company',
  },
  {
    name: 'create with a blank company',
    route: 'interview:create',
    input: create({ company: '   ' }),
    code: 'VALIDATION',
    path: 'company',
    message: /./,
  },
  { name: 'create without date', route: 'interview:create', input: () => ({ company: 'X' }), code: 'VALIDATION', path: 'heldAt' },
  {
    name: 'create with an empty date',
    route: 'interview:create',
    input: create({ heldAt: '' }),
    code: 'VALIDATION',
    path: 'heldAt',
  },
  {
    name: 'create on 30 February',
    route: 'interview:create',
    input: create({ heldAt: '2026-02-30' }),
    code: 'VALIDATION',
    path: 'heldAt',
  },
  {
    name: 'create in month 13',
    route: 'interview:create',
    input: create({ heldAt: '2026-13-01' }),
    code: 'VALIDATION',
    path: 'heldAt',
  },
  {
    name: 'create at 25:00',
    route: 'interview:create',
    input: create({ heldAt: '2026-03-01T25:00' }),
    code: 'VALIDATION',
    path: 'heldAt',
  },
  {
    name: 'create at 10:60',
    route: 'interview:create',
    input: create({ heldAt: '2026-03-01T10:60' }),
    code: 'VALIDATION',
    path: 'heldAt',
  },
  {
    name: 'create with a date in words',
    route: 'interview:create',
    input: create({ heldAt: 'last Tuesday' }),
    code: 'VALIDATION',
    path: 'heldAt',
  },
  {
    name: 'create with a date as a number',
    route: 'interview:create',
    input: create({ heldAt: 20260301 }),
    code: 'VALIDATION',
    path: 'heldAt',
  },
  {
    name: 'create with notes over 100,000 characters',
    route: 'interview:create',
    input: create({ notes: TOO_LONG }),
    code: 'VALIDATION',
    path: 'notes',
    message: /./,
  },
  {
    name: 'create with a closing statement over the limit',
    route: 'interview:create',
    input: create({ closingStatement: TOO_LONG }),
    code: 'VALIDATION',
    path: 'closingStatement',
  },
  {
    name: 'create with a bad interviewer email',
    route: 'interview:create',
    input: create({ interviewers: [{ name: 'A' }, { name: 'B', email: 'not-an-email' }] }),
    code: 'VALIDATION',
    path: 'interviewers.1.email',
  },
  {
    name: 'create with an unknown stage',
    route: 'interview:create',
    input: create({ stage: 'third' }),
    code: 'VALIDATION',
    path: 'stage',
  },
  {
    name: 'create with an unknown outcome',
    route: 'interview:create',
    input: create({ outcome: 'ghosted' }),
    code: 'VALIDATION',
    path: 'outcome',
  },
  {
    name: 'create with an empty tag',
    route: 'interview:create',
    input: create({ tags: ['ok', '  '] }),
    code: 'VALIDATION',
    path: 'tags.1',
  },
  { name: 'create with an unknown field', route: 'interview:create', input: create({ salary: 100 }), code: 'VALIDATION' },
  // interview:update
  {
    name: 'update of an unknown interview',
    route: 'interview:update',
    input: () => ({ id: 9999, patch: { notes: 'x' } }),
    code: 'NOT_FOUND',
  },
  {
    name: 'update of a trashed interview',
    route: 'interview:update',
    input: (i) => ({ id: i.trashed, patch: { notes: 'x' } }),
    code: 'CONFLICT',
    message: /trash/,
  },
  {
    name: 'update clearing the company',
    route: 'interview:update',
    input: (i) => ({ id: i.live, patch: { company: '' } }),
    code: 'VALIDATION',
    path: 'patch.company',
  },
  {
    name: 'update to 30 February',
    route: 'interview:update',
    input: (i) => ({ id: i.live, patch: { heldAt: '2026-02-30' } }),
    code: 'VALIDATION',
    path: 'patch.heldAt',
    message: /^There is no 30 February 2026\.$/,
  },
  {
    name: 'update clearing the date',
    route: 'interview:update',
    input: (i) => ({ id: i.live, patch: { heldAt: null } }),
    code: 'VALIDATION',
    path: 'patch.heldAt',
  },
  {
    name: 'update with notes over the limit',
    route: 'interview:update',
    input: (i) => ({ id: i.live, patch: { notes: TOO_LONG } }),
    code: 'VALIDATION',
    path: 'patch.notes',
  },
  {
    name: 'update with a bad interviewer email',
    route: 'interview:update',
    input: (i) => ({ id: i.live, patch: { interviewers: [{ name: 'A', email: 'a@' }] } }),
    code: 'VALIDATION',
    path: 'patch.interviewers.0.email',
  },
  {
    name: 'update with a good field next to a bad one',
    route: 'interview:update',
    input: (i) => ({ id: i.live, patch: { notes: 'fine', outcome: 'maybe' } }),
    code: 'VALIDATION',
    path: 'patch.outcome',
  },
  {
    name: 'update with a string id',
    route: 'interview:update',
    input: (i) => ({ id: String(i.live), patch: {} }),
    code: 'VALIDATION',
    path: 'id',
  },
  // reflection:save
  {
    name: 'rating 0',
    route: 'reflection:save',
    input: (i) => ({ interviewId: i.live, area: 'confidence', rating: 0 }),
    code: 'VALIDATION',
    path: 'rating',
    message: /./,
  },
  {
    name: 'rating 6',
    route: 'reflection:save',
    input: (i) => ({ interviewId: i.live, area: 'confidence', rating: 6 }),
    code: 'VALIDATION',
    path: 'rating',
  },
  {
    name: 'rating 2.5',
    route: 'reflection:save',
    input: (i) => ({ interviewId: i.live, area: 'confidence', rating: 2.5 }),
    code: 'VALIDATION',
    path: 'rating',
  },
  {
    name: "rating '3'",
    route: 'reflection:save',
    input: (i) => ({ interviewId: i.live, area: 'confidence', rating: '3' }),
    code: 'VALIDATION',
    path: 'rating',
  },
  {
    name: 'went badly over the limit',
    route: 'reflection:save',
    input: (i) => ({ interviewId: i.live, area: 'confidence', wentBadly: TOO_LONG }),
    code: 'VALIDATION',
    path: 'wentBadly',
  },
  {
    name: 'a good rating next to notes over the limit',
    route: 'reflection:save',
    input: (i) => ({ interviewId: i.live, area: 'confidence', rating: 4, notes: TOO_LONG }),
    code: 'VALIDATION',
    path: 'notes',
  },
  {
    name: 'an unknown kind',
    route: 'reflection:save',
    input: (i) => ({ interviewId: i.live, area: 'confidence', kind: 'disaster' }),
    code: 'VALIDATION',
    path: 'kind',
  },
  {
    name: 'reflection of an unknown interview',
    route: 'reflection:save',
    input: () => ({ interviewId: 9999, area: 'confidence', rating: 3 }),
    code: 'NOT_FOUND',
  },
  {
    name: 'an area this interview does not have',
    route: 'reflection:save',
    input: (i) => ({ interviewId: i.live, area: 'custom-7', rating: 3 }),
    code: 'NOT_FOUND',
    message: /custom-7/,
  },
  {
    name: 'an area key that cannot exist',
    route: 'reflection:save',
    input: (i) => ({ interviewId: i.live, area: 'Body Language!', rating: 3 }),
    code: 'VALIDATION',
    path: 'area',
  },
  {
    name: 'reflection on a trashed interview',
    route: 'reflection:save',
    input: (i) => ({ interviewId: i.trashed, area: 'confidence', rating: 3 }),
    code: 'CONFLICT',
  },
  // reflection:addArea / removeArea
  {
    name: 'an area with an empty name',
    route: 'reflection:addArea',
    input: (i) => ({ interviewId: i.live, label: '  ' }),
    code: 'VALIDATION',
    path: 'label',
  },
  {
    name: 'an area named like an existing one',
    route: 'reflection:addArea',
    input: (i) => ({ interviewId: i.live, label: 'CODING TASK' }),
    code: 'CONFLICT',
    path: 'label',
  },
  {
    name: 'an area named like a built-in one',
    route: 'reflection:addArea',
    input: (i) => ({ interviewId: i.live, label: 'confidence' }),
    code: 'CONFLICT',
    path: 'label',
  },
  {
    name: 'an area on a trashed interview',
    route: 'reflection:addArea',
    input: (i) => ({ interviewId: i.trashed, label: 'Later' }),
    code: 'CONFLICT',
  },
  {
    name: 'removing a built-in area',
    route: 'reflection:removeArea',
    input: (i) => ({ interviewId: i.live, area: 'punctuality' }),
    code: 'CONFLICT',
  },
  {
    name: 'removing an unknown area',
    route: 'reflection:removeArea',
    input: (i) => ({ interviewId: i.live, area: 'custom-9' }),
    code: 'NOT_FOUND',
  },
  {
    name: 'removing an area of an unknown interview',
    route: 'reflection:removeArea',
    input: () => ({ interviewId: 9999, area: 'custom-1' }),
    code: 'NOT_FOUND',
  },
  // interview-question:add
  {
    name: 'the same bank question twice',
    route: 'interview-question:add',
    input: (i) => ({ interviewId: i.live, questionId: i.bankId }),
    code: 'CONFLICT',
    path: 'text',
  },
  {
    name: 'the same question typed again, in other case',
    route: 'interview-question:add',
    input: (i) => ({ interviewId: i.live, text: 'TELL ME ABOUT YOURSELF.' }),
    code: 'CONFLICT',
  },
  {
    name: 'a question id not in the bank',
    route: 'interview-question:add',
    input: (i) => ({ interviewId: i.live, questionId: 99999 }),
    code: 'NOT_FOUND',
  },
  {
    name: 'both a bank id and new text',
    route: 'interview-question:add',
    input: (i) => ({ interviewId: i.live, questionId: i.bankId, text: 'Something else?' }),
    code: 'VALIDATION',
    path: 'text',
  },
  {
    name: 'neither a bank id nor text',
    route: 'interview-question:add',
    input: (i) => ({ interviewId: i.live }),
    code: 'VALIDATION',
    path: 'text',
  },
  {
    name: 'a two-letter question',
    route: 'interview-question:add',
    input: (i) => ({ interviewId: i.live, text: ' ok ' }),
    code: 'VALIDATION',
    path: 'text',
  },
  {
    name: 'an unknown category',
    route: 'interview-question:add',
    input: (i) => ({ interviewId: i.live, text: 'Brand new question?', category: 'trivia' }),
    code: 'VALIDATION',
    path: 'category',
  },
  {
    name: 'a question on a trashed interview',
    route: 'interview-question:add',
    input: (i) => ({ interviewId: i.trashed, text: 'Brand new question?' }),
    code: 'CONFLICT',
  },
  {
    name: 'a question on an unknown interview',
    route: 'interview-question:add',
    input: () => ({ interviewId: 9999, text: 'Brand new question?' }),
    code: 'NOT_FOUND',
  },
  // interview-question:update / remove / move
  {
    name: 'updating an unknown asked question',
    route: 'interview-question:update',
    input: () => ({ id: 9999, answerGiven: 'x' }),
    code: 'NOT_FOUND',
  },
  {
    name: "changing a bank question's category",
    route: 'interview-question:update',
    input: (i) => ({ id: i.asked, category: 'technical' }),
    code: 'CONFLICT',
    path: 'category',
  },
  {
    name: 'an answer over the limit',
    route: 'interview-question:update',
    input: (i) => ({ id: i.asked, answerGiven: TOO_LONG }),
    code: 'VALIDATION',
    path: 'answerGiven',
  },
  {
    name: 'an empty key point',
    route: 'interview-question:update',
    input: (i) => ({ id: i.asked, keyPoints: [{ text: 'fine' }, { text: ' ' }] }),
    code: 'VALIDATION',
    path: 'keyPoints.1.text',
  },
  {
    name: '21 key points',
    route: 'interview-question:update',
    input: (i) => ({ id: i.asked, keyPoints: Array.from({ length: 21 }, (_, k) => ({ text: `p${k}` })) }),
    code: 'VALIDATION',
    path: 'keyPoints',
  },
  {
    name: 'an unknown how-it-went',
    route: 'interview-question:update',
    input: (i) => ({ id: i.asked, howItWent: 'meh' }),
    code: 'VALIDATION',
    path: 'howItWent',
  },
  {
    name: 'editing a question of a trashed interview',
    route: 'interview-question:update',
    input: (i) => ({ id: i.trashedAsked, answerGiven: 'x' }),
    code: 'CONFLICT',
  },
  {
    name: 'removing an unknown asked question',
    route: 'interview-question:remove',
    input: () => ({ id: 9999 }),
    code: 'NOT_FOUND',
  },
  {
    name: 'removing a question of a trashed interview',
    route: 'interview-question:remove',
    input: (i) => ({ id: i.trashedAsked }),
    code: 'CONFLICT',
  },
  {
    name: 'moving an unknown asked question',
    route: 'interview-question:move',
    input: () => ({ id: 9999, direction: 'up' }),
    code: 'NOT_FOUND',
  },
  {
    name: 'moving sideways',
    route: 'interview-question:move',
    input: (i) => ({ id: i.asked, direction: 'left' }),
    code: 'VALIDATION',
    path: 'direction',
  },
  // reading routes that must not write either
  {
    name: 'reality check of an unknown interview',
    route: 'reality-check:get',
    input: () => ({ interviewId: 9999 }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a bad cursor',
    route: 'interview:list',
    input: () => ({ cursor: 'not-a-cursor' }),
    code: 'VALIDATION',
    path: 'cursor',
  },
  { name: 'a limit of 0', route: 'interview:list', input: () => ({ limit: 0 }), code: 'VALIDATION', path: 'limit' },
  { name: 'an unknown filter', route: 'interview:list', input: () => ({ filters: { rating: 1 } }), code: 'VALIDATION' },
  // the bank
  {
    name: 'a bank question already there',
    route: 'bank:add',
    input: () => ({ text: 'tell me about yourself.', category: 'about-you' }),
    code: 'CONFLICT',
    path: 'text',
  },
  {
    name: 'a bank question without text',
    route: 'bank:add',
    input: () => ({ text: '', category: 'about-you' }),
    code: 'VALIDATION',
    path: 'text',
  },
  {
    name: 'a bank question with an empty hint',
    route: 'bank:add',
    input: () => ({ text: 'A fine question?', category: 'closing', hints: [''] }),
    code: 'VALIDATION',
    path: 'hints.0',
  },
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
