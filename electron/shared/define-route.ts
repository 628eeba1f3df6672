import { z } from 'zod';
import { idSchema } from './ids';

/** A route is a pair of runtime schemas; types are inferred from them, never written by hand. */
export interface RouteSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** Keeps the literal schema types so inference reaches the handlers and the client. */
export function defineRoute<I extends z.ZodType, O extends z.ZodType>(spec: RouteSpec<I, O>): RouteSpec<I, O> {
  return spec;
}

/** The input of a route that takes none: nothing, or an empty object (unknown keys refused). */
export const noInput = z.object({}).strict().optional();
/** The input of a route about one row: its id and nothing else. */
export const byId = z.object({ id: idSchema }).strict();
/** The output of a route that only says it worked. */
export const okOutput = z.object({ ok: z.literal(true) });
