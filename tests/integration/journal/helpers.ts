import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { createCore, type Core } from '../../../electron/main/core';
import type { RouteInput, RouteName, RouteOutput } from '../../../electron/shared/contract';
import type { AppErrorData } from '../../../electron/shared/errors';
import { withCurrentRevision, type SaveInput } from '../current-revision';

/** Every table the journal writes to, for "a bad input writes nothing" snapshots. */
export const JOURNAL_TABLES = [
  'interviews',
  'interviewers',
  'interview_tags',
  'reflections',
  'questions',
  'interview_questions',
  'key_points',
  'interview_search',
] as const;

/**
 * Returns a function that opens a fresh core over a new temp data folder; after each test every core
 * is closed and every folder removed, so no test sees another's database.
 */
export function useCores(): (options?: { now?: () => Date; dir?: string }) => Promise<Core> {
  const open: { core: Core; dir: string }[] = [];
  afterEach(() => {
    const done = open.splice(0);
    for (const { core } of done) if (core.database.db.open) core.close();
    for (const dir of new Set(done.map((o) => o.dir))) fs.rmSync(dir, { recursive: true, force: true });
  });
  return async (options = {}) => {
    // A given folder is one this function made earlier (reopening it), removed after the test like the rest.
    const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-journal-'));
    const core = await createCore({
      dataDir: dir,
      version: 'test',
      host: 'browser',
      autoBackup: false,
      validateOutput: true,
      now: options.now,
    });
    open.push({ core, dir });
    return core;
  };
}

/** Calls a route that must succeed, and returns its typed output (the failure is shown if it does not). */
export async function call<N extends RouteName>(core: Core, name: N, input: SaveInput<N>): Promise<RouteOutput<N>> {
  const result = await core.router.dispatch(name, withCurrentRevision(core.database.db, name, input));
  if (!result.ok) expect.fail(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.data as RouteOutput<N>;
}

/** Calls a route that must fail (input may be deliberately malformed), and returns its error. */
export async function fail(core: Core, name: RouteName, input: unknown): Promise<AppErrorData> {
  const result = await core.router.dispatch(name, withCurrentRevision(core.database.db, name, input));
  if (result.ok) expect.fail(`${name} should have failed but returned ${JSON.stringify(result.data).slice(0, 300)}`);
  return result.error;
}

/** Row counts of every journal table. */
export function counts(db: Database.Database): Record<string, number> {
  return Object.fromEntries(JOURNAL_TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
}

/** Everything that would show a write: row counts, and each interview's updated_at and FTS text. */
export function snapshot(db: Database.Database): unknown {
  return {
    counts: counts(db),
    interviews: db.prepare('SELECT * FROM interviews ORDER BY id').all(),
    reflections: db.prepare('SELECT * FROM reflections ORDER BY id').all(),
    asked: db.prepare('SELECT * FROM interview_questions ORDER BY id').all(),
    keyPoints: db.prepare('SELECT * FROM key_points ORDER BY id').all(),
    search: db.prepare('SELECT rowid, * FROM interview_search ORDER BY rowid').all(),
  };
}

/** The stored updated_at of one interview. */
export function updatedAt(db: Database.Database, id: number): string {
  return db.prepare('SELECT updated_at FROM interviews WHERE id = ?').pluck().get(id) as string;
}

/** A clock the test moves by hand: one second later on every reading, so each write gets its own stamp. */
export function tickingClock(start = '2026-03-01T10:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/** The ids found by a journal search, in order. */
export async function searchIds(core: Core, query: string): Promise<number[]> {
  const page = await call(core, 'interview:list', { filters: { query }, limit: 200 });
  return page.items.map((i) => i.id);
}

/** The first search hit's snippet for a query. */
export async function snippetFor(core: Core, query: string): Promise<string | null> {
  const page = await call(core, 'interview:list', { filters: { query }, limit: 1 });
  return page.items[0]?.snippet ?? null;
}

/** Creates an interview with the given fields on top of sensible required ones. */
export async function createInterview(
  core: Core,
  fields: Partial<RouteInput<'interview:create'>> = {},
): Promise<RouteOutput<'interview:create'>> {
  return call(core, 'interview:create', { company: 'Acme', heldAt: '2026-03-01T09:30', ...fields });
}

/** The id of a shipped bank question by its exact text. */
export function bankIdByText(db: Database.Database, text: string): number {
  const id = db.prepare('SELECT id FROM questions WHERE text = ?').pluck().get(text) as number | undefined;
  if (id === undefined) throw new Error(`No bank question "${text}"`);
  return id;
}
