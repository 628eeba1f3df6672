import { describe, expect, it } from 'vitest';
import { AppError, appErrorSchema } from '../../../electron/shared/errors';

describe('AppError', () => {
  it('carries its code, message and details into the data the renderer sees', () => {
    const err = new AppError('NOT_FOUND', 'That interview is gone.', [{ path: 'id', message: 'No such id' }]);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('AppError');
    expect(err.toData()).toEqual({
      code: 'NOT_FOUND',
      message: 'That interview is gone.',
      details: [{ path: 'id', message: 'No such id' }],
    });
    expect(appErrorSchema.safeParse(err.toData()).success).toBe(true);
  });

  it('leaves details out entirely when there are none', () => {
    const data = new AppError('CONFLICT', 'Already there.').toData();
    expect(data).toEqual({ code: 'CONFLICT', message: 'Already there.' });
    expect('details' in data).toBe(false);
  });

  it('the error schema refuses codes outside the list', () => {
    expect(appErrorSchema.safeParse({ code: 'TEAPOT', message: 'x' }).success).toBe(false);
  });
});
