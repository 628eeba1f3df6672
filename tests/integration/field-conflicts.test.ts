// Two windows on one record, each editing a different field: the second window's save (made from the copy both
// loaded) goes through and keeps the first window's field; only a change to the same field is a conflict.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/main/core';
import type { RouteName } from '../../electron/shared/contract';
import { withCurrentRevision } from './support/current-revision';
import { journaledInterview, testClock } from './followups/helpers';
import { useCores } from './support/cores';
import { call, fail } from './support/routes';

const open = useCores();

const one = (db: Database.Database, sql: string, ...args: unknown[]) =>
  db.prepare<unknown[], Record<string, unknown>>(sql).get(...args)!;

/** One record kind whose fields are saved one at a time: a save of field A, of field B, and both fields as stored. */
interface Case {
  name: string;
  route: RouteName;
  setUp(core: Core): Promise<Record<string, unknown>>;
  a: Record<string, unknown>;
  b: Record<string, unknown>;
  read(db: Database.Database, ids: Record<string, unknown>): [unknown, unknown];
  expected: [unknown, unknown];
}

const latestVersion = (db: Database.Database, id: unknown) =>
  one(db, 'SELECT subject, body FROM followup_versions WHERE followup_id = ? ORDER BY id DESC', id);

const CASES: Case[] = [
  {
    name: 'an interview: notes in one window, the closing statement in the other',
    route: 'interview:update',
    setUp: async (core) => ({ id: (await journaledInterview(core)).id }),
    a: { patch: { notes: 'Tab A: they liked the migration story.' } },
    b: { patch: { closingStatement: 'Tab B: I thanked them and asked about next steps.' } },
    read: (db, { id }) => {
      const r = one(db, 'SELECT notes, closing_statement FROM interviews WHERE id = ?', id);
      return [r.notes, r.closing_statement];
    },
    expected: ['Tab A: they liked the migration story.', 'Tab B: I thanked them and asked about next steps.'],
  },
  {
    name: 'a reflection area: went well, then went badly',
    route: 'reflection:save',
    setUp: async (core) => ({ interviewId: (await journaledInterview(core)).id, area: 'confidence' }),
    a: { wentWell: 'I kept eye contact.' },
    b: { wentBadly: 'My voice shook at the start.' },
    read: (db, { interviewId, area }) => {
      const r = one(db, 'SELECT went_well, went_badly FROM reflections WHERE interview_id = ? AND area = ?', interviewId, area);
      return [r.went_well, r.went_badly];
    },
    expected: ['I kept eye contact.', 'My voice shook at the start.'],
  },
  {
    name: 'an asked question: the answer, then its key points',
    route: 'interview-question:update',
    setUp: async (core) => {
      const iv = await journaledInterview(core);
      return { id: (await call(core, 'interview:get', { id: iv.id })).questions[0].id };
    },
    a: { answerGiven: 'I talked about the pipeline.' },
    b: { keyPoints: [{ text: 'I led the migration', missed: true }] },
    read: (db, { id }) => {
      const r = one(db, 'SELECT answer_given FROM interview_questions WHERE id = ?', id);
      const points = db.prepare('SELECT text FROM key_points WHERE interview_question_id = ? ORDER BY position').pluck().all(id);
      return [r.answer_given, points];
    },
    expected: ['I talked about the pipeline.', ['I led the migration']],
  },
  {
    name: 'a follow-up message: the subject, then the body',
    route: 'followup:update',
    setUp: async (core) => {
      const iv = await journaledInterview(core);
      const [draft] = await call(core, 'followup:draftThankYous', { interviewId: iv.id });
      return { id: draft.id };
    },
    a: { patch: { subject: 'Thank you, and one more thing' } },
    b: { patch: { body: 'Dear Ann, thank you for your time.' } },
    read: (db, { id }) => {
      const v = latestVersion(db, id);
      return [v.subject, v.body];
    },
    expected: ['Thank you, and one more thing', 'Dear Ann, thank you for your time.'],
  },
  {
    name: "an interview's follow-up plan: the moment, then the send window",
    route: 'followup:updatePlan',
    setUp: async (core) => ({ interviewId: (await journaledInterview(core)).id }),
    a: { patch: { specificMoment: 'your streaming work' } },
    b: { patch: { sendWindow: 'same-day' } },
    read: (db, { interviewId }) => {
      const r = one(db, 'SELECT specific_moment, send_window FROM followup_plans WHERE interview_id = ?', interviewId);
      return [r.specific_moment, r.send_window];
    },
    expected: ['your streaming work', 'same-day'],
  },
  {
    name: 'a plan item: its text, then its status',
    route: 'plan:updateItem',
    setUp: async (core) => ({ id: (await call(core, 'plan:addItem', { text: 'Rehearse the closing' })).id }),
    a: { patch: { text: 'Rehearse the closing twice' } },
    b: { patch: { status: 'done' } },
    read: (db, { id }) => {
      const r = one(db, 'SELECT text, status FROM plan_items WHERE id = ?', id);
      return [r.text, r.status];
    },
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
      const value = (key: string) => JSON.parse(String(one(db, 'SELECT value FROM settings WHERE key = ?', key).value));
      return [value('yourName'), value('sendWindow')];
    },
    expected: ['Sam Jones', 'same-day'],
  },
  {
    name: 'a story: its result, then its tags',
    route: 'story:update',
    setUp: async (core) => ({ id: (await call(core, 'story:create', { fields: { title: 'Onboarding' } })).id }),
    a: { patch: { result: 'Onboarding took three days instead of ten.' } },
    b: { patch: { tags: ['learning fast'] } },
    read: (db, { id }) => {
      const r = one(db, 'SELECT result, tags FROM stories WHERE id = ?', id);
      return [r.result, JSON.parse(String(r.tags))];
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
