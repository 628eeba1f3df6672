/**
 * Prepares each distinct SQL text once. List queries are assembled from filters, so they come in a few shapes,
 * each reused; `prepare` fixes the statement's parameter and row types.
 */
export function statementCache<S>(prepare: (sql: string) => S): (sql: string) => S {
  const cache = new Map<string, S>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = prepare(sql)));
    return stmt;
  };
}
