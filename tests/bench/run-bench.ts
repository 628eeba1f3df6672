import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/main/core';
import { benchContext } from './bench-context';
import { CASE_MODULES, type CaseModule } from './case-modules';
import { runCase, type BenchResult } from './harness';
import { seedJournal } from './journal-seed';
import { seedReviewItems } from './practice-seed';

/** How big a run is: rows seeded, and timed runs per case. */
export interface BenchSizes {
  interviews: number;
  reviewItems: number;
  iterations: number;
}

/** What a run measured, and the facts printed beside it. */
export interface BenchRun {
  results: BenchResult[];
  meta: Record<string, unknown> & BenchSizes & { seedMs: number; dbBytes: number; rssMiB: number; node: string };
}

/**
 * Seeds a temporary database, runs every case module's cases against it, and removes it. Any route that fails throws,
 * so both `npm run bench` and the small run inside `npm test` stop on a case a change has broken.
 */
export async function runBench(sizes: BenchSizes, modules: readonly CaseModule[] = CASE_MODULES): Promise<BenchRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-'));
  const core = await createCore({ dataDir: dir, version: 'bench', host: 'browser', autoBackup: false, validateOutput: false });
  try {
    const ctx = benchContext(core, sizes);
    const seedStart = performance.now();
    // Domains seed their rows here as the schema grows.
    seedJournal(ctx.db, sizes.interviews);
    seedReviewItems(ctx.db, sizes.reviewItems, new Date());
    // Fold the seed's huge WAL into the database now, so no case pays for checkpointing it.
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    ctx.db.pragma('optimize');
    await ctx.core.backups.create('manual');
    const seedMs = performance.now() - seedStart;

    const results: BenchResult[] = [];
    for (const cases of modules) for (const c of await cases(ctx)) results.push(await runCase(c, sizes.iterations));
    const meta = {
      ...sizes,
      seedMs: Math.round(seedMs),
      dbBytes: fs.statSync(core.database.paths.database).size,
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
      node: process.version,
    };
    return { results, meta };
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
