import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { createCore, type Core } from '../../../electron/main/core';
import type { RouteInput, RouteName, RouteOutput } from '../../../electron/shared/contract';
import type { AppErrorData } from '../../../electron/shared/errors';
import { withCurrentRevision, type SaveInput } from '../current-revision';
import type { QuestionCategory } from '../../../electron/shared/journal-schemas';

/** Every table practice writes to, for "a bad input writes nothing" snapshots. */
export const PRACTICE_TABLES = ['practice_sessions', 'attempts', 'review_items', 'recordings'] as const;

/** A clock the test moves by hand; each reading is one millisecond after the last so stamps stay ordered. */
export interface Clock {
  now: () => Date;
  /** Jumps to a moment (the next readings follow it). */
  set(at: Date | string): void;
  advance(ms: number): void;
  current(): Date;
}

/** Local noon on a fixed day: "due today" (end of the local day) is then hours away whatever the time zone. */
export function localNoon(year = 2026, monthIndex = 2, day = 10): Date {
  return new Date(year, monthIndex, day, 12, 0, 0, 0);
}

export function makeClock(start: Date = localNoon()): Clock {
  let t = start.getTime();
  return {
    now: () => new Date((t += 1)),
    set: (at) => void (t = new Date(at).getTime()),
    advance: (ms) => void (t += ms),
    current: () => new Date(t),
  };
}

export interface Opened {
  core: Core;
  db: Database.Database;
  dir: string;
  clock: Clock;
}

/**
 * Returns a function that opens a fresh core over a new temp data folder (or reopens one made earlier);
 * after each test every core is closed and every folder removed.
 */
export function useCores(): (options?: { clock?: Clock; dir?: string }) => Promise<Opened> {
  const open: { core: Core; dir: string }[] = [];
  afterEach(() => {
    const done = open.splice(0);
    for (const { core } of done) if (core.database.db.open) core.close();
    for (const dir of new Set(done.map((o) => o.dir))) fs.rmSync(dir, { recursive: true, force: true });
  });
  return async (options = {}) => {
    const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-practice-'));
    const clock = options.clock ?? makeClock();
    let core: Core;
    try {
      core = await createCore({
        dataDir: dir,
        version: 'test',
        host: 'browser',
        autoBackup: false,
        validateOutput: true,
        now: clock.now,
      });
    } catch (err) {
      // A core that fails to open must not leave a fresh temp folder behind (a reopened one is removed after the test).
      if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    open.push({ core, dir });
    return { core, db: core.database.db, dir, clock };
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

/** Row counts of every practice table. */
export function counts(db: Database.Database): Record<(typeof PRACTICE_TABLES)[number], number> {
  return Object.fromEntries(
    PRACTICE_TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
  ) as Record<(typeof PRACTICE_TABLES)[number], number>;
}

/** Every practice row and every file in the recordings folder (name and size): anything a write would change. */
export function snapshot(db: Database.Database, dir: string): unknown {
  return {
    counts: counts(db),
    rows: Object.fromEntries(PRACTICE_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()])),
    files: recordingFiles(dir),
  };
}

/** The recordings folder's files with their sizes, sorted by name. */
export function recordingFiles(dir: string): { name: string; size: number }[] {
  const folder = path.join(dir, 'recordings');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .sort()
    .map((name) => ({ name, size: fs.statSync(path.join(folder, name)).size }));
}

/** The file behind a recording id, read from its row. */
export function recordingPath(db: Database.Database, dir: string, id: number): string {
  const name = db.prepare('SELECT file_name FROM recordings WHERE id = ?').pluck().get(id) as string | undefined;
  if (!name) throw new Error(`No recording row ${id}`);
  return path.join(dir, 'recordings', name);
}

/** The stored card of a question, or undefined. */
export function card(db: Database.Database, questionId: number): Record<string, unknown> | undefined {
  return db.prepare('SELECT * FROM review_items WHERE question_id = ?').get(questionId) as Record<string, unknown> | undefined;
}

/** Creates an interview with sensible required fields. */
export async function createInterview(
  core: Core,
  fields: Partial<RouteInput<'interview:create'>> = {},
): Promise<RouteOutput<'interview:create'>> {
  return call(core, 'interview:create', { company: 'Acme', heldAt: '2026-03-01T09:30', ...fields });
}

export interface AskOptions {
  howItWent?: 'strong' | 'okay' | 'fumbled' | null;
  keyPoints?: { text: string; missed?: boolean }[];
  category?: QuestionCategory;
}

/** Adds a typed question to an interview and records how it went; returns the question's id and the row's. */
export async function ask(
  core: Core,
  interviewId: number,
  text: string,
  o: AskOptions = {},
): Promise<{ questionId: number; askedId: number }> {
  const added = await call(core, 'interview-question:add', { interviewId, text, category: o.category ?? 'behavioural' });
  if (o.howItWent !== undefined || o.keyPoints) {
    await call(core, 'interview-question:update', {
      id: added.id,
      ...(o.howItWent !== undefined ? { howItWent: o.howItWent } : {}),
      ...(o.keyPoints ? { keyPoints: o.keyPoints.map((k) => ({ text: k.text, missed: k.missed ?? true })) } : {}),
    });
  }
  return { questionId: added.questionId, askedId: added.id };
}

/** Starts a one-question session on a given question by replaying a throwaway interview that asked only it. */
export async function sessionOn(core: Core, questionId: number): Promise<RouteOutput<'practice:start'>> {
  const i = await createInterview(core, { company: `Replay ${questionId}` });
  await call(core, 'interview-question:add', { interviewId: i.id, questionId });
  const s = await call(core, 'practice:start', { source: 'interview', interviewId: i.id, length: 1 });
  await call(core, 'interview:trash', { id: i.id });
  return s;
}

/** Saves and grades one answer at a position; returns the graded attempt. */
export async function answerAndGrade(
  core: Core,
  sessionId: number,
  position: number,
  grade: 'again' | 'hard' | 'good' | 'easy',
  answerText = 'An answer.',
): Promise<RouteOutput<'practice:grade'>> {
  const saved = await call(core, 'practice:saveAttempt', { sessionId, position, answerText, durationMs: 30_000 });
  return call(core, 'practice:grade', { attemptId: saved.id, grade, keyPoints: saved.keyPoints });
}

/** The id of a bank question by its exact text. */
export function questionIdByText(db: Database.Database, text: string): number {
  const id = db.prepare('SELECT id FROM questions WHERE text = ?').pluck().get(text) as number | undefined;
  if (id === undefined) throw new Error(`No question "${text}"`);
  return id;
}

/** The category of a question. */
export function categoryOf(db: Database.Database, questionId: number): string {
  return db.prepare('SELECT category FROM questions WHERE id = ?').pluck().get(questionId) as string;
}

/** Base64 of some bytes. */
export const b64 = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64');
