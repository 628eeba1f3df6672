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
  /** The whole record was loaded at `revision`: every field of it now counts from there. */
  set(record: string, revision: number): void;
  /** Forgets every record (the editor opened something else). */
  clear(): void;
  /**
   * Sends one save of `record` with the revision known when it starts, and keeps the revision it answers with. Saves
   * of one record go one at a time, since each must send the revision the one before it answered with. With `field`,
   * the revision is that field's own: the main process refuses a save only when that field changed since, so this
   * window's copy of the record's other fields stays at the revision it was loaded at (and they conflict if changed).
   */
  save<T>(
    record: string,
    send: (baseRevision: number) => Promise<T>,
    revisionOf: (answer: T) => number,
    field?: string,
  ): Promise<T>;
}

/** Revisions per record for one editor, so its saves say which copy they were made on. */
export function createRevisions(): Revisions {
  const known = new Map<string, number>();
  const queues = new Map<string, Promise<unknown>>();

  function save<T>(
    record: string,
    send: (baseRevision: number) => Promise<T>,
    revisionOf: (answer: T) => number,
    field?: string,
  ): Promise<T> {
    const key = field === undefined ? record : `${record}.${field}`;
    const run = async () => {
      const answer = await send(known.get(key) ?? known.get(record) ?? 1);
      known.set(key, revisionOf(answer));
      return answer;
    };
    const before = queues.get(key);
    // Nothing under way for this record (or field): send now, in the same tick (a save starts when its timer fires).
    const mine = before ? before.catch(() => undefined).then(run) : run();
    queues.set(key, mine);
    const done = () => {
      if (queues.get(key) === mine) queues.delete(key);
    };
    mine.then(done, done);
    return mine;
  }

  return {
    get: (record) => known.get(record),
    set(record, revision) {
      for (const key of [...known.keys()]) if (key.startsWith(`${record}.`)) known.delete(key);
      known.set(record, revision);
    },
    clear: () => known.clear(),
    save,
  };
}
