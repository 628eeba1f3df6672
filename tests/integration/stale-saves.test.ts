import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/main/core';
import { TABLE_SPECS } from '../../electron/main/data-transfer/table-specs';
import type { RouteName } from '../../electron/shared/contract';
import { EXPORT_TABLES } from '../../electron/shared/data-transfer-export-schemas';
import { withCurrentRevision } from './support/current-revision';
import { useCores } from './support/cores';
import { call, fail } from './support/routes';
import { journaledInterview, testClock } from './followups/helpers';
import { type Ids, keyPointTexts, make, storedRow } from './support/two-windows';

const open = useCores();

/** Every row of the person's data, to show that a refused save wrote nothing at all. */
function everything(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(
    EXPORT_TABLES.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${TABLE_SPECS[t].key.join(', ')}`).all()]),
  );
}

/**
 * One editable record kind: how to reach it, a first save (another window's, from the revision both loaded), and a
 * second one made from that same, now stale, revision. `read` gives the record's stored value and revision.
 */
interface Case {
  name: string;
  route: RouteName;
  setUp(core: Core): Promise<Ids>;
  first: Record<string, unknown>;
  stale: Record<string, unknown>;
  read(db: Database.Database, ids: Ids): { revision: number; value: unknown };
  /** The current text or value as the CONFLICT's details carry it. */
  currentValue(current: Record<string, unknown>): unknown;
  expected: unknown;
}

/** Reads a record by SQL that names its `value` and `revision`, with `?` for each of the named ids. */
const stored =
  (sql: string, ...keys: string[]) =>
  (db: Database.Database, ids: Ids) => {
    const r = storedRow(db, sql, ids, keys);
    return { revision: r.revision as number, value: r.value };
  };

/** One field of the current record the CONFLICT carries. */
const field = (name: string) => (current: Record<string, unknown>) => current[name];

const CASES: Case[] = [
  {
    name: 'interview details and notes',
    route: 'interview:update',
    setUp: make.interviewById,
    first: { patch: { notes: 'First window: they loved the demo.' } },
    stale: { patch: { notes: 'Second window, stale.' } },
    read: stored('SELECT notes AS value, revision FROM interviews WHERE id = ?', 'id'),
    currentValue: field('notes'),
    expected: 'First window: they loved the demo.',
  },
  {
    name: 'a reflection area',
    route: 'reflection:save',
    setUp: async (core) => ({ ...(await make.interview(core)), area: 'confidence' }),
    first: { wentBadly: 'My voice shook at the start.' },
    stale: { wentBadly: 'Stale words.' },
    read: stored(
      'SELECT went_badly AS value, revision FROM reflections WHERE interview_id = ? AND area = ?',
      'interviewId',
      'area',
    ),
    currentValue: field('wentBadly'),
    expected: 'My voice shook at the start.',
  },
  {
    name: 'an asked question and its key points',
    route: 'interview-question:update',
    setUp: make.askedQuestion,
    first: { keyPoints: [{ text: 'I led the migration', missed: true }] },
    stale: { keyPoints: [{ text: 'Stale point', missed: false }], answerGiven: 'Stale answer' },
    read: (db, ids) => {
      const r = storedRow(db, 'SELECT answer_given, revision FROM interview_questions WHERE id = ?', ids, ['id']);
      return { revision: r.revision as number, value: { answer: r.answer_given, points: keyPointTexts(db, ids.id) } };
    },
    currentValue: (c) => (c.keyPoints as { text: string }[]).map((p) => p.text),
    expected: ['I led the migration'],
  },
  {
    name: 'a follow-up message',
    route: 'followup:update',
    setUp: make.thankYou,
    first: { patch: { body: 'Dear Ann, thank you (first window).' } },
    stale: { patch: { body: 'Dear Ann, stale.' } },
    read: stored(
      'SELECT (SELECT body FROM followup_versions v WHERE v.followup_id = f.id ORDER BY v.id DESC LIMIT 1) AS value, revision FROM followups f WHERE id = ?',
      'id',
    ),
    currentValue: field('body'),
    expected: 'Dear Ann, thank you (first window).',
  },
  {
    name: "an interview's follow-up plan",
    route: 'followup:updatePlan',
    setUp: make.interview,
    first: { patch: { specificMoment: 'your streaming work' } },
    stale: { patch: { specificMoment: 'stale moment' } },
    read: stored('SELECT specific_moment AS value, revision FROM followup_plans WHERE interview_id = ?', 'interviewId'),
    currentValue: field('specificMoment'),
    expected: 'your streaming work',
  },
  {
    name: 'a plan item',
    route: 'plan:updateItem',
    setUp: make.planItem,
    first: { patch: { text: 'Rehearse the closing twice' } },
    stale: { patch: { text: 'Stale item', status: 'done' } },
    // Both the text and the status: the stale save would have changed the two.
    read: stored("SELECT text || ' | ' || status AS value, revision FROM plan_items WHERE id = ?", 'id'),
    currentValue: field('text'),
    expected: 'Rehearse the closing twice',
  },
  {
    name: 'the plan note',
    route: 'plan:saveNote',
    setUp: async () => ({}),
    first: { body: 'Sleep early.' },
    stale: { body: 'Stale note.' },
    read: stored('SELECT body AS value, revision FROM plan_note WHERE id = 1'),
    currentValue: field('body'),
    expected: 'Sleep early.',
  },
  {
    name: 'a point not got across',
    route: 'missed-point:update',
    setUp: async (core) => {
      const { interviewId } = await make.interview(core);
      const state = await call(core, 'missed-point:add', { interviewId: interviewId as number, text: 'I led the migration' });
      return { id: state.points[0].id };
    },
    first: { text: 'I led the Kafka migration' },
    stale: { text: 'Stale point' },
    read: stored('SELECT text AS value, revision FROM missed_points WHERE id = ?', 'id'),
    currentValue: field('text'),
    expected: 'I led the Kafka migration',
  },
  {
    name: 'settings',
    route: 'settings:update',
    setUp: async () => ({}),
    first: { yourName: 'Sam Jones' },
    stale: { yourName: 'Stale Name', sendWindow: 'same-day' },
    read: (db) => {
      const revision = db.prepare('SELECT 1 + coalesce(sum(revision), 0) FROM settings').pluck().get() as number;
      return { revision, value: db.prepare('SELECT key, value FROM settings ORDER BY key').all() };
    },
    currentValue: field('yourName'),
    expected: 'Sam Jones',
  },
  {
    name: 'a story',
    route: 'story:update',
    setUp: make.story,
    first: { patch: { action: 'I scripted the access requests.' } },
    stale: { patch: { action: 'Stale action' } },
    read: stored('SELECT action AS value, revision FROM stories WHERE id = ?', 'id'),
    currentValue: field('action'),
    expected: 'I scripted the access requests.',
  },
  {
    name: "an interview's job description",
    route: 'job:save',
    setUp: make.interview,
    first: { text: 'Analyst. Requirements: Power BI.' },
    stale: { text: 'Stale description' },
    // No row yet reads as an empty description at revision 1.
    read: stored(
      "SELECT coalesce(max(text), '') AS value, coalesce(max(revision), 1) AS revision FROM job_descriptions WHERE interview_id = ?",
      'interviewId',
    ),
    currentValue: field('text'),
    expected: 'Analyst. Requirements: Power BI.',
  },
];

describe('a save from a stale revision', () => {
  it.each(CASES)('is refused for $name ($route): CONFLICT with the current revision and value, nothing written', async (c) => {
    const { core } = await open({ now: testClock().now });
    const db = core.database.db;
    const ids = await c.setUp(core);
    const loaded = (withCurrentRevision(db, c.route, ids) as { baseRevision: number }).baseRevision;
    // Both windows loaded the record at `loaded`; the first one saves.
    const saved = (await call(core, c.route, { ...ids, ...c.first, baseRevision: loaded } as never)) as Record<string, unknown>;
    const after = c.read(db, ids);
    expect(after.revision).toBe(loaded + 1);
    const answered =
      c.route === 'followup:updatePlan'
        ? (saved.plan as Record<string, unknown>)
        : c.route === 'missed-point:update'
          ? (saved.points as Record<string, unknown>[]).find((p) => p.id === ids.id)!
          : saved;
    expect(answered.revision).toBe(after.revision);

    // The second one, still at `loaded`, is refused and changes nothing anywhere.
    const before = everything(db);
    const error = await fail(core, c.route, { ...ids, ...c.stale, baseRevision: loaded });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/changed in another window/);
    const detail = error.details?.find((d) => d.path === 'baseRevision');
    expect(detail?.revision).toBe(after.revision);
    expect(c.currentValue(detail?.current as Record<string, unknown>)).toEqual(c.expected);
    expect(everything(db)).toEqual(before);
    expect(c.read(db, ids)).toEqual(after);

    // Saving on top of the newer revision ("Keep mine") goes through.
    await call(core, c.route, { ...ids, ...c.stale, baseRevision: after.revision } as never);
    expect(c.read(db, ids).revision).toBeGreaterThan(after.revision);
  });

  it('is refused when the revision is left out, naming the field, and nothing is written', async () => {
    const { core } = await open({ now: testClock().now });
    const iv = await journaledInterview(core);
    const before = everything(core.database.db);
    const result = await core.router.dispatch('interview:update', { id: iv.id, patch: { notes: 'no revision' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details?.map((d) => [d.path, d.message])).toEqual([
      ['baseRevision', 'Send the revision this was loaded at (baseRevision).'],
    ]);
    expect(everything(core.database.db)).toEqual(before);
  });

  it('keeps the other window’s text as a version when "Keep mine" saves a follow-up on top of it', async () => {
    const { core } = await open({ now: testClock().now });
    const iv = await journaledInterview(core);
    const [draft] = await call(core, 'followup:draftThankYous', { interviewId: iv.id });
    const first = await call(core, 'followup:update', { id: draft.id, baseRevision: draft.revision, patch: { body: 'Theirs.' } });
    await call(core, 'followup:update', {
      id: draft.id,
      baseRevision: first.revision,
      newVersion: true,
      patch: { body: 'Mine.' },
    });
    const bodies = (await call(core, 'followup:versions', { id: draft.id })).map((v) => v.body);
    expect(bodies.slice(0, 2)).toEqual(['Mine.', 'Theirs.']);
  });

  it('an edit of an area or a question leaves the interview’s own revision alone, so the details editor is not stale', async () => {
    const { core } = await open({ now: testClock().now });
    const iv = await journaledInterview(core);
    const loaded = (await call(core, 'interview:get', { id: iv.id })).revision;
    await call(core, 'reflection:save', { interviewId: iv.id, area: 'closing', rating: 2 });
    const saved = await call(core, 'interview:update', { id: iv.id, baseRevision: loaded, patch: { notes: 'Fine.' } });
    expect(saved.revision).toBe(loaded + 1);
  });
});
