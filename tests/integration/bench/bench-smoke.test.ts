import { expect, test } from 'vitest';
import { runBench } from '../../bench/run-bench';

// The benchmark at a small size, so a change that breaks one of its cases (a route it calls, the input it sends, the
// raw SQL it compares with) fails here and not months later in `npm run bench`. No time is asserted.
test('every benchmark case runs to the end on a small database', { timeout: 120_000 }, async () => {
  const { results } = await runBench({ interviews: 300, reviewItems: 300, iterations: 3 });

  expect(results.map((r) => r.name)).toContain('plan:get (whole journal)');
  expect(results.map((r) => r.name)).toContain('interview:list (FTS search, 50)');
  for (const r of results) {
    expect(r.iterations, r.name).toBeGreaterThan(0);
    expect(Number.isFinite(r.routeP95), r.name).toBe(true);
  }
});
