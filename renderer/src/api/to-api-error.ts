import { ApiError } from './api-error';

/** Any thrown value as an ApiError, so stores keep one error type and views one way to show it. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error && err.message ? err.message : 'Something unexpected went wrong.';
  return new ApiError({ code: 'NETWORK', message });
}
