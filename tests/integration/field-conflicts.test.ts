// Two windows on one record, each editing a different field: the second window's save (made from the copy both
// loaded) goes through and keeps the first window's field; only a change to the same field is a conflict.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/main/core';
import type { RouteName } from '../../electron/shared/contract';
import { withCurrentRevision } from './support/current-revision';
import { testClock } from './followups/helpers';
import { type Ids, keyPointTexts, make, storedRow } from './support/two-windows';
import { useCores } from './support/cores';
import { call, fail } from './support/routes';

const open = useCores();

/** One record kind whose fields are saved one at a time: a save of field A, of field B, and both fields as stored. */
interface Case {
  name: string;
  route: RouteName;
  setUp(core: Core): Promise<Ids>;
  a: Record<string, unknown>;
  b: Record<string, unknown>;
  read(db: Database.Database, ids: Ids): [unknown, unknown];
  expected: [unknown, unknown];
}

/** Reads both fields by SQL that names them `a` and `b`, with `?` for each of the named ids. */
const both =
  (sql: string, ...keys: string[]) =>
  (db: Database.Database, ids: Ids): [unknown, unknown] => {
    const r = storedRow(db, sql, ids, keys);
    return [r.a, r.b];
  };

const CASES: Case[] = [
  {
    name: 'an interview: notes in one window, the closing statement in the other',
    route: 'interview:update',
    setUp: make.interviewById,
    a: { patch: { notes: 'Tab A: they liked the migration story.' } },
    b: { patch: { closingStatement: 'Tab B: I thanked them and asked about next steps.' } },
    read: both('SELECT notes AS a, closing_statement AS b FROM interviews WHERE id = ?', 'id'),
    expected: ['Tab A: they liked the migration story.', 'Tab B: I thanked them and asked about next steps.'],
  },
  {
    name: 'a reflection area: went well, then went badly',
    route: 'reflection:save',
    setUp: async (core) => ({ ...(await make.interview(core)), area: 'confidence' }),
    a: { wentWell: 'I kept eye contact.' },
    b: { wentBadly: 'My voice shook at the start.' },
    read: both(
      'SELECT went_well AS a, went_badly AS b FROM reflections WHERE interview_id = ? AND area = ?',
      'interviewId',
      'area',
    ),
    expected: ['I kept eye contact.', 'My voice shook at the start.'],
  },
  {
    name: 'an asked question: the answer, then its key points',
    route: 'interview-question:update',
    setUp: make.askedQuestion,
    a: { answerGiven: 'I talked about the pipeline.' },
    b: { keyPoints: [{ text: 'I led the migration', missed: true }] },
    read: (db, ids) => [
      both('SELECT answer_given AS a FROM interview_questions WHERE id = ?', 'id')(db, ids)[0],
      keyPointTexts(db, ids.id),
    ],
    expected: ['I talked about the pipeline.', ['I led the migration']],
  },
  {
    name: 'a follow-up message: the subject, then the body',
    route: 'followup:update',
    setUp: make.thankYou,
    a: { patch: { subject: 'Thank you, and one more thing' } },
    b: { patch: { body: 'Dear Ann, thank you for your time.' } },
    read: both('SELECT subject AS a, body AS b FROM followup_versions WHERE followup_id = ? ORDER BY id DESC', 'id'),
    expected: ['Thank you, and one more thing', 'Dear Ann, thank you for your time.'],
  },
  {
    name: "an interview's follow-up plan: the moment, then the send window",
    route: 'followup:updatePlan',
    setUp: make.interview,
    a: { patch: { specificMoment: 'your streaming work' } },
    b: { patch: { sendWindow: 'same-day' } },
    read: both('SELECT specific_moment AS a, send_window AS b FROM followup_plans WHERE interview_id = ?', 'interviewId'),
    expected: ['your streaming work', 'same-day'],
  },
  {
    name: 'a plan item: its text, then its status',
    route: 'plan:updateItem',
    setUp: make.planItem,
    a: { patch: { text: 'Rehearse the closing twice' } },
    b: { patch: { status: 'done' } },
    read: both('SELECT text AS a, status AS b FROM plan_items WHERE id = ?', 'id'),
    expected: ['Rehearse the closing twice', 'done'],
  },
  {
    name: 'settings: your name, then the send window',
    route: 'settings:update',
    setUp: async (core) => {
      await call(core, 'settings:update', { sendWindow: '1-2-days' });
      return {};
    },
    a: { yourName: 'Sam Jones' },
    b: { sendWindow: 'same-day' },
    read: (db) => {
      const [name, sendWindow] = both(
        "SELECT (SELECT value FROM settings WHERE key = 'yourName') AS a, (SELECT value FROM settings WHERE key = 'sendWindow') AS b",
      )(db, {});
      return [JSON.parse(String(name)), JSON.parse(String(sendWindow))];
    },
    expected: ['Sam Jones', 'same-day'],
  },
  {
    name: 'a story: its result, then its tags',
    route: 'story:update',
    setUp: make.story,
    a: { patch: { result: 'Onboarding took three days instead of ten.' } },
    b: { patch: { tags: ['learning fast'] } },
    read: (db, ids) => {
      const [result, tags] = both('SELECT result AS a, tags AS b FROM stories WHERE id = ?', 'id')(db, ids);
      return [result, JSON.parse(String(tags))];
    },
    expected: ['Onboarding took three days instead of ten.', ['learning fast']],
  },
];

describe('two windows saving different fields of one record', () => {
  it.each(CASES)('both save for $name ($route), and a second save of field A from the old copy still conflicts', async (c) => {
    const { core } = await open({ now: testClock().now });
    const db = core.database.db;
    const ids = await c.setUp(core);
    const loaded = (withCurrentRevision(db, c.route, ids) as { baseRevision: number }).baseRevision;

    // Window A saves its field; window B, still on the copy both loaded, saves another field: no conflict.
    await call(core, c.route, { ...ids, ...c.a, baseRevision: loaded } as never);
    await call(core, c.route, { ...ids, ...c.b, baseRevision: loaded } as never);
    expect(c.read(db, ids)).toEqual(c.expected);

    // Window B then edits field A, which window A changed after B loaded it: that is a real conflict, nothing written.
    const error = await fail(core, c.route, { ...ids, ...c.b, ...c.a, baseRevision: loaded });
    expect(error.code).toBe('CONFLICT');
    expect(error.details?.find((d) => d.path === 'baseRevision')?.message).toBe('This was changed in another window.');
    expect(c.read(db, ids)).toEqual(c.expected);
  });
});
