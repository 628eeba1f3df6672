import type Database from 'better-sqlite3';
import type { BankQuestion, NewBankQuestion } from '../../shared/journal-schemas';
import { stringListColumn } from '../../shared/json-columns';
import { statementCache } from '../db/statement-cache';
import { parseJsonColumn } from '../db/json-column';

interface Row {
  id: number;
  text: string;
  category: BankQuestion['category'];
  hints: string;
  tags: string;
  source: BankQuestion['source'];
}

/** The named values a bank list query binds (its filters, and the page for the rows). */
type ListParams = Record<string, string | number>;

const toQuestion = (r: Row): BankQuestion => ({
  id: r.id,
  text: r.text,
  category: r.category,
  hints: parseJsonColumn(stringListColumn, r.hints),
  tags: parseJsonColumn(stringListColumn, r.tags),
  source: r.source,
});

const FIELDS = 'q.id, q.text, q.category, q.hints, q.tags, q.source';

/** A question shipped in resources/question-bank.json. */
export interface ShippedQuestion {
  id: string;
  text: string;
  category: BankQuestion['category'];
  tags: string[];
  hints: string[];
}

/** SQL for the question bank: the shipped questions and the person's own, in one table. */
export function createBankRepo(db: Database.Database) {
  const byId = db.prepare<[number], Row>('SELECT id, text, category, hints, tags, source FROM questions WHERE id = ?');
  const byText = db.prepare<[string], Row>(
    'SELECT id, text, category, hints, tags, source FROM questions WHERE text = ? COLLATE NOCASE',
  );
  const insert = db.prepare(`INSERT INTO questions (text, category, source, hints, tags, created_at)
    VALUES (@text, @category, 'custom', @hints, @tags, @now)`);
  const setCategory = db.prepare("UPDATE questions SET category = ? WHERE id = ? AND source = 'custom'");
  // Shipped questions are matched by their bank id, so a new app version can reword them in place.
  const upsertShipped = db.prepare(`INSERT INTO questions (text, category, source, bank_id, hints, tags, created_at)
    VALUES (@text, @category, 'bank', @id, @hints, @tags, @now)
    ON CONFLICT (bank_id) DO UPDATE SET text = excluded.text, category = excluded.category, hints = excluded.hints, tags = excluded.tags
    WHERE (questions.text <> excluded.text OR questions.category <> excluded.category
      OR questions.hints <> excluded.hints OR questions.tags <> excluded.tags)
      AND NOT EXISTS (SELECT 1 FROM questions o WHERE o.text = excluded.text COLLATE NOCASE AND o.id <> questions.id)`);
  // The person may already have typed a question a later version ships: their row becomes the shipped one
  // (keeping its id, so its practice history) instead of breaking the unique text index and the app's start.
  const adoptCustom = db.prepare(`UPDATE questions SET bank_id = @id, source = 'bank'
    WHERE bank_id IS NULL AND text = @text COLLATE NOCASE AND NOT EXISTS (SELECT 1 FROM questions WHERE bank_id = @id)`);
  const shippedCount = db.prepare<[], number>("SELECT count(*) FROM questions WHERE source = 'bank'").pluck();
  const listed = statementCache((sql) => db.prepare<ListParams, Row>(sql));
  const counted = statementCache((sql) => db.prepare<ListParams, number>(sql).pluck());

  return {
    get(id: number): BankQuestion | undefined {
      const row = byId.get(id);
      return row && toQuestion(row);
    },
    findByText(text: string): BankQuestion | undefined {
      const row = byText.get(text);
      return row && toQuestion(row);
    },
    insert(q: NewBankQuestion, now: string): number {
      return Number(
        insert.run({ text: q.text, category: q.category, hints: JSON.stringify(q.hints), tags: JSON.stringify(q.tags), now })
          .lastInsertRowid,
      );
    },
    setCategory: (id: number, category: BankQuestion['category']) => setCategory.run(category, id).changes > 0,
    list(
      terms: string[] | null,
      category: BankQuestion['category'] | undefined,
      limit: number,
      offset: number,
    ): { items: BankQuestion[]; total: number } {
      const params: ListParams = { limit, offset };
      const where: string[] = [];
      if (category) {
        where.push('q.category = @category');
        params.category = category;
      }
      if (!terms) {
        const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
        const items = listed(`SELECT ${FIELDS} FROM questions q ${clause}
          ORDER BY q.source = 'bank', q.category, q.text COLLATE NOCASE LIMIT @limit OFFSET @offset`).all(params);
        const { limit: _l, offset: _o, ...countParams } = params;
        return { items: items.map(toQuestion), total: counted(`SELECT count(*) FROM questions q ${clause}`).get(countParams)! };
      }
      terms.forEach((term, n) => (params[`term${n}`] = term));
      params.any = terms.join(' OR ');
      const clause = where.length ? `AND ${where.join(' AND ')}` : '';
      // One hit per term a question holds: the more of the typed words it has, the higher it comes; then bm25 over
      // the whole query, with a word in the question counting three times one in its hints.
      const hits = `WITH hits AS (${terms
        .map((_, n) => `SELECT rowid AS id FROM question_search WHERE question_search MATCH @term${n}`)
        .join(' UNION ALL ')}), matched AS (SELECT id, count(*) AS n FROM hits GROUP BY id)`;
      const items = listed(`${hits}, scored AS (SELECT rowid AS id, bm25(question_search, 3.0, 1.0) AS score
          FROM question_search WHERE question_search MATCH @any)
        SELECT ${FIELDS} FROM matched m JOIN scored s ON s.id = m.id JOIN questions q ON q.id = m.id
        WHERE 1 ${clause} ORDER BY m.n DESC, s.score, q.text COLLATE NOCASE LIMIT @limit OFFSET @offset`).all(params);
      const { limit: _l, offset: _o, any: _a, ...countParams } = params;
      const total = counted(`${hits} SELECT count(*) FROM matched m JOIN questions q ON q.id = m.id WHERE 1 ${clause}`).get(
        countParams,
      )!;
      return { items: items.map(toQuestion), total };
    },
    syncShipped(list: ShippedQuestion[], now: string): void {
      for (const q of list) {
        adoptCustom.run({ id: q.id, text: q.text });
        upsertShipped.run({ ...q, hints: JSON.stringify(q.hints), tags: JSON.stringify(q.tags), now });
      }
    },
    shippedCount: () => shippedCount.get()!,
  };
}

export type BankRepo = ReturnType<typeof createBankRepo>;
