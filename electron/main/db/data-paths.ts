import path from 'node:path';

/** Where each kind of file lives inside the data folder; one place so nothing guesses. */
export interface DataPaths {
  dir: string;
  database: string;
  backups: string;
  quarantine: string;
  recordings: string;
  /** Speech models downloaded or imported from Settings -> Speech. */
  models: string;
}

/** Lays out the data folder; the database file name never changes between versions. */
export function dataPaths(dir: string): DataPaths {
  const root = path.resolve(dir);
  return {
    dir: root,
    database: path.join(root, 'debrief.db'),
    backups: path.join(root, 'backups'),
    quarantine: path.join(root, 'quarantine'),
    recordings: path.join(root, 'recordings'),
    models: path.join(root, 'models'),
  };
}
