import Database from 'better-sqlite3';
import { assertNotTooNew } from './migrate';

/** What a read-only look at an existing file found. */
export type Health = { state: 'ok'; schemaVersion: number } | { state: 'corrupt'; reason: string };

const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/**
 * Opens the file read-only, runs quick_check and reads the schema version, writing nothing.
 * Only real corruption is reported as corrupt; a locked or unreadable file throws, so it is never quarantined by mistake.
 * A file newer than the app throws DatabaseTooNewError.
 */
export function inspectDatabase(file: string, knownVersion: number): Health {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0].quick_check !== 'ok') {
      return {
        state: 'corrupt',
        reason: rows
          .map((r) => r.quick_check)
          .slice(0, 3)
          .join('; '),
      };
    }
    return { state: 'ok', schemaVersion: assertNotTooNew(db, knownVersion) };
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (CORRUPTION_CODES.has(code)) return { state: 'corrupt', reason: code };
    throw err;
  } finally {
    db?.close();
  }
}
