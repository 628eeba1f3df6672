import type Database from 'better-sqlite3';
import type { InterviewQuestion, KeyPoint } from '../../shared/journal-schemas';
import { stringListColumn } from '../../shared/json-columns';
import { statementCache } from '../db/statement-cache';
import { parseJsonColumn } from '../db/json-column';

interface Row {
  id: number;
  interview_id: number;
  question_id: number;
  position: number;
  text: string;
  category: InterviewQuestion['category'];
  hints: string;
  source: InterviewQuestion['source'];
  answer_given: string;
  how_it_went: InterviewQuestion['howItWent'];
  kind: InterviewQuestion['kind'];
  revision: number;
}

/** A key_points row as the list reads it (missed is 0 or 1). */
interface StoredPoint {
  text: string;
  missed: number;
}

const SELECT = `SELECT iq.id, iq.interview_id, iq.question_id, iq.position, q.text, q.category, q.hints, q.source,
  iq.answer_given, iq.how_it_went, iq.kind, iq.revision
  FROM interview_questions iq JOIN questions q ON q.id = iq.question_id`;

/** The columns of an asked question a person edits. */
type AskedPatch = Partial<Pick<InterviewQuestion, 'answerGiven' | 'howItWent' | 'kind'>>;
const COLUMNS = { answerGiven: 'answer_given', howItWent: 'how_it_went', kind: 'kind' } as const;

/** An asked question with the facts the service's rules need. */
export type AskedQuestion = InterviewQuestion & { interviewId: number; position: number };

/** The contract's shape of an asked question, without the repo's bookkeeping. */
export function publicQuestion(q: AskedQuestion): InterviewQuestion {
  const { interviewId: _i, position: _p, ...rest } = q;
  return rest;
}

/** SQL for the questions asked in an interview and their key points. */
export function createInterviewQuestionRepo(db: Database.Database) {
  const list = db.prepare<[number], Row>(`${SELECT} WHERE iq.interview_id = ? ORDER BY iq.position, iq.id`);
  const one = db.prepare<[number], Row>(`${SELECT} WHERE iq.id = ?`);
  const points = db.prepare<[number], StoredPoint>(
    'SELECT text, missed FROM key_points WHERE interview_question_id = ? ORDER BY position',
  );
  const pointsFor = db.prepare<
    [number],
    StoredPoint & { owner: number }
  >(`SELECT kp.interview_question_id AS owner, kp.text, kp.missed FROM key_points kp
    JOIN interview_questions iq ON iq.id = kp.interview_question_id WHERE iq.interview_id = ? ORDER BY kp.position`);
  const insert = db.prepare(`INSERT INTO interview_questions (interview_id, question_id, position, updated_at)
    VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM interview_questions WHERE interview_id = ?), ?)`);
  const alreadyAsked = db
    .prepare<[number, number], number>('SELECT 1 FROM interview_questions WHERE interview_id = ? AND question_id = ?')
    .pluck();
  const deletePoints = db.prepare('DELETE FROM key_points WHERE interview_question_id = ?');
  const insertPoint = db.prepare('INSERT INTO key_points (interview_question_id, position, text, missed) VALUES (?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM interview_questions WHERE id = ?');
  const setPosition = db.prepare('UPDATE interview_questions SET position = ? WHERE id = ?');
  const updates = statementCache((sql) => db.prepare(sql));

  function toQuestion(row: Row, keyPoints: StoredPoint[]): AskedQuestion {
    return {
      id: row.id,
      interviewId: row.interview_id,
      questionId: row.question_id,
      position: row.position,
      source: row.source,
      text: row.text,
      category: row.category,
      hints: parseJsonColumn(stringListColumn, row.hints),
      answerGiven: row.answer_given,
      howItWent: row.how_it_went,
      kind: row.kind,
      keyPoints: keyPoints.map((p) => ({ text: p.text, missed: p.missed === 1 })),
      revision: row.revision,
    };
  }

  return {
    list(interviewId: number): AskedQuestion[] {
      const byOwner = new Map<number, StoredPoint[]>();
      for (const p of pointsFor.all(interviewId)) {
        const bucket = byOwner.get(p.owner) ?? [];
        bucket.push(p);
        byOwner.set(p.owner, bucket);
      }
      return list.all(interviewId).map((r) => toQuestion(r, byOwner.get(r.id) ?? []));
    },
    get(id: number): AskedQuestion | undefined {
      const row = one.get(id);
      return row && toQuestion(row, points.all(id));
    },
    isAsked: (interviewId: number, questionId: number) => alreadyAsked.get(interviewId, questionId) === 1,
    insert(interviewId: number, questionId: number, now: string): number {
      return Number(insert.run(interviewId, questionId, interviewId, now).lastInsertRowid);
    },
    /** Writes the given fields and moves the question's revision on by one (its key points are part of it). */
    update(id: number, patch: AskedPatch, now: string): void {
      const fields = (Object.keys(patch) as (keyof typeof COLUMNS)[]).filter((k) => k in COLUMNS).sort();
      const sets = [...fields.map((f) => `${COLUMNS[f]} = @${f}`), 'updated_at = @now', 'revision = revision + 1'].join(', ');
      updates(`UPDATE interview_questions SET ${sets} WHERE id = @id`).run({
        ...Object.fromEntries(fields.map((f) => [f, patch[f]])),
        now,
        id,
      });
    },
    replaceKeyPoints(id: number, list: KeyPoint[]): void {
      deletePoints.run(id);
      list.forEach((p, i) => insertPoint.run(id, i, p.text, p.missed ? 1 : 0));
    },
    remove: (id: number) => void remove.run(id),
    setPosition: (id: number, position: number) => void setPosition.run(position, id),
  };
}

export type InterviewQuestionRepo = ReturnType<typeof createInterviewQuestionRepo>;
