import type Database from 'better-sqlite3';
import { plannedQuestionsColumn } from '../../shared/json-columns';
import { parseJsonColumn } from '../db/json-column';

/** An asked question as a story starts from it: the answer as given, its interview, its missed key points. */
export interface AskedRow {
  interview_id: number;
  question_id: number;
  question_text: string;
  answer_given: string;
  company: string;
  role: string;
  held_at: string;
}

/** A practice answer with its question. */
export interface AttemptRow {
  id: number;
  session_id: number;
  question_id: number;
  question_text: string;
  answer_text: string;
  created_at: string;
}

/** A model answer's parts with its question. */
export interface ModelAnswerPartsRow {
  question_id: number;
  question_text: string;
  situation: string;
  task: string;
  action: string;
  result: string;
}

/**
 * SQL for what stories are made from and checked against, in other domains' tables: asked questions, practice
 * answers, model answers, practice sessions. Read only.
 */
export function createStorySourcesRepo(db: Database.Database) {
  const asked = db.prepare<[number], AskedRow>(
    `SELECT iq.interview_id, iq.question_id, q.text AS question_text, iq.answer_given, i.company, i.role, i.held_at
      FROM interview_questions iq JOIN questions q ON q.id = iq.question_id JOIN interviews i ON i.id = iq.interview_id
      WHERE iq.id = ?`,
  );
  const missedPoints = db
    .prepare<[number], string>('SELECT text FROM key_points WHERE interview_question_id = ? AND missed = 1 ORDER BY position, id')
    .pluck();
  const attempt = db.prepare<[number], AttemptRow>(
    `SELECT a.id, a.session_id, a.question_id, q.text AS question_text, a.answer_text, a.created_at
      FROM attempts a JOIN questions q ON q.id = a.question_id WHERE a.id = ?`,
  );
  const sessionAttempts = db.prepare<[number], AttemptRow>(
    `SELECT a.id, a.session_id, a.question_id, q.text AS question_text, a.answer_text, a.created_at
      FROM attempts a JOIN questions q ON q.id = a.question_id WHERE a.session_id = ? ORDER BY a.position`,
  );
  const answeredAttempts = db.prepare<[number], AttemptRow>(
    `SELECT a.id, a.session_id, a.question_id, q.text AS question_text, a.answer_text, a.created_at
      FROM attempts a JOIN questions q ON q.id = a.question_id WHERE a.answer_text <> ''
      ORDER BY a.created_at DESC, a.id DESC LIMIT ?`,
  );
  const session = db.prepare<[number], string>('SELECT question_ids FROM practice_sessions WHERE id = ?').pluck();
  const modelAnswer = db.prepare<[number], ModelAnswerPartsRow>(
    `SELECT m.question_id, q.text AS question_text, m.situation, m.task, m.action, m.result
      FROM model_answers m JOIN questions q ON q.id = m.question_id WHERE m.question_id = ?`,
  );
  const questions = db.prepare<[string], { id: number; text: string }>(
    'SELECT id, text FROM questions WHERE id IN (SELECT value FROM json_each(?))',
  );

  return {
    asked: (interviewQuestionId: number) => asked.get(interviewQuestionId),
    missedPoints: (interviewQuestionId: number) => missedPoints.all(interviewQuestionId),
    attempt: (id: number) => attempt.get(id),
    sessionAttempts: (sessionId: number) => sessionAttempts.all(sessionId),
    /** The newest practice answers that have words, for the coverage table. */
    answeredAttempts: (limit: number) => answeredAttempts.all(limit),
    /** A session's planned question ids in order, or undefined when there is no such session. */
    sessionQuestionIds(sessionId: number): number[] | undefined {
      const json = session.get(sessionId);
      return json === undefined ? undefined : parseJsonColumn(plannedQuestionsColumn, json).map((p) => p.questionId);
    },
    modelAnswer: (questionId: number) => modelAnswer.get(questionId),
    /** The texts of the questions that exist among `ids`. */
    questionTexts: (ids: readonly number[]) => new Map(questions.all(JSON.stringify(ids)).map((q) => [q.id, q.text])),
  };
}

export type StorySourcesRepo = ReturnType<typeof createStorySourcesRepo>;
