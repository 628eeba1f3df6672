import type Database from 'better-sqlite3';
import type { RouteInput, RouteName } from '../../../electron/shared/contract';

/** A route's input where baseRevision may be left out: the test helpers then send the one stored right now. */
export type SaveInput<N extends RouteName> =
  RouteInput<N> extends { baseRevision: number }
    ? Omit<RouteInput<N>, 'baseRevision'> & { baseRevision?: number }
    : RouteInput<N>;

type Lookup = (db: Database.Database, input: Record<string, unknown>) => number | undefined;

const one = (db: Database.Database, sql: string, ...args: unknown[]) =>
  db
    .prepare<unknown[], number>(sql)
    .pluck()
    .get(...args);

const jobRevision: Lookup = (db, i) =>
  one(db, 'SELECT revision FROM job_descriptions WHERE interview_id = ?', i.interviewId) ?? 1;

/** Where each save route's record keeps its revision (rows not written yet are revision 1). */
const LOOKUPS: Partial<Record<RouteName, Lookup>> = {
  'interview:update': (db, i) => one(db, 'SELECT revision FROM interviews WHERE id = ?', i.id),
  'reflection:save': (db, i) =>
    one(db, 'SELECT revision FROM reflections WHERE interview_id = ? AND area = ?', i.interviewId, i.area),
  'interview-question:update': (db, i) => one(db, 'SELECT revision FROM interview_questions WHERE id = ?', i.id),
  'followup:update': (db, i) => one(db, 'SELECT revision FROM followups WHERE id = ?', i.id),
  'followup:updatePlan': (db, i) => one(db, 'SELECT revision FROM followup_plans WHERE interview_id = ?', i.interviewId) ?? 1,
  'plan:updateItem': (db, i) => one(db, 'SELECT revision FROM plan_items WHERE id = ?', i.id),
  'plan:saveNote': (db) => one(db, 'SELECT revision FROM plan_note WHERE id = 1') ?? 1,
  'missed-point:update': (db, i) => one(db, 'SELECT revision FROM missed_points WHERE id = ?', i.id),
  'speech:saveText': (db, i) => one(db, 'SELECT revision FROM speech_transcripts WHERE audio_id = ?', i.audioId),
  'model-answer:save': (db, i) => one(db, 'SELECT revision FROM model_answers WHERE question_id = ?', i.questionId) ?? 1,
  'model-answer:remove': (db, i) => one(db, 'SELECT revision FROM model_answers WHERE question_id = ?', i.questionId) ?? 1,
  'settings:update': (db) => one(db, 'SELECT 1 + coalesce(sum(revision), 0) FROM settings'),
  'story:update': (db, i) => one(db, 'SELECT revision FROM stories WHERE id = ?', i.id),
  'job:save': (db, i) => jobRevision(db, i),
  'job:addTerm': (db, i) => jobRevision(db, i),
  'job:removeTerm': (db, i) => jobRevision(db, i),
  'job:restoreTerm': (db, i) => jobRevision(db, i),
};

/**
 * The input as an editor that has just loaded the record would send it: a save route without a baseRevision gets the
 * current one, so tests about other rules need not track revisions. Tests of stale saves pass their own.
 */
export function withCurrentRevision(db: Database.Database, name: RouteName, input: unknown): unknown {
  const lookup = LOOKUPS[name];
  if (!lookup || typeof input !== 'object' || input === null || Array.isArray(input) || 'baseRevision' in input) return input;
  // A record that is not there gets revision 1, so the test sees the NOT_FOUND it is about.
  return { ...input, baseRevision: lookup(db, input as Record<string, unknown>) ?? 1 };
}
