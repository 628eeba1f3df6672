import { z } from 'zod';

/** The kinds of failure the renderer can tell apart and explain. */
const errorCodeSchema = z.enum([
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'STORAGE',
  'FORBIDDEN',
  'UNKNOWN_ROUTE',
  'INTERNAL',
  /** A model download could not reach its server (no network, DNS, refused, timed out). */
  'OFFLINE',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/**
 * One field-level problem, so a form can show the message next to the field. A CONFLICT (a save from a stale
 * revision) also carries the record's current revision and its current value, so the editor can offer the newer text.
 */
const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  revision: z.number().int().optional(),
  current: z.unknown().optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** The error every route returns instead of throwing across the process boundary. */
export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.array(fieldIssueSchema).optional(),
});
export type AppErrorData = z.infer<typeof appErrorSchema>;

/** Thrown by services; the router turns it into AppErrorData unchanged. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): AppErrorData {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

/** What every call returns: either the route's output or a typed error. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
