import type { z } from 'zod';

/** A route is a pair of runtime schemas; types are inferred from them, never written by hand. */
export interface RouteSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** Keeps the literal schema types so inference reaches the handlers and the client. */
export function defineRoute<I extends z.ZodType, O extends z.ZodType>(spec: RouteSpec<I, O>): RouteSpec<I, O> {
  return spec;
}
