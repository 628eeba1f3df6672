import type { z } from 'zod';

/**
 * A JSON text column read through the schema of what it holds (electron/shared/json-columns.ts), instead of a cast:
 * a value that does not match throws here, where the row is read.
 */
export function parseJsonColumn<S extends z.ZodType>(schema: S, text: string): z.output<S> {
  return schema.parse(JSON.parse(text));
}
