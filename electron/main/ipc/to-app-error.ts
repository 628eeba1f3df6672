import { z } from 'zod';
import { AppError, type AppErrorData, type FieldIssue } from '../../shared/errors';

/** Flattens zod issues into field paths a form can match against its inputs. */
export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Turns anything a handler threw into the typed error the renderer shows; internals are logged, not leaked. */
export function toAppError(err: unknown, log: (msg: string, err: unknown) => void = console.error): AppErrorData {
  if (err instanceof AppError) return err.toData();
  if (err instanceof z.ZodError) {
    return { code: 'VALIDATION', message: 'Some of the values are not valid.', details: issuesFromZod(err) };
  }
  const sqliteCode = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'CONFLICT', message: 'That change conflicts with data already saved.' };
  }
  if (sqliteCode.startsWith('SQLITE_')) {
    log('storage error', err);
    return {
      code: 'STORAGE',
      message: `The database could not complete the change (${sqliteCode}). Try again; if it keeps failing, your verified backups are listed in Settings.`,
    };
  }
  log('unexpected error', err);
  return { code: 'INTERNAL', message: 'Something went wrong inside Debrief. Nothing was changed.' };
}
