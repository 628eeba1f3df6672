import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../../electron/shared/errors';
import { issuesFromZod, toAppError } from '../../../../electron/main/ipc/to-app-error';

function zodError(schema: z.ZodType, value: unknown): z.ZodError {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to fail');
  return result.error;
}

describe('issuesFromZod', () => {
  it('reports a missing required field by its path', () => {
    const issues = issuesFromZod(zodError(z.object({ title: z.string(), rating: z.number() }), { rating: 3 }));
    expect(issues).toEqual([{ path: 'title', message: expect.any(String) }]);
  });

  it('reports a wrong type by its path', () => {
    const issues = issuesFromZod(zodError(z.object({ rating: z.number() }), { rating: 'five' }));
    expect(issues).toEqual([{ path: 'rating', message: expect.any(String) }]);
  });

  it('joins nested paths with dots, array indexes included', () => {
    const schema = z.object({ questions: z.array(z.object({ text: z.string().min(1) })) });
    const issues = issuesFromZod(zodError(schema, { questions: [{ text: 'ok' }, { text: '' }] }));
    expect(issues.map((i) => i.path)).toEqual(['questions.1.text']);
  });

  it('reports every problem, not only the first', () => {
    const issues = issuesFromZod(zodError(z.object({ a: z.string(), b: z.number() }), {}));
    expect(issues.map((i) => i.path).sort()).toEqual(['a', 'b']);
  });

  it('uses an empty path for a problem with the whole value', () => {
    expect(issuesFromZod(zodError(z.object({}), 'text'))).toEqual([{ path: '', message: expect.any(String) }]);
  });
});

describe('toAppError', () => {
  it('keeps an AppError as it is, without logging', () => {
    const log = vi.fn();
    expect(toAppError(new AppError('NOT_FOUND', 'Gone.'), log)).toEqual({ code: 'NOT_FOUND', message: 'Gone.' });
    expect(log).not.toHaveBeenCalled();
  });

  it.each(['SQLITE_CONSTRAINT', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_FOREIGNKEY', 'SQLITE_CONSTRAINT_PRIMARYKEY'])(
    'maps %s to CONFLICT',
    (code) => {
      expect(toAppError(Object.assign(new Error('constraint failed: notes.id'), { code }), vi.fn()).code).toBe('CONFLICT');
    },
  );

  it.each(['SQLITE_BUSY', 'SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'SQLITE_READONLY', 'SQLITE_CORRUPT'])(
    'maps %s to STORAGE',
    (code) => {
      const log = vi.fn();
      const data = toAppError(Object.assign(new Error('disk I/O error at /home/x'), { code }), log);
      expect(data.code).toBe('STORAGE');
      expect(data.message).toContain(code);
      expect(data.message).not.toContain('/home/x');
      expect(log).toHaveBeenCalledTimes(1);
    },
  );

  it('does not mistake other error codes (Node fs errors) for SQLite ones', () => {
    const data = toAppError(Object.assign(new Error("ENOENT: no such file '/home/x'"), { code: 'ENOENT' }), vi.fn());
    expect(data.code).toBe('INTERNAL');
    expect(data.message).not.toMatch(/ENOENT|home/);
  });

  it('does not mistake a code that only contains "SQLITE_" for a SQLite error', () => {
    expect(toAppError(Object.assign(new Error('x'), { code: 'NOT_SQLITE_BUSY' }), vi.fn()).code).toBe('INTERNAL');
  });
});
