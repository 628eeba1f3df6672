import type Database from 'better-sqlite3';
import type { Core } from '../../../electron/main/core';
import type { RouteInput } from '../../../electron/shared/contract';
import { call } from '../support/routes';
import { countRows, rowsOf } from '../support/rows';
import { ask } from '../support/writes';

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

/** Every row of every table above: a bad input must leave this exactly as it was. */
export const snapshot = (db: Database.Database): Record<string, unknown[]> => rowsOf(db, TABLES);

/** Row counts of the follow-up tables. */
export const counts = (db: Database.Database): Record<string, number> => countRows(db, TABLES);

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
  await ask(core, interview.id, 'Why do you want this role?', {
    howItWent: 'okay',
    keyPoints: [{ text: 'I like data', missed: true }],
  });
  await ask(core, interview.id, 'Tell me about a pipeline you built.', {
    howItWent: 'fumbled',
    keyPoints: [
      { text: 'I led the Kafka migration that cut latency from hours to minutes.', missed: true },
      { text: 'We processed 2 TB a day', missed: false },
      { text: 'I mentor two junior engineers', missed: true },
    ],
  });
  return interview;
}
