import { performance } from 'node:perf_hooks';

/** One thing to measure: the route through the router, and the same work as raw SQL in the same run. */
export interface BenchCase {
  name: string;
  route: () => Promise<unknown>;
  raw?: () => unknown;
  /** A target in milliseconds for the route's p95, printed beside the figure (never asserted). */
  targetP95Ms?: number;
  /** At most this many runs, for a case that takes seconds each (a whole-database export); the run's count otherwise. */
  iterations?: number;
}

/** The figures printed for one case. */
export interface BenchResult {
  name: string;
  iterations: number;
  routeP50: number;
  routeP95: number;
  rawP50: number | null;
  rawP95: number | null;
  ratioP50: number | null;
  targetP95Ms: number | null;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

async function time(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Times the route and its raw SQL turn about, one run each per round (which goes first swaps every round), so on a
 * machine other work shares both see the same load and the ratio compares like with like.
 */
async function sample(route: () => unknown, raw: (() => unknown) | undefined, iterations: number) {
  const warmup = Math.max(5, Math.floor(iterations / 10));
  for (let i = 0; i < warmup; i++) {
    await route();
    if (raw) await raw();
  }
  const routeTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < iterations; i++) {
    if (raw && i % 2) rawTimes.push(await time(raw));
    routeTimes.push(await time(route));
    if (raw && !(i % 2)) rawTimes.push(await time(raw));
  }
  const sorted = (list: number[]) => list.sort((a, b) => a - b);
  return { route: sorted(routeTimes), raw: raw ? sorted(rawTimes) : null };
}

/** Times route and raw alternately per case so both see the same machine load. */
export async function runCase(c: BenchCase, runs: number): Promise<BenchResult> {
  const iterations = Math.min(c.iterations ?? runs, runs);
  const { route, raw } = await sample(c.route, c.raw, iterations);
  const routeP50 = percentile(route, 50);
  const rawP50 = raw ? percentile(raw, 50) : null;
  return {
    name: c.name,
    iterations,
    routeP50,
    routeP95: percentile(route, 95),
    rawP50,
    rawP95: raw ? percentile(raw, 95) : null,
    ratioP50: rawP50 !== null && rawP50 > 0 ? routeP50 / rawP50 : null,
    targetP95Ms: c.targetP95Ms ?? null,
  };
}

const ms = (v: number | null) => (v === null ? '-' : v < 1 ? v.toFixed(3) : v.toFixed(2));

/** A fixed-width table for people, then one JSON line for tools. */
export function formatResults(results: BenchResult[], meta: Record<string, unknown>): string {
  const head = ['case', 'route p50', 'route p95', 'raw p50', 'raw p95', 'route/raw', 'target p95'];
  const rows = results.map((r) => [
    r.name,
    ms(r.routeP50),
    ms(r.routeP95),
    ms(r.rawP50),
    ms(r.rawP95),
    r.ratioP50 === null ? '-' : `${r.ratioP50.toFixed(2)}x`,
    r.targetP95Ms === null ? '-' : `<= ${r.targetP95Ms} ms ${r.routeP95 <= r.targetP95Ms ? 'ok' : 'MISSED'}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    `Debrief benchmark (times in ms) ${JSON.stringify(meta)}`,
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `BENCH_JSON ${JSON.stringify({ meta, results })}`,
  ].join('\n');
}
