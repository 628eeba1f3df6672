import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { createCore } from '../../electron/main/core';
import { appCases } from './app-cases';
import { coachCases } from './coach-cases';
import { initialJsGzipKb } from './bundle-size';
import { benchContext } from './bench-context';
import { formatResults, runCase, type BenchResult } from './harness';
import { journalCases } from './journal-cases';
import { seedJournal } from './journal-seed';
import { planCases } from './plan-cases';
import { practiceCases } from './practice-cases';
import { seedReviewItems } from './practice-seed';

// Not a test: vitest hosts this script so it resolves modules like the app. It prints figures and asserts nothing.
test('benchmark', async () => {
  const interviews = Number(process.env.BENCH_INTERVIEWS ?? 10_000);
  const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
  const reviewItems = Number(process.env.BENCH_REVIEW_ITEMS ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-'));
  const core = await createCore({ dataDir: dir, version: 'bench', host: 'browser', autoBackup: false, validateOutput: false });
  try {
    const ctx = benchContext(core, interviews);
    const seedStart = performance.now();
    // Domains seed their rows here as the schema grows.
    seedJournal(ctx.db, interviews);
    seedReviewItems(ctx.db, reviewItems, new Date());
    // Fold the seed's huge WAL into the database now, so no case pays for checkpointing it.
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    ctx.db.pragma('optimize');
    await ctx.core.backups.create('manual');
    const seedMs = performance.now() - seedStart;

    const cases = [
      ...appCases(ctx),
      ...journalCases(ctx),
      ...(await practiceCases(ctx, iterations)),
      ...(await planCases(ctx)),
      ...coachCases(ctx),
    ];
    const results: BenchResult[] = [];
    for (const c of cases) results.push(await runCase(c, iterations));
    const meta = {
      interviews,
      reviewItems,
      iterations,
      seedMs: Math.round(seedMs),
      dbBytes: fs.statSync(core.database.paths.database).size,
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
      node: process.version,
    };
    console.log(formatResults(results, meta));
    const bundle = initialJsGzipKb(path.resolve(import.meta.dirname, '../../out/renderer'));
    console.log(
      bundle
        ? `Renderer initial JS: ${bundle.gzipKb} KB gzip (${bundle.rawKb} KB raw; target <= 150 KB gzip) from ${bundle.files.join(', ')}`
        : 'Renderer initial JS: not measured (run `npx electron-vite build` first).',
    );
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
