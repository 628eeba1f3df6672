// The fit of the job-term ranking's weights (electron/main/stories/job-terms/term-weights.ts): a logistic regression of
// "is a labelled term" on each found term's features, over the labelled job descriptions in tests/fixtures/job-terms.
import fs from 'node:fs';
import path from 'node:path';
import { KEY_TERMS, rankTerms, termsWithFeatures, type ScoredTerm } from '../../electron/main/stories/job-terms/job-terms';
import { FEATURE_NAMES, type Features } from '../../electron/main/stories/job-terms/term-features';
import { labelFound, termMatches } from './label-match';

/** The folder of labelled job descriptions. */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/job-terms');

/** The L2 penalty: 5 ranked the left-out descriptions best among 0.1, 1, 2, 5, 10, 15 and 20. */
export const LAMBDA = 5;

/** One labelled description: its terms with their features, and which of them match a label. */
export interface FitFixture {
  name: string;
  labels: string[];
  terms: ScoredTerm[];
  x: number[][];
  y: number[];
}

/** Reads every `<name>.txt` with its `<name>.labels.json` and finds its terms. */
export function loadFixtures(dir = FIXTURES_DIR): FitFixture[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const labels = JSON.parse(fs.readFileSync(path.join(dir, `${name}.labels.json`), 'utf8')) as string[];
      const { terms } = termsWithFeatures(fs.readFileSync(path.join(dir, f), 'utf8'));
      const x = terms.map((t) => FEATURE_NAMES.map((n) => t.features[n]));
      const y = terms.map((t) => (labels.some((l) => termMatches(l, t.text)) ? 1 : 0));
      return { name, labels, terms, x, y };
    });
}

/** Solves a x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * out[k]!;
    out[r] = s / m[r]![r]!;
  }
  return out;
}

/** Logistic regression with an L2 penalty (not on the bias), by Newton's method: one weight per feature. */
export function fitWeights(fixtures: readonly FitFixture[], lambda = LAMBDA): number[] {
  const rows = fixtures.flatMap((f) => f.x.map((x, i) => ({ x, y: f.y[i]! })));
  const d = FEATURE_NAMES.length;
  const bias = FEATURE_NAMES.indexOf('bias');
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = w.map((wi, j) => (j === bias ? 0 : lambda * wi));
    const h = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) => (i !== j ? 0 : i === bias ? 1e-6 : lambda)),
    );
    for (const { x, y } of rows) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, xi, j) => s + xi * w[j]!, 0)));
      for (let i = 0; i < d; i++) {
        g[i]! += (p - y) * x[i]!;
        for (let j = 0; j < d; j++) h[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    }
    const step = solve(h, g);
    w = w.map((wi, j) => wi - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

/** Weights in a list as the named record term-weights.ts holds. */
export const asRecord = (w: readonly number[]) => Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, w[i]!])) as Features;

/** How many of a description's labels the top 25 (the key terms) of a ranking by `w` finds, ranked as the app ranks. */
export function topHits(f: FitFixture, w: readonly number[]): number {
  const row = new Map(f.terms.map((t, i) => [t, f.x[i]!]));
  const top = rankTerms(f.terms, (t) => row.get(t)!.reduce((s, xi, j) => s + xi * w[j]!, 0))
    .slice(0, KEY_TERMS)
    .map((r) => r.text);
  return f.labels.filter((l) => labelFound(l, top)).length;
}

/** Per description, its hits when ranked by weights fitted on all the others: what a new description can expect. */
export function leaveOneOut(fixtures: readonly FitFixture[]): Map<string, number> {
  return new Map(fixtures.map((f) => [f.name, topHits(f, fitWeights(fixtures.filter((g) => g !== f)))]));
}

/**
 * How far two labellers agree where a second labelled the same description blind (`second-labels/<name>.labels.json`):
 * the share of each one's labels that the other's 20 or so also hold. What the top 25 is measured against is people's
 * choice, and this says how settled that choice is.
 */
export function labellersAgree(fixtures: readonly FitFixture[], dir = FIXTURES_DIR): { descriptions: number; share: number } {
  let found = 0;
  let total = 0;
  let descriptions = 0;
  for (const f of fixtures) {
    const file = path.join(dir, 'second-labels', `${f.name}.labels.json`);
    if (!fs.existsSync(file)) continue;
    const second = JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
    descriptions++;
    found += f.labels.filter((l) => labelFound(l, second)).length + second.filter((l) => labelFound(l, f.labels)).length;
    total += f.labels.length + second.length;
  }
  return { descriptions, share: total ? found / total : 0 };
}

/** The share of the labels of `list` found, given each description's hits. */
export const labelShare = (list: readonly FitFixture[], hits: (f: FitFixture) => number) =>
  list.reduce((n, f) => n + hits(f), 0) / list.reduce((n, f) => n + f.labels.length, 0);
