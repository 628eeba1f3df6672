import { AppError } from '../../../shared/errors';

const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ETIMEDOUT',
  'EPIPE',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

const mb = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/** The system error code of a failure, if it has one. */
export function errorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

/** Turns a failed write into a message a person can act on: a full disk says so, with the space needed. */
export function diskError(err: unknown, neededBytes: number, folder: string): AppError {
  const code = errorCode(err);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError(
      'STORAGE',
      `There is not enough free disk space for this model (it needs ${mb(neededBytes)} more). Free some space, then resume.`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError('STORAGE', `Debrief may not write into ${folder} (${code}), so the model could not be saved.`);
  }
  return new AppError('STORAGE', `The disk reported an error while saving the model (${code || 'unknown error'}).`);
}

/** Turns a failed connection into the plain "no network" message; anything else is named as it is. */
export function networkError(err: unknown): AppError {
  const code = errorCode(err);
  if (NETWORK_CODES.has(code) || /socket hang up|network|timed out/i.test(String((err as Error)?.message))) {
    return new AppError(
      'OFFLINE',
      'Debrief could not reach the download server. Check that this computer is online, then resume the download.',
    );
  }
  return new AppError('OFFLINE', `The download stopped: ${(err as Error)?.message ?? String(err)}. Resume to try again.`);
}
