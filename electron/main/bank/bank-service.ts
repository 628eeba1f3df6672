import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { BankQuestion, NewBankQuestion } from '../../shared/journal-schemas';
import type { RouteOutput, RouteParsedInput } from '../../shared/contract';
import { toBankSearch } from './bank-query';
import { ImportFileError, parseImport, type ImportRow } from './bank-import';
import type { BankRepo, ShippedQuestion } from './bank-repo';

type Preview = RouteOutput<'bank:previewImport'>;
type ImportFormat = RouteParsedInput<'bank:import'>['format'];

/** Rules of the question bank: browsing, adding one's own questions, and all-or-nothing imports. */
export function createBankService(db: Database.Database, repo: BankRepo, now: () => Date) {
  function classify(format: ImportFormat, content: string): { rows: ImportRow[]; status: Preview['rows'][number]['status'][] } {
    let rows: ImportRow[];
    try {
      rows = parseImport(format, content);
    } catch (err) {
      if (err instanceof ImportFileError) throw new AppError('VALIDATION', err.message);
      throw err;
    }
    const seen = new Set<string>();
    const status = rows.map((r) => {
      if (!r.question) return 'invalid' as const;
      const key = r.question.text.toLowerCase();
      if (seen.has(key) || repo.findByText(r.question.text)) return 'duplicate' as const;
      seen.add(key);
      return 'new' as const;
    });
    return { rows, status };
  }

  return {
    list(query: string, category: BankQuestion['category'] | undefined, limit: number, offset: number) {
      return repo.list(toBankSearch(query), category, limit, offset);
    },
    add(question: NewBankQuestion): BankQuestion {
      if (repo.findByText(question.text))
        throw new AppError('CONFLICT', 'That question is already in the bank.', [
          { path: 'text', message: 'Already in the bank.' },
        ]);
      return repo.get(repo.insert(question, now().toISOString()))!;
    },
    preview(format: ImportFormat, content: string): Preview {
      const { rows, status } = classify(format, content);
      return {
        rows: rows.map((r, i) => ({ row: r.row, text: r.text, category: r.category, status: status[i], errors: r.errors })),
        valid: status.filter((s) => s === 'new').length,
        duplicates: status.filter((s) => s === 'duplicate').length,
        invalid: status.filter((s) => s === 'invalid').length,
      };
    },
    import(format: ImportFormat, content: string): { added: number; duplicates: number } {
      const { rows, status } = classify(format, content);
      const bad = rows.filter((r) => r.errors.length);
      if (bad.length) {
        throw new AppError(
          'VALIDATION',
          `${bad.length === 1 ? 'One row has' : `${bad.length} rows have`} problems, so nothing was imported. Fix ${bad.length === 1 ? 'it' : 'them'} and try again.`,
          bad.slice(0, 200).flatMap((r) => r.errors.map((message) => ({ path: `row ${r.row}`, message }))),
        );
      }
      const stamp = now().toISOString();
      const fresh = rows.filter((_, i) => status[i] === 'new');
      db.transaction(() => {
        for (const r of fresh) repo.insert(r.question!, stamp);
      })();
      return { added: fresh.length, duplicates: rows.length - fresh.length };
    },
    /** Brings the shipped questions up to date; cheap when nothing changed. */
    syncShipped(list: ShippedQuestion[]): void {
      db.transaction(() => repo.syncShipped(list, now().toISOString()))();
    },
  };
}

export type BankService = ReturnType<typeof createBankService>;
