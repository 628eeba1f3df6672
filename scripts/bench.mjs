// `npm run bench [-- --interviews N]`: seeds a temporary database and times each route against raw SQL.
// Runs the harness in vitest, for the same module resolution as the app.
import './require-node24.mjs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    interviews: { type: 'string', default: '10000' },
    'review-items': { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '200' },
  },
});
for (const [name, value] of Object.entries(values)) {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    console.error(`--${name} must be a positive whole number, not "${value}".`);
    process.exit(2);
  }
}
// Build first, so the renderer's initial JavaScript size is measured on the current code.
const build = spawnSync(path.join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'ignore' });
if (build.status !== 0) console.warn('electron-vite build failed; the bundle size below may be stale or missing.');
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    'tests/bench/vitest.bench.config.ts',
    '--reporter=dot',
    '--silent=false',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_INTERVIEWS: values.interviews,
      BENCH_ITERATIONS: values.iterations,
      BENCH_REVIEW_ITEMS: values['review-items'],
    },
  },
);
process.exit(run.status ?? 1);
