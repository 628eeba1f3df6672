// The four grades as the person sees them: a word, its key, and one line on the answer. When each brings the
// question back is not written here: the buttons show it from the saved card (practice:gradePreview).
import type { Grade } from '@shared/practice-schemas';

/** One grade button's words. */
interface GradeInfo {
  grade: Grade;
  label: string;
  /** The digit that picks it on the feedback screen. */
  key: string;
  /** What the grade says about the answer; the interval is shown beside it, worked out from the card. */
  meaning: string;
}

/** Again, Hard, Good, Easy in order; the meanings describe the answer, not the person. */
export const GRADE_INFO: readonly GradeInfo[] = [
  { grade: 'again', label: 'Again', key: '1', meaning: 'Not there yet.' },
  { grade: 'hard', label: 'Hard', key: '2', meaning: 'Got there, with effort.' },
  { grade: 'good', label: 'Good', key: '3', meaning: 'A solid answer.' },
  { grade: 'easy', label: 'Easy', key: '4', meaning: 'Came easily.' },
];

/** The word for a grade ("Good"), or "Not graded" for an answer still waiting for one. */
export function gradeLabel(grade: Grade | null): string {
  return grade ? (GRADE_INFO.find((g) => g.grade === grade)?.label ?? grade) : 'Not graded';
}

export { gradesInWords } from '@renderer/shared/format/grades-in-words';
