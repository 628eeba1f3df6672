import type Database from 'better-sqlite3';
import { stringListColumn } from '../../shared/json-columns';
import type { StoryOrigin } from '../../shared/stories-schemas';
import type { FtsSearch } from '../db/fts-query';
import { parseJsonColumn } from '../db/json-column';
import { statementCache } from '../db/statement-cache';

/** A stories row as stored, with its interview's name while that interview exists. */
export interface StoryRow {
  id: number;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  tags: string;
  origin_kind: StoryOrigin['kind'];
  origin_interview_id: number | null;
  interview_company: string | null;
  interview_role: string | null;
  interview_held_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  revision: number;
  /** How many questions the story is linked to, read with the row so a list costs one query. */
  link_count: number;
}

/** A link from a story to a question, with the question's words. */
export interface LinkRow {
  story_id: number;
  question_id: number;
  question_text: string;
  category: string;
}

/** The writable parts of a story, as the service hands them over. */
export interface StoryValues {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  tags: string[];
}

/** A story field the editor saves on its own; its column has the same name. */
export type StoryField = keyof StoryValues;

const COLUMNS = `s.id, s.title, s.situation, s.task, s.action, s.result, s.tags, s.origin_kind, s.origin_interview_id,
  i.company AS interview_company, i.role AS interview_role, i.held_at AS interview_held_at,
  s.created_at, s.updated_at, s.deleted_at, s.revision,
  (SELECT count(*) FROM story_questions sq WHERE sq.story_id = s.id) AS link_count`;
const FROM = 'FROM stories s LEFT JOIN interviews i ON i.id = s.origin_interview_id';

/** The tags of a row, read through their schema. */
export function tagsOf(row: { tags: string }): string[] {
  return parseJsonColumn(stringListColumn, row.tags);
}

/** SQL for stories, their links to questions and their search index. Knows no rules. */
export function createStoriesRepo(db: Database.Database) {
  const statements = statementCache((sql) => db.prepare(sql));
  const one = db.prepare<[number], StoryRow>(`SELECT ${COLUMNS} ${FROM} WHERE s.id = ?`);
  const live = db.prepare<[number, number], StoryRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE s.deleted_at IS NULL ORDER BY s.updated_at DESC, s.id DESC LIMIT ? OFFSET ?`,
  );
  const liveCount = db.prepare<[], number>('SELECT count(*) FROM stories WHERE deleted_at IS NULL').pluck();
  const trashed = db.prepare<[], StoryRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE s.deleted_at IS NOT NULL ORDER BY s.deleted_at DESC, s.id DESC`,
  );
  const search = db.prepare<{ match: string; limit: number; offset: number }, StoryRow & { snippet: string }>(
    `SELECT ${COLUMNS}, snippet(story_search, -1, char(2), char(3), '…', 14) AS snippet
      FROM story_search f JOIN stories s ON s.id = f.rowid LEFT JOIN interviews i ON i.id = s.origin_interview_id
      WHERE story_search MATCH @match AND s.deleted_at IS NULL ORDER BY f.rank, s.id LIMIT @limit OFFSET @offset`,
  );
  const searchCount = db
    .prepare<{ match: string }, number>(
      `SELECT count(*) FROM story_search f JOIN stories s ON s.id = f.rowid
        WHERE story_search MATCH @match AND s.deleted_at IS NULL`,
    )
    .pluck();
  const allTags = db
    .prepare<[], string>(
      `SELECT DISTINCT t.value FROM stories s, json_each(s.tags) t WHERE s.deleted_at IS NULL ORDER BY t.value COLLATE NOCASE`,
    )
    .pluck();
  const insert = db.prepare<
    StoryValues & { tagsJson: string; originKind: string; interviewId: number | null; now: string },
    unknown
  >(
    `INSERT INTO stories (title, situation, task, action, result, tags, origin_kind, origin_interview_id, created_at,
      updated_at) VALUES (@title, @situation, @task, @action, @result, @tagsJson, @originKind, @interviewId, @now, @now)`,
  );
  const links = db.prepare<[number], LinkRow>(
    `SELECT l.story_id, l.question_id, q.text AS question_text, q.category FROM story_questions l
      JOIN questions q ON q.id = l.question_id WHERE l.story_id = ? ORDER BY l.created_at, l.question_id`,
  );
  const link = db.prepare(
    'INSERT INTO story_questions (story_id, question_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const unlink = db.prepare('DELETE FROM story_questions WHERE story_id = ? AND question_id = ?');
  const touch = db.prepare('UPDATE stories SET updated_at = ?, revision = revision + 1 WHERE id = ?');
  const setDeleted = db.prepare<[string | null, number], unknown>('UPDATE stories SET deleted_at = ? WHERE id = ?');
  const purge = db.prepare('DELETE FROM stories WHERE deleted_at IS NOT NULL');
  const storiesOfQuestion = db.prepare<[number], StoryRow>(
    `SELECT ${COLUMNS} ${FROM} JOIN story_questions l ON l.story_id = s.id
      WHERE l.question_id = ? AND s.deleted_at IS NULL ORDER BY l.created_at, s.id`,
  );
  const questionText = db.prepare<[number], string>('SELECT text FROM questions WHERE id = ?').pluck();
  const interviewExists = db.prepare<[number], number>('SELECT 1 FROM interviews WHERE id = ?').pluck();

  return {
    get: (id: number) => one.get(id),
    list: (limit: number, offset = 0) => live.all(limit, offset),
    count: () => liveCount.get() ?? 0,
    trash: () => trashed.all(),
    search: (fts: FtsSearch, limit: number, offset = 0) => search.all({ match: fts.match, limit, offset }),
    searchCount: (fts: FtsSearch) => searchCount.get({ match: fts.match }) ?? 0,
    tags: () => allTags.all(),
    insert(values: StoryValues, originKind: StoryOrigin['kind'], interviewId: number | null, now: string): number {
      const { tags, ...rest } = values;
      const info = insert.run({ ...rest, tags, tagsJson: JSON.stringify(tags), originKind, interviewId, now });
      return Number(info.lastInsertRowid);
    },
    /** Writes the given fields and moves the revision on. The field names come from StoryField, never from input. */
    update(id: number, values: Partial<StoryValues>, now: string): void {
      const fields = Object.keys(values) as StoryField[];
      const sets = fields.map((f) => `${f} = @${f}`).join(', ');
      const params: Record<string, unknown> = { id, now };
      for (const f of fields) params[f] = f === 'tags' ? JSON.stringify(values.tags) : values[f];
      statements(`UPDATE stories SET ${sets}, updated_at = @now, revision = revision + 1 WHERE id = @id`).run(params);
    },
    links: (storyId: number) => links.all(storyId),
    /** True when the link is new. */
    link: (storyId: number, questionId: number, now: string) => link.run(storyId, questionId, now).changes > 0,
    unlink: (storyId: number, questionId: number) => unlink.run(storyId, questionId).changes > 0,
    /** Moves the revision on after a change that lives outside the row (a link). */
    touch: (id: number, now: string) => void touch.run(now, id),
    setDeleted: (id: number, at: string | null) => void setDeleted.run(at, id),
    emptyTrash: () => purge.run().changes,
    ofQuestion: (questionId: number) => storiesOfQuestion.all(questionId),
    questionText: (questionId: number) => questionText.get(questionId),
    interviewExists: (id: number) => interviewExists.get(id) === 1,
  };
}

export type StoriesRepo = ReturnType<typeof createStoriesRepo>;
