import type Database from 'better-sqlite3';
import type { BankQuestion, NewBankQuestion } from '../../shared/journal-schemas';
import { statementCache } from '../statement-cache';

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
  hints: JSON.parse(r.hints) as string[],
  tags: JSON.parse(r.tags) as string[],
  source: r.source,
});

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
      match: string | null,
      category: BankQuestion['category'] | undefined,
      limit: number,
      offset: number,
    ): { items: BankQuestion[]; total: number } {
      const where: string[] = [];
      const params: ListParams = { limit, offset };
      if (match) {
        where.push('q.id IN (SELECT rowid FROM question_search WHERE question_search MATCH @match)');
        params.match = match;
      }
      if (category) {
        where.push('q.category = @category');
        params.category = category;
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const items = listed(`SELECT q.id, q.text, q.category, q.hints, q.tags, q.source FROM questions q ${clause}
        ORDER BY q.source = 'bank', q.category, q.text COLLATE NOCASE LIMIT @limit OFFSET @offset`).all(params);
      const { limit: _l, offset: _o, ...countParams } = params;
      const total = counted(`SELECT count(*) FROM questions q ${clause}`).get(countParams)!;
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
