import type Database from 'better-sqlite3';
import type { InterviewSummary, JournalFilters } from '../../shared/journal-schemas';
import { stringListColumn } from '../../shared/json-columns';
import { statementCache } from '../db/statement-cache';
import type { FtsSearch } from '../db/fts-query';
import { parseJsonColumn } from '../db/json-column';

interface SummaryRow {
  id: number;
  company: string;
  role: string;
  held_at: string;
  stage: InterviewSummary['stage'];
  outcome: InterviewSummary['outcome'];
  tags: string;
  lowest_label: string | null;
  lowest_rating: number | null;
  snippet: string | null;
  deleted_at: string | null;
}

const COLUMNS = `i.id, i.company, i.role, i.held_at, i.stage, i.outcome, i.deleted_at,
  (SELECT json_group_array(tag) FROM interview_tags WHERE interview_id = i.id) AS tags,
  lw.label AS lowest_label, lw.rating AS lowest_rating`;
// The lowest-rated area, ties broken by the order the areas are walked through.
const LOWEST = `LEFT JOIN reflections lw ON lw.id = (SELECT r.id FROM reflections r
  WHERE r.interview_id = i.id AND r.rating IS NOT NULL ORDER BY r.rating, r.position LIMIT 1)`;

function toSummary(r: SummaryRow): InterviewSummary {
  return {
    id: r.id,
    company: r.company,
    role: r.role,
    heldAt: r.held_at,
    stage: r.stage,
    outcome: r.outcome,
    tags: parseJsonColumn(stringListColumn, r.tags),
    lowestArea: r.lowest_label !== null && r.lowest_rating !== null ? { label: r.lowest_label, rating: r.lowest_rating } : null,
    snippet: r.snippet === null ? null : r.snippet.replace(/\s+/g, ' ').trim(),
    deletedAt: r.deleted_at,
  };
}

/** The named values a list query binds: its filters, and the search, the page position and the limit. */
type Bound = Record<string, string | number>;

/** Filter clauses (without the search) and their parameters; values are always bound, never spliced. */
function filterSql(filters: JournalFilters): { where: string[]; params: Record<string, string> } {
  const where = ['i.deleted_at IS NULL'];
  const params: Record<string, string> = {};
  const clauses: [keyof JournalFilters, string][] = [
    ['outcome', 'i.outcome = @outcome'],
    ['stage', 'i.stage = @stage'],
    ['company', 'i.company = @company COLLATE NOCASE'],
    ['tag', 'EXISTS (SELECT 1 FROM interview_tags t WHERE t.interview_id = i.id AND t.tag = @tag)'],
  ];
  for (const [key, clause] of clauses) {
    const value = filters[key];
    if (!value) continue;
    where.push(clause);
    params[key] = value;
  }
  return { where, params };
}

// Everything the search row holds, for the texts a hit must contain as typed.
const ROW_TEXT = "lower(concat_ws(' ', s.company, s.role, s.notes, s.reflections, s.questions, s.job))";

/** Filter and search clauses for a full-text query; the literals (".net") are checked on the hits' own text. */
function searchSql(filters: JournalFilters, search: FtsSearch): { where: string[]; params: Bound } {
  const { where, params } = filterSql(filters);
  where.unshift('interview_search MATCH @match');
  const bound: Bound = { ...params, match: search.match };
  search.literals.forEach((literal, n) => {
    where.push(`instr(${ROW_TEXT}, @literal${n}) > 0`);
    bound[`literal${n}`] = literal;
  });
  return { where, params: bound };
}

/** A position in the newest-first order: the last row's date and id. */
interface Keyset {
  heldAt: string;
  id: number;
}

/** SQL for the journal list: newest first with keyset paging, or ranked full-text search with offset paging. */
export function createJournalListRepo(db: Database.Database) {
  const listed = statementCache((sql) => db.prepare<Bound, SummaryRow>(sql));
  const counted = statementCache((sql) => db.prepare<Bound, number>(sql).pluck());
  const trash = db.prepare<[], SummaryRow>(`SELECT ${COLUMNS}, NULL AS snippet FROM interviews i ${LOWEST}
    WHERE i.deleted_at IS NOT NULL ORDER BY i.deleted_at DESC, i.id DESC`);
  const companies = db
    .prepare<[], string>(
      'SELECT company FROM interviews WHERE deleted_at IS NULL GROUP BY company COLLATE NOCASE ORDER BY company COLLATE NOCASE',
    )
    .pluck();
  const tags = db
    .prepare<[], string>(
      `SELECT DISTINCT t.tag FROM interview_tags t JOIN interviews i ON i.id = t.interview_id
    WHERE i.deleted_at IS NULL ORDER BY t.tag`,
    )
    .pluck();

  return {
    page(filters: JournalFilters, after: Keyset | null, limit: number): InterviewSummary[] {
      const { where, params } = filterSql(filters);
      if (after) where.push('(i.held_at < @afterHeldAt OR (i.held_at = @afterHeldAt AND i.id < @afterId))');
      const sql = `SELECT ${COLUMNS}, NULL AS snippet FROM interviews i ${LOWEST}
        WHERE ${where.join(' AND ')} ORDER BY i.held_at DESC, i.id DESC LIMIT @limit`;
      const bound = after ? { ...params, afterHeldAt: after.heldAt, afterId: after.id, limit } : { ...params, limit };
      return listed(sql).all(bound).map(toSummary);
    },
    count(filters: JournalFilters): number {
      const { where, params } = filterSql(filters);
      return counted(`SELECT count(*) FROM interviews i WHERE ${where.join(' AND ')}`).get(params)!;
    },
    search(filters: JournalFilters, search: FtsSearch, offset: number, limit: number): InterviewSummary[] {
      const { where, params } = searchSql(filters, search);
      // Ordered by rank alone: FTS5 then hands rows over best first and stops at the limit, so snippets are made for
      // the page only (any other ORDER BY sorts every hit, snippet and all, before the first row comes back).
      const sql = `SELECT ${COLUMNS}, snippet(interview_search, -1, char(2), char(3), '…', 14) AS snippet
        FROM interview_search s JOIN interviews i ON i.id = s.rowid ${LOWEST}
        WHERE ${where.join(' AND ')} ORDER BY s.rank LIMIT @limit OFFSET @offset`;
      return listed(sql)
        .all({ ...params, limit, offset })
        .map(toSummary);
    },
    searchCount(filters: JournalFilters, search: FtsSearch): number {
      const { where, params } = searchSql(filters, search);
      const sql = `SELECT count(*) FROM interview_search s JOIN interviews i ON i.id = s.rowid WHERE ${where.join(' AND ')}`;
      return counted(sql).get(params)!;
    },
    trash: () => trash.all().map(toSummary),
    facets: () => ({ companies: companies.all(), tags: tags.all() }),
  };
}

export type JournalListRepo = ReturnType<typeof createJournalListRepo>;
