import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../../electron/main/core';
import { TABLE_SPECS } from '../../../electron/main/data-transfer/table-specs';
import { EXPORT_TABLES } from '../../../electron/shared/data-transfer-export-schemas';
import type { RouteName, RouteOutput } from '../../../electron/shared/contract';
import type { AppErrorData } from '../../../electron/shared/errors';
import { withCurrentRevision, type SaveInput } from '../current-revision';
import type { QuestionCategory } from '../../../electron/shared/journal-schemas';

/** A clock the test moves by hand; each reading is one millisecond after the last, so stamps stay ordered. */
export interface Clock {
  now: () => Date;
  set(at: Date | string): void;
  advance(ms: number): void;
  current(): Date;
}

/** Local noon on a fixed day, so "today" is the same local day whatever the machine's time zone. */
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

export const DAY_MS = 86_400_000;

export interface Opened {
  core: Core;
  db: Database.Database;
  dir: string;
  clock: Clock;
}

/** Makes temp folders removed after each test. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) {
      fs.chmodSync(dir, 0o700);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-plan-out-'));
    made.push(dir);
    return dir;
  };
}

/**
 * Returns a function that opens a fresh core over a new temp data folder (or reopens one made earlier); after each
 * test every core is closed and every folder removed.
 */
export function useCores(): (options?: { clock?: Clock; dir?: string; openPath?: CoreOptions['openPath'] }) => Promise<Opened> {
  const open: { core: Core; dir: string }[] = [];
  afterEach(() => {
    const done = open.splice(0);
    for (const { core } of done) if (core.database.db.open) core.close();
    for (const dir of new Set(done.map((o) => o.dir))) fs.rmSync(dir, { recursive: true, force: true });
  });
  return async (options = {}) => {
    const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-plan-'));
    const clock = options.clock ?? makeClock();
    const core = await createCore({
      dataDir: dir,
      version: 'test',
      host: 'browser',
      autoBackup: false,
      validateOutput: true,
      now: clock.now,
      openPath: options.openPath,
    });
    open.push({ core, dir });
    return { core, db: core.database.db, dir, clock };
  };
}

/** Calls a route that must succeed, and returns its typed output. */
export async function call<N extends RouteName>(core: Core, name: N, input: SaveInput<N>): Promise<RouteOutput<N>> {
  const result = await core.router.dispatch(name, withCurrentRevision(core.database.db, name, input));
  if (!result.ok) expect.fail(`${name} failed: ${JSON.stringify(result.error).slice(0, 2000)}`);
  return result.data as RouteOutput<N>;
}

/** Calls a route that must fail (input may be deliberately malformed), and returns its error. */
export async function fail(core: Core, name: RouteName, input: unknown): Promise<AppErrorData> {
  const result = await core.router.dispatch(name, withCurrentRevision(core.database.db, name, input));
  if (result.ok) expect.fail(`${name} should have failed but returned ${JSON.stringify(result.data).slice(0, 300)}`);
  return result.error;
}

/** What one journaled question looks like in a test. */
export interface AskSpec {
  text: string;
  category?: QuestionCategory;
  howItWent?: 'strong' | 'okay' | 'fumbled' | null;
  keyPoints?: { text: string; missed?: boolean }[];
}

/** What one journaled interview looks like in a test. */
export interface InterviewSpec {
  company?: string;
  heldAt?: string;
  ratings?: Record<string, number>;
  wentBadly?: Record<string, string>;
  questions?: AskSpec[];
}

/** Writes an interview through the routes: ratings, what went badly, and questions with key points. */
export async function journal(
  core: Core,
  spec: InterviewSpec = {},
): Promise<{ id: number; asked: { id: number; questionId: number }[] }> {
  const interview = await call(core, 'interview:create', {
    company: spec.company ?? 'Acme',
    heldAt: spec.heldAt ?? '2026-03-01T09:30',
  });
  const areas = new Set([...Object.keys(spec.ratings ?? {}), ...Object.keys(spec.wentBadly ?? {})]);
  for (const area of areas) {
    await call(core, 'reflection:save', {
      interviewId: interview.id,
      area,
      ...(spec.ratings?.[area] !== undefined ? { rating: spec.ratings[area] } : {}),
      ...(spec.wentBadly?.[area] !== undefined ? { wentBadly: spec.wentBadly[area] } : {}),
    });
  }
  const asked: { id: number; questionId: number }[] = [];
  for (const q of spec.questions ?? []) {
    const added = await call(core, 'interview-question:add', {
      interviewId: interview.id,
      text: q.text,
      category: q.category ?? 'behavioural',
    });
    await call(core, 'interview-question:update', {
      id: added.id,
      ...(q.howItWent !== undefined ? { howItWent: q.howItWent } : {}),
      ...(q.keyPoints ? { keyPoints: q.keyPoints.map((k) => ({ text: k.text, missed: k.missed ?? true })) } : {}),
    });
    asked.push({ id: added.id, questionId: added.questionId });
  }
  return { id: interview.id, asked };
}

/** Practises one question once, graded, through a one-question replay session; returns the attempt. */
export async function practise(
  core: Core,
  questionId: number,
  grade: 'again' | 'hard' | 'good' | 'easy',
  recordingId: number | null = null,
) {
  const holder = await call(core, 'interview:create', { company: `Replay ${questionId}`, heldAt: '2026-01-01' });
  await call(core, 'interview-question:add', { interviewId: holder.id, questionId });
  const session = await call(core, 'practice:start', { source: 'interview', interviewId: holder.id, length: 1 });
  await call(core, 'interview:trash', { id: holder.id });
  const saved = await call(core, 'practice:saveAttempt', {
    sessionId: session.id,
    position: 0,
    answerText: 'I owned it and fixed the process.',
    durationMs: 40_000,
    recordingId,
  });
  return call(core, 'practice:grade', { attemptId: saved.id, grade, keyPoints: saved.keyPoints });
}

/** Records a short voice answer through the routes; returns its id. */
export async function record(core: Core, bytes: Buffer = crypto.randomBytes(3000)): Promise<number> {
  const { id } = await call(core, 'recording:start', { mimeType: 'audio/webm' });
  await call(core, 'recording:append', { id, chunk: bytes.toString('base64') });
  await call(core, 'recording:finish', { id, durationMs: 1500 });
  return id;
}

/** Every exported table's rows, both search indexes' text, and the recordings folder's files with their checksums. */
export function dump(db: Database.Database, dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Revisions are not exported (they only tell open editors whether their copy is current): an import starts at 1,
  // with no per-field revisions (migration 0012) and settings keys written at an unknown revision.
  const withoutRevision = ({
    revision: _revision,
    field_revisions: _fields,
    written_at: _writtenAt,
    ...row
  }: Record<string, unknown>) => row;
  for (const t of EXPORT_TABLES) {
    const rows = db.prepare<[], Record<string, unknown>>(`SELECT * FROM "${t}" ORDER BY ${TABLE_SPECS[t].key.join(', ')}`).all();
    out[t] = rows.map(withoutRevision);
  }
  out.interview_search = db.prepare('SELECT rowid, * FROM interview_search ORDER BY rowid').all();
  out.question_search = db.prepare("SELECT rowid FROM question_search WHERE question_search MATCH 'tell' ORDER BY rowid").all();
  const recordings = path.join(dir, 'recordings');
  out.files = fs.existsSync(recordings)
    ? fs
        .readdirSync(recordings)
        .sort()
        .map((name) => [
          name,
          crypto
            .createHash('sha256')
            .update(fs.readFileSync(path.join(recordings, name)))
            .digest('hex'),
        ])
    : [];
  return out;
}

/** Row counts of every exported table. */
export function counts(db: Database.Database): Record<string, number> {
  return Object.fromEntries(EXPORT_TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

/** A checksum of the whole dump: any write anywhere changes it. */
export function checksum(db: Database.Database, dir: string): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(dump(db, dir)))
    .digest('hex');
}

/** The export text with its timestamp blanked, for comparing two exports of the same data. */
export function withoutTimestamp(content: string): string {
  return content.replace(/"exportedAt":"[^"]*"/, '"exportedAt":""');
}
