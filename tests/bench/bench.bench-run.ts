import path from 'node:path';
import { test } from 'vitest';
import { initialJsGzipKb } from './bundle-size';
import { formatResults } from './harness';
import { runBench } from './run-bench';

// Not a test: vitest hosts this script so it resolves modules like the app. It prints figures and asserts nothing.
test('benchmark', async () => {
  const { results, meta } = await runBench({
    interviews: Number(process.env.BENCH_INTERVIEWS ?? 10_000),
    iterations: Number(process.env.BENCH_ITERATIONS ?? 200),
    reviewItems: Number(process.env.BENCH_REVIEW_ITEMS ?? 100_000),
  });
  console.log(formatResults(results, meta));
  const bundle = initialJsGzipKb(path.resolve(import.meta.dirname, '../../out/renderer'));
  console.log(
    bundle
      ? `Renderer initial JS: ${bundle.gzipKb} KB gzip (${bundle.rawKb} KB raw; target <= 150 KB gzip) from ${bundle.files.join(', ')}`
      : 'Renderer initial JS: not measured (run `npx electron-vite build` first).',
  );
});
