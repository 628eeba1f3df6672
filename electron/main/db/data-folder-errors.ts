import fs from 'node:fs';

/** The data folder (or its database) cannot be written: said in words a person can act on, never SQLite's own. */
export class DataFolderNotWritableError extends Error {
  constructor(
    readonly folder: string,
    readonly why: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Debrief cannot write to its data folder, ${folder} (${why}). Nothing was changed. ` +
        'Make the folder and the files in it writable for your user (check their permissions, and that the disk is ' +
        'not read-only, locked or full), then start Debrief again; or point DEBRIEF_DATA_DIR at a folder you can write to.',
      options,
    );
    this.name = 'DataFolderNotWritableError';
  }
}

/** The data folder's path names something that is not a folder (a file, say), so nothing can be kept there. */
export class DataFolderNotAFolderError extends Error {
  constructor(
    readonly folder: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Debrief's data folder, ${folder}, is not a folder it can use: something in that path is a file. Nothing was ` +
        'changed. Move that file away, or point DEBRIEF_DATA_DIR at another folder.',
      options,
    );
    this.name = 'DataFolderNotAFolderError';
  }
}

const READ_ONLY_CODES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the folder or a file in it is locked against changes',
  EROFS: 'the disk is read-only',
};

const SQLITE_READ_ONLY = /^SQLITE_(READONLY|CANTOPEN)/;

/** The reason a filesystem or SQLite error means "cannot write here", or null when it means something else. */
export function notWritableReason(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (READ_ONLY_CODES[code]) return READ_ONLY_CODES[code];
  if (SQLITE_READ_ONLY.test(code)) return 'the database file or its folder cannot be written';
  return null;
}

/** Turns an error that means "cannot write here" into the clear one; anything else comes back unchanged. */
export function asNotWritable(err: unknown, folder: string): unknown {
  if (err instanceof DataFolderNotWritableError) return err;
  const why = notWritableReason(err);
  return why ? new DataFolderNotWritableError(folder, why, { cause: err }) : err;
}

/** Creates the data folder (and its parents), with a clear error when the path cannot hold a folder or be written. */
export function ensureDataFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    // EEXIST: the path itself is a file; ENOTDIR: one of its parents is.
    if (code === 'ENOTDIR' || code === 'EEXIST') throw new DataFolderNotAFolderError(folder, { cause: err });
    throw asNotWritable(err, folder);
  }
}

/**
 * Asks the system whether the folder and the database in it may be written, before SQLite tries and fails with
 * "attempt to write a readonly database". access(2) applies permissions, read-only disks and locked (immutable) files.
 */
export function assertWritable(folder: string, files: readonly string[]): void {
  for (const target of [folder, ...files]) {
    if (target !== folder && !fs.existsSync(target)) continue;
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (err) {
      throw asNotWritable(err, folder);
    }
  }
}
