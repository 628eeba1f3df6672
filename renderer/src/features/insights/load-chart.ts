// Chart.js is loaded on first use (the Plan screen), never with the app's first paint.
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | null = null;

/** The Chart class, fetched once; later callers share the same promise. */
export function loadChart(): Promise<typeof Chart> {
  loading ??= import('./chart-setup').then((m) => m.Chart);
  return loading;
}
