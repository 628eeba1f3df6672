// Key points covered, in words that stay honest when a question has none written down.
import type { CheckedPoint } from '@shared/practice-schemas';
import { coverage } from './session-progress';

/** "2 of 3", or "none written down" when there is nothing to cover (never a bare "0 of 0"). */
export function countsLabel(covered: number, total: number): string {
  return total === 0 ? 'none written down' : `${covered} of ${total}`;
}

/** The same, straight from a checklist. */
export function coverageLabel(points: readonly CheckedPoint[]): string {
  const { covered, total } = coverage(points);
  return countsLabel(covered, total);
}
