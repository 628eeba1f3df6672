import type { ApiError } from '@renderer/api/api-error';

/** What a refused stale save says about the record: its revision now, and its saved value (the route's record shape). */
export interface StaleInfo {
  revision: number;
  current: unknown;
}

/** The CONFLICT details of a save refused because the record changed elsewhere, or null for any other failure. */
export function staleSave(error: ApiError | null | undefined): StaleInfo | null {
  if (error?.code !== 'CONFLICT') return null;
  const detail = error.details.find((d) => d.path === 'baseRevision' && typeof d.revision === 'number');
  return detail ? { revision: detail.revision!, current: detail.current } : null;
}

/** The revisions one editor holds, see createRevisions. */
export interface Revisions {
  /** The revision last loaded or saved for `record` (a key such as "interview", "reflection.closing"). */
  get(record: string): number | undefined;
  set(record: string, revision: number): void;
  /** Forgets every record (the editor opened something else). */
  clear(): void;
  /**
   * Sends one save of `record` with the revision known when it starts, and keeps the revision it answers with. Saves
   * of one record go one at a time, since each must send the revision the one before it answered with.
   */
  save<T>(record: string, send: (baseRevision: number) => Promise<T>, revisionOf: (answer: T) => number): Promise<T>;
}

/** Revisions per record for one editor, so its saves say which copy they were made on. */
export function createRevisions(): Revisions {
  const known = new Map<string, number>();
  const queues = new Map<string, Promise<unknown>>();

  function save<T>(record: string, send: (baseRevision: number) => Promise<T>, revisionOf: (answer: T) => number): Promise<T> {
    const run = async () => {
      const answer = await send(known.get(record) ?? 1);
      known.set(record, revisionOf(answer));
      return answer;
    };
    const before = queues.get(record);
    // Nothing under way for this record: send now, in the same tick (a save starts when its timer fires).
    const mine = before ? before.catch(() => undefined).then(run) : run();
    queues.set(record, mine);
    const done = () => {
      if (queues.get(record) === mine) queues.delete(record);
    };
    mine.then(done, done);
    return mine;
  }

  return {
    get: (record) => known.get(record),
    set: (record, revision) => void known.set(record, revision),
    clear: () => known.clear(),
    save,
  };
}
