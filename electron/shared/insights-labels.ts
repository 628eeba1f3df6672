import { BUILT_IN_AREAS, type QuestionCategory } from './journal-schemas';
import type { Grade } from './practice-schemas';

// Words the main process puts into chart tables, suggestions and the Markdown export. They match the renderer's
// labels (renderer/src/format/journal-labels.ts) so a table and the screen around it say the same thing.

/** A question category in plain words. */
export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  behavioural: 'Behavioural',
  situational: 'Situational',
  motivational: 'Motivational',
  technical: 'Technical',
  'about-you': 'About you',
  closing: 'Closing',
};

/** A practice grade as the grading buttons name it. */
export const GRADE_LABELS: Record<Grade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** Grades as numbers for averages: Again 1 to Easy 4, as the practice history already counts them. */
export const GRADE_VALUES: Record<Grade, number> = { again: 1, hard: 2, good: 3, easy: 4 };

const AREA_LABELS = new Map<string, string>(BUILT_IN_AREAS.map((a) => [a.key, a.label]));

/** The label of a built-in area key, or null for any other key. */
export function builtInAreaLabel(area: string): string | null {
  return AREA_LABELS.get(area) ?? null;
}
