import type { ApiError } from '@renderer/api/api-error';

/** What the person can do about a failure, next to the message that says what happened. */
export function errorHint(error: ApiError): string {
  switch (error.code) {
    case 'FORBIDDEN':
      return 'This page is not allowed to reach your data any more. Open the newest link that npm run web printed.';
    case 'NETWORK':
      return 'Debrief could not be reached. Check that it is still running, then try again.';
    case 'STORAGE':
      return 'Your data folder could not be read or written. Check that the disk has space and the folder is reachable, then try again.';
    default:
      return 'Try again. If it keeps happening, restarting Debrief usually helps; your data is kept.';
  }
}
