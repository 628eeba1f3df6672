// What a kill in the middle of a backup, a restore or an import leaves behind is swept at start; nothing else is.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups, verifyDatabaseFile } from '../../../electron/main/db/backups';
import { openDatabase } from '../../../electron/main/db/open-database';
import { importPartialPath, partialBackupPath, restoreTempPath } from '../../../electron/main/db/temporary-files';
import { filesIn, insertNotes, notesMigration } from '../../helpers/sqlite';
import { folderSnapshot } from '../support/folder-snapshot';
import { useDatabaseFolders } from '../support/databases';

const { tempDir, open } = useDatabaseFolders('debrief-sweep-');
const options = { migrations: [notesMigration] };

describe('the sweep at start', () => {
  it("removes the app's own leftovers and keeps verified backups and every file it did not name", async () => {
    const dir = tempDir();
    const { db, paths } = await openDatabase(dir, options);
    insertNotes(db, 40);
    const kept = await createBackup(db, paths.backups, 'manual', new Date('2026-05-01T08:00:00.000Z'));

    // Leftovers made the way the app makes them: a half-written online backup with its journal, and its WAL twin.
    const partial = partialBackupPath(path.join(paths.backups, 'debrief-20260501T090000000Z-interval.db'));
    await db.backup(partial);
    fs.writeFileSync(`${partial}-journal`, 'journal of a copy that was never finished');
    fs.writeFileSync(`${partialBackupPath(path.join(paths.backups, 'debrief-20260501T091500000Z-start.db'))}-wal`, 'wal');
    const restoreTemp = restoreTempPath(paths.dir);
    fs.writeFileSync(restoreTemp, 'a restore copy');
    fs.writeFileSync(`${restoreTemp}-journal`, 'its journal');
    fs.mkdirSync(paths.recordings, { recursive: true });
    fs.writeFileSync(path.join(paths.recordings, 'answer.webm'), 'a real recording');
    const staged = importPartialPath(path.join(paths.recordings, 'imported.webm'));
    fs.writeFileSync(staged, 'half an import');
    db.close();

    // Look-alikes the app never names, which must survive: other reasons, other suffixes, other folders.
    const strangers = [
      path.join(paths.backups, 'debrief-20260501T090000000Z-weekly.db.partial'),
      path.join(paths.backups, 'debrief-20260501T090000000Z-manual.db.partial.bak'),
      path.join(paths.backups, 'notes.partial'),
      path.join(paths.backups, 'my-copy.db'),
      path.join(paths.dir, '.restore-notes.db'),
      path.join(paths.dir, 'debrief-20260501T090000000Z-manual.db.partial'),
      path.join(paths.recordings, 'answer.webm.import-partial'),
      path.join(paths.dir, 'todo.txt'),
    ];
    for (const file of strangers) fs.writeFileSync(file, `a file the app did not name: ${path.basename(file)}`);
    const before = folderSnapshot(dir);

    await open(dir, options);

    const gone = [partial, `${partial}-journal`, restoreTemp, `${restoreTemp}-journal`, staged].map((f) => path.relative(dir, f));
    gone.push(path.relative(dir, `${partialBackupPath(path.join(paths.backups, 'debrief-20260501T091500000Z-start.db'))}-wal`));
    const after = folderSnapshot(dir);
    for (const file of gone) {
      expect(before[file], `${file} existed before`).toBeDefined();
      expect(after[file], `${file} was swept`).toBeUndefined();
    }
    // Everything else is byte for byte as it was (the live database and its WAL may change; they are not swept).
    const untouched = Object.keys(before).filter((f) => !gone.includes(f) && !f.startsWith('debrief.db'));
    for (const file of untouched) expect(after[file], file).toBe(before[file]);
    expect(untouched).toEqual(expect.arrayContaining(strangers.map((f) => path.relative(dir, f))));
    expect(untouched).toContain(path.join('backups', kept.fileName));
    expect(untouched).toContain(path.join('recordings', 'answer.webm'));

    expect(listBackups(paths.backups).map((b) => b.fileName)).toEqual([kept.fileName]);
    expect(verifyDatabaseFile(path.join(paths.backups, kept.fileName))).toBe(true);
  });

  it('sweeps nothing from a folder it refuses (a database newer than the app)', async () => {
    const dir = tempDir();
    const { db, paths } = await openDatabase(dir, { migrations: [notesMigration, { ...notesMigration, version: 2, sql: '' }] });
    db.close();
    fs.mkdirSync(paths.backups, { recursive: true });
    fs.writeFileSync(partialBackupPath(path.join(paths.backups, 'debrief-20260501T090000000Z-start.db')), 'partial');
    const before = folderSnapshot(dir);
    await expect(openDatabase(dir, options)).rejects.toMatchObject({ name: 'DatabaseTooNewError' });
    expect(folderSnapshot(dir)).toEqual(before);
    expect(filesIn(paths.backups)).toEqual(['debrief-20260501T090000000Z-start.db.partial']);
  });
});
