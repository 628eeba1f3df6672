import type { AppErrorData, ErrorCode, FieldIssue } from '@shared/errors';

/** A failed call as the views see it: the code to branch on, a message to show, and field issues for forms. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly details: FieldIssue[];

  constructor(error: AppErrorData | { code: 'NETWORK'; message: string }) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = 'details' in error && error.details ? error.details : [];
  }

  /** The message for one form field, if the main process named it. */
  fieldMessage(path: string): string | undefined {
    return this.details.find((d) => d.path === path)?.message;
  }
}
