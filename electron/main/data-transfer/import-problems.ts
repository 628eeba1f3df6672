import { MAX_LISTED, type ImportProblem } from '../../shared/data-transfer-schemas';

/** Collects problems, keeping the first MAX_LISTED in full and counting the rest, so a report stays small. */
export class ProblemList {
  readonly listed: ImportProblem[] = [];
  notListed = 0;
  private readonly perTable = new Map<string, Set<number | string>>();

  add(problem: ImportProblem): void {
    if (this.listed.length < MAX_LISTED) this.listed.push(problem);
    else this.notListed++;
    // Counted per row, not per problem, so a row with three bad columns is one invalid row.
    const rows = this.perTable.get(problem.table) ?? new Set();
    rows.add(problem.index ?? `file:${problem.message}`);
    this.perTable.set(problem.table, rows);
  }

  /** Invalid rows of one table. */
  invalidRows(table: string): number {
    return this.perTable.get(table)?.size ?? 0;
  }

  /** True when a row of a table already has a problem. */
  hasRow(table: string, index: number): boolean {
    return this.perTable.get(table)?.has(index) ?? false;
  }

  get count(): number {
    return this.listed.length + this.notListed;
  }
}
