// What the two-window tests (a stale save, two fields saved apart) share: the records they open, and how they read one
// stored row back by the ids they set up.
import type Database from 'better-sqlite3';
import type { Core } from '../../../electron/main/core';
import { journaledInterview } from '../followups/helpers';
import { call } from './routes';

/** The ids a record kind's routes take (`id`, or `interviewId` and `area`...). */
export type Ids = Record<string, unknown>;

/** One stored row, by SQL with `?` for each of the named ids in turn. */
export function storedRow(db: Database.Database, sql: string, ids: Ids, keys: string[]): Record<string, unknown> {
  const row = db.prepare<unknown[], Record<string, unknown>>(sql).get(...keys.map((k) => ids[k]));
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
}

/** The records the two-window tests edit, each made fresh: the ids its routes take. */
export const make = {
  /** A journaled interview, for routes that take its `interviewId`. */
  interview: async (core: Core): Promise<Ids> => ({ interviewId: (await journaledInterview(core)).id }),
  /** A journaled interview, for routes that take it as `id`. */
  interviewById: async (core: Core): Promise<Ids> => ({ id: (await journaledInterview(core)).id }),
  /** The first question asked in a journaled interview. */
  askedQuestion: async (core: Core): Promise<Ids> => {
    const iv = await journaledInterview(core);
    return { id: (await call(core, 'interview:get', { id: iv.id })).questions[0].id };
  },
  /** A thank-you draft to the first interviewer of a journaled interview. */
  thankYou: async (core: Core): Promise<Ids> => {
    const iv = await journaledInterview(core);
    const [draft] = await call(core, 'followup:draftThankYous', { interviewId: iv.id });
    return { id: draft.id };
  },
  /** A plan item. */
  planItem: async (core: Core): Promise<Ids> => ({ id: (await call(core, 'plan:addItem', { text: 'Rehearse the closing' })).id }),
  /** A story with a title only. */
  story: async (core: Core): Promise<Ids> => ({ id: (await call(core, 'story:create', { fields: { title: 'Onboarding' } })).id }),
};

/** The key points of an asked question, in order. */
export const keyPointTexts = (db: Database.Database, id: unknown): unknown[] =>
  db.prepare('SELECT text FROM key_points WHERE interview_question_id = ? ORDER BY position').pluck().all(id);
