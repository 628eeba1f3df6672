import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../../electron/main/core';
import type { RouteInput, RouteName, RouteOutput } from '../../../electron/shared/contract';
import type { AppErrorData } from '../../../electron/shared/errors';
import { withCurrentRevision, type SaveInput } from '../current-revision';

/** Every table follow-ups write to (and the journal's, which they must never write), for "writes nothing" checks. */
export const TABLES = [
  'settings',
  'followup_plans',
  'followups',
  'followup_versions',
  'followup_checklist_items',
  'interviews',
  'interviewers',
  'key_points',
] as const;

/** A clock the test sets by local wall-clock time, so results do not depend on the machine's time zone. */
export interface TestClock {
  now: () => Date;
  /** Sets local time, 'YYYY-MM-DDTHH:MM'. */
  set(local: string): void;
  advance(minutes: number): void;
}

/** A clock standing at a local time (default: the morning after the usual test interview). */
export function testClock(start = '2026-03-04T09:00'): TestClock {
  let t = local(start);
  return {
    now: () => new Date(t.getTime()),
    set: (at) => void (t = local(at)),
    advance: (minutes) => void (t = new Date(t.getTime() + minutes * 60_000)),
  };
}

function local(at: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(at);
  if (!m) throw new Error(`Not a local stamp: ${at}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
}

/**
 * Returns a function that opens a fresh core over a new temp data folder (or reopens one); after each test every
 * core is closed and every folder removed.
 */
export function useCores(): (options?: Partial<Pick<CoreOptions, 'now' | 'openExternal'>> & { dir?: string }) => Promise<Core> {
  const open: { core: Core; dir: string }[] = [];
  afterEach(() => {
    const done = open.splice(0);
    for (const { core } of done) if (core.database.db.open) core.close();
    for (const dir of new Set(done.map((o) => o.dir))) fs.rmSync(dir, { recursive: true, force: true });
  });
  return async ({ dir, ...options } = {}) => {
    const dataDir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-followups-'));
    const core = await createCore({
      dataDir,
      version: 'test',
      host: 'browser',
      autoBackup: false,
      validateOutput: true,
      ...options,
    });
    open.push({ core, dir: dataDir });
    return core;
  };
}

/** Calls a route that must succeed, and returns its typed output. */
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

/** Every row of every table above: a bad input must leave this exactly as it was. */
export function snapshot(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

/** Row counts of the follow-up tables. */
export function counts(db: Database.Database): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
}

/** A journaled interview: two interviewers (one without email), a fumbled question with two missed key points. */
export async function journaledInterview(core: Core, fields: Partial<RouteInput<'interview:create'>> = {}) {
  const interview = await call(core, 'interview:create', {
    company: 'Acme Analytics',
    role: 'Data Engineer',
    heldAt: '2026-03-03T10:00',
    interviewers: [
      { name: 'Ann Lee', role: 'Head of Data', email: 'ann.lee@acme.example' },
      { name: 'Bo Chen', role: 'Engineer' },
    ],
    ...fields,
  });
  const okay = await call(core, 'interview-question:add', { interviewId: interview.id, text: 'Why do you want this role?' });
  await call(core, 'interview-question:update', {
    id: okay.id,
    howItWent: 'okay',
    keyPoints: [{ text: 'I like data', missed: true }],
  });
  const fumbled = await call(core, 'interview-question:add', {
    interviewId: interview.id,
    text: 'Tell me about a pipeline you built.',
  });
  await call(core, 'interview-question:update', {
    id: fumbled.id,
    howItWent: 'fumbled',
    keyPoints: [
      { text: 'I led the Kafka migration that cut latency from hours to minutes.', missed: true },
      { text: 'We processed 2 TB a day', missed: false },
      { text: 'I mentor two junior engineers', missed: true },
    ],
  });
  return interview;
}
