// Practice's public face: its screens, the count the sidebar's badge shows, and the grade words the plan prints.
export { usePracticeDueStore } from './practice-due-store';
export { PRACTICE_DUE_NOTE_ID } from './practice-due-note';
export { gradeLabel } from './grades';

export const PracticeView = () => import('./PracticeView.vue');
export const PracticeSessionView = () => import('./PracticeSessionView.vue');
export const PracticeSummaryView = () => import('./PracticeSummaryView.vue');
