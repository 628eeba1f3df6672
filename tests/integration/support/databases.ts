import { openDatabase, type OpenOptions } from '../../../electron/main/db/open-database';
import { useOpenDatabases } from '../../helpers/sqlite';
import { useTempDirs } from '../../helpers/temp-dir';

/**
 * Temp data folders, and a way to open a database in one that closes it after the test whatever the test did (before
 * its folder is removed): for the database layer's own tests, below the core.
 */
export function useDatabaseFolders(prefix: string) {
  const tempDir = useTempDirs(prefix);
  const track = useOpenDatabases();
  return {
    tempDir,
    track,
    /** openDatabase, with the connection closed after the test. */
    async open(dir: string, options?: OpenOptions) {
      const opened = await openDatabase(dir, options);
      track(opened.db);
      return opened;
    },
  };
}
