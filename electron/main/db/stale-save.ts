import { AppError } from '../../shared/errors';

/**
 * Refuses a save made from a revision that is no longer the record's (another window saved first): CONFLICT, with the
 * current revision and value in its details so the editor can offer them. Called before anything is written.
 */
export function assertFresh(what: string, revision: number, baseRevision: number, current: () => unknown): void {
  if (revision === baseRevision) return;
  throw new AppError(
    'CONFLICT',
    `This ${what} was changed in another window since you opened it (your copy is revision ${baseRevision}, the saved one ${revision}). Nothing was saved.`,
    [{ path: 'baseRevision', message: 'This was changed in another window.', revision, current: current() }],
  );
}
