import type Database from 'better-sqlite3';

/** Row counts of the given tables, by name: a bad input must leave them as they were. */
export function countRows<T extends string>(db: Database.Database, tables: readonly T[]): Record<T, number> {
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number])) as Record<
    T,
    number
  >;
}

/** Every row of the given tables, in the order they were written. */
export function rowsOf<T extends string>(db: Database.Database, tables: readonly T[]): Record<T, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()])) as Record<
    T,
    unknown[]
  >;
}
