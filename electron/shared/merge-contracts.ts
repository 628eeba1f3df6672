import type { RouteSpec } from './define-route';

type Table = Record<string, RouteSpec>;
type Merge<T extends Table[]> = T extends [infer H extends Table, ...infer R extends Table[]] ? H & Merge<R> : unknown;

/** Joins the domains' route tables; a name claimed twice is a programming error, so it throws at load. */
export function mergeContracts<T extends Table[]>(...tables: T): Merge<T> {
  const merged: Table = {};
  for (const table of tables) {
    for (const [name, spec] of Object.entries(table)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) throw new Error(`Route "${name}" is defined twice`);
      if (!/^[a-z][a-z-]*:[a-z][a-zA-Z-]*$/.test(name)) throw new Error(`Route "${name}" is not named domain:action`);
      merged[name] = spec;
    }
  }
  return merged as Merge<T>;
}
