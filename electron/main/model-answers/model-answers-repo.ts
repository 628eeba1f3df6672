import type Database from 'better-sqlite3';
import type { ModelAnswerParts } from '../../shared/model-answers-schemas';
import type { FtsSearch } from '../db/fts-query';

/** A model_answers row with its question's text. */
export interface ModelAnswerRow {
  question_id: number;
  question_text: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

/** A search hit: the question and an excerpt with the matched words wrapped in \u0002 and \u0003. */
export interface ModelAnswerHitRow {
  question_id: number;
  question_text: string;
  snippet: string;
}

const COLUMNS = `m.question_id, q.text AS question_text, m.situation, m.task, m.action, m.result, m.created_at,
  m.updated_at, m.revision`;

/** SQL for model answers (one per question) and their search index. Knows no rules. */
export function createModelAnswersRepo(db: Database.Database) {
  const one = db.prepare<[number], ModelAnswerRow>(
    `SELECT ${COLUMNS} FROM model_answers m JOIN questions q ON q.id = m.question_id WHERE m.question_id = ?`,
  );
  const list = db.prepare<[number], ModelAnswerRow>(
    `SELECT ${COLUMNS} FROM model_answers m JOIN questions q ON q.id = m.question_id
      ORDER BY m.updated_at DESC, m.question_id DESC LIMIT ?`,
  );
  const questionExists = db.prepare<[number], number>('SELECT 1 FROM questions WHERE id = ?').pluck();
  // The first save writes revision 2: an absent model answer reads as revision 1, which the editor sends back.
  const upsert = db.prepare(`INSERT INTO model_answers (question_id, situation, task, action, result, created_at, updated_at,
      revision) VALUES (@questionId, @situation, @task, @action, @result, @now, @now, 2)
    ON CONFLICT (question_id) DO UPDATE SET situation = excluded.situation, task = excluded.task,
      action = excluded.action, result = excluded.result, updated_at = excluded.updated_at,
      revision = model_answers.revision + 1`);
  const remove = db.prepare('DELETE FROM model_answers WHERE question_id = ?');
  const search = db.prepare<{ match: string; limit: number }, ModelAnswerHitRow>(
    `SELECT s.rowid AS question_id, q.text AS question_text,
        snippet(model_answer_search, -1, char(2), char(3), '…', 14) AS snippet
      FROM model_answer_search s JOIN questions q ON q.id = s.rowid
      WHERE model_answer_search MATCH @match ORDER BY s.rank LIMIT @limit`,
  );
  const searchCount = db
    .prepare<{ match: string }, number>('SELECT count(*) FROM model_answer_search WHERE model_answer_search MATCH @match')
    .pluck();

  return {
    get: (questionId: number) => one.get(questionId),
    list: (limit: number) => list.all(limit),
    questionExists: (questionId: number) => questionExists.get(questionId) === 1,
    save(questionId: number, parts: ModelAnswerParts, now: string): void {
      upsert.run({ questionId, ...parts, now });
    },
    remove: (questionId: number) => void remove.run(questionId),
    search: (fts: FtsSearch, limit: number) => search.all({ match: fts.match, limit }),
    searchCount: (fts: FtsSearch) => searchCount.get({ match: fts.match }) ?? 0,
  };
}

export type ModelAnswersRepo = ReturnType<typeof createModelAnswersRepo>;
