import type { RouteName } from '../../../electron/shared/contract';
import type { ErrorCode } from '../../../electron/shared/errors';

/** One call that must be refused: what it sends (from the seeded ids), the code it gets, the field and words it names. */
export interface Refusal<Ids> {
  name: string;
  route: RouteName;
  input: (ids: Ids) => unknown;
  code: ErrorCode;
  /** A details path the error must name. */
  path?: string;
  /** Words the error must carry. */
  message?: RegExp;
}

/** One row of a refusal table: name, input, code, then (optionally) the details path and the words. */
export type RefusalRow<Ids> = [name: string, input: (ids: Ids) => unknown, code: ErrorCode, path?: string, message?: RegExp];

/** The refusals of one route, one row each, so a table of bad inputs reads as a table. */
export function refusals<Ids>(route: RouteName, rows: RefusalRow<Ids>[]): Refusal<Ids>[] {
  return rows.map(([name, input, code, path, message]) => ({ name, route, input, code, path, message }));
}
