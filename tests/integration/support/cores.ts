import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../../electron/main/core';
import { makeClock, type Clock } from './clock';

/** One open core over its own temp data folder, with its database and the clock it reads. */
export interface Opened {
  core: Core;
  db: Database.Database;
  dir: string;
  clock: Clock;
}

/** What a test may choose: its clock (or just a `now` reading), a folder made earlier to reopen, and the shell's hooks. */
export type OpenOptions = Partial<Pick<CoreOptions, 'now' | 'openExternal' | 'openPath'>> & { clock?: Clock; dir?: string };

/**
 * Returns a function that opens a fresh core over a new temp data folder (or reopens one it made earlier); after each
 * test every core is closed and every folder removed, so no test sees another's database. Without a clock or `now` the
 * core reads a hand-moved clock standing at local noon on 2026-03-10.
 */
export function useCores(): (options?: OpenOptions) => Promise<Opened> {
  const open: { core: Core; dir: string }[] = [];
  afterEach(() => {
    const done = open.splice(0);
    for (const { core } of done) if (core.database.db.open) core.close();
    for (const dir of new Set(done.map((o) => o.dir))) fs.rmSync(dir, { recursive: true, force: true });
  });
  return async ({ clock = makeClock(), dir, now, ...hooks } = {}) => {
    const dataDir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-core-'));
    let core: Core;
    try {
      core = await createCore({
        dataDir,
        version: 'test',
        host: 'browser',
        autoBackup: false,
        validateOutput: true,
        now: now ?? clock.now,
        ...hooks,
      });
    } catch (err) {
      // A core that fails to open must not leave a fresh temp folder behind (a reopened one is removed after the test).
      if (!dir) fs.rmSync(dataDir, { recursive: true, force: true });
      throw err;
    }
    open.push({ core, dir: dataDir });
    return { core, db: core.database.db, dir: dataDir, clock };
  };
}
