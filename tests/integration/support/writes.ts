import type Database from 'better-sqlite3';
import type { Core } from '../../../electron/main/core';
import type { RouteInput, RouteOutput } from '../../../electron/shared/contract';
import type { QuestionCategory } from '../../../electron/shared/journal-schemas';
import { record } from './recordings';
import { call } from './routes';

/** Creates an interview with the given fields on top of sensible required ones. */
export async function createInterview(
  core: Core,
  fields: Partial<RouteInput<'interview:create'>> = {},
): Promise<RouteOutput<'interview:create'>> {
  return call(core, 'interview:create', { company: 'Acme', heldAt: '2026-03-01T09:30', ...fields });
}

/** The id of a question (shipped in the bank or written by the person) by its exact text. */
export function questionIdByText(db: Database.Database, text: string): number {
  const id = db.prepare('SELECT id FROM questions WHERE text = ?').pluck().get(text) as number | undefined;
  if (id === undefined) throw new Error(`No question "${text}"`);
  return id;
}

/** How an asked question went, in a test that says only what it is about. */
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

/** Starts a one-question session on a given question by replaying a throwaway interview that asked only it. */
export async function sessionOn(
  core: Core,
  questionId: number,
  heldAt = '2026-03-01T09:30',
): Promise<RouteOutput<'practice:start'>> {
  const i = await createInterview(core, { company: `Replay ${questionId}`, heldAt });
  await call(core, 'interview-question:add', { interviewId: i.id, questionId });
  const s = await call(core, 'practice:start', { source: 'interview', interviewId: i.id, length: 1 });
  await call(core, 'interview:trash', { id: i.id });
  return s;
}

/** Practises one question once, graded, through a one-question replay session; returns the attempt. */
export async function practise(
  core: Core,
  questionId: number,
  grade: 'again' | 'hard' | 'good' | 'easy',
  recordingId: number | null = null,
) {
  const session = await sessionOn(core, questionId, '2026-01-01');
  const saved = await call(core, 'practice:saveAttempt', {
    sessionId: session.id,
    position: 0,
    answerText: 'I owned it and fixed the process.',
    durationMs: 40_000,
    recordingId,
  });
  return call(core, 'practice:grade', { attemptId: saved.id, grade, keyPoints: saved.keyPoints });
}

/** What the practised interview below is made of; each test names only what it is about. */
export interface PractisedSpec {
  question?: string;
  keyPoint?: string | null;
  closing?: number | null;
  grade?: 'again' | 'hard' | 'good' | 'easy';
}

/**
 * An interview at Acme with one fumbled question (and a missed key point, and a closing rating), practised once with a
 * voice recording: a row in every table a backup, an export or an import carries, and a file in recordings/.
 */
export async function practisedInterview(core: Core, spec: PractisedSpec = {}) {
  const { question = 'Tell me about a time you failed', keyPoint = 'Own it', closing = 1, grade = 'again' } = spec;
  const acme = await journal(core, {
    company: 'Acme',
    ...(closing === null ? {} : { ratings: { closing } }),
    questions: [{ text: question, howItWent: 'fumbled', ...(keyPoint === null ? {} : { keyPoints: [{ text: keyPoint }] }) }],
  });
  await practise(core, acme.asked[0].questionId, grade, await record(core));
  return acme;
}
