// Grades said as they were given, shared by the practice summary, its history and the insights' grade chart.
import type { Grade } from '@shared/practice-schemas';

const ORDER: readonly Grade[] = ['easy', 'good', 'hard', 'again'];

/**
 * Grades in words, true to what was given: "All good", "Mostly good" only when more than half were Good,
 * otherwise each grade counted ("1 good, 1 again"): an average of Good and Again is not "Mostly hard".
 */
export function gradesInWords(grades: readonly Grade[]): string {
  if (!grades.length) return 'Not graded yet';
  const counts = ORDER.map((grade) => ({ label: grade, n: grades.filter((x) => x === grade).length })).filter((c) => c.n > 0);
  if (counts.length === 1) return grades.length === 1 ? `Graded ${counts[0].label}` : `All ${counts[0].label}`;
  const top = counts.reduce((a, b) => (b.n > a.n ? b : a));
  if (top.n * 2 > grades.length) return `Mostly ${top.label}`;
  return counts.map((c) => `${c.n} ${c.label}`).join(', ');
}

/** The same words from a day's counts per grade. */
export function gradeCountsInWords(counts: Record<Grade, number>): string {
  return gradesInWords(ORDER.flatMap((g) => Array<Grade>(counts[g]).fill(g)));
}
