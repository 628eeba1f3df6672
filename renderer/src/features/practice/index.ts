// Practice's public face: its screens, the sidebar's due badge, and the grade words the plan prints.
export { default as PracticeDueBadge } from './components/PracticeDueBadge.vue';
export { PRACTICE_DUE_NOTE_ID } from './practice-due-note';
export { gradeLabel } from './grades';

export const PracticeView = () => import('./PracticeView.vue');
export const PracticeSessionView = () => import('./PracticeSessionView.vue');
export const PracticeSummaryView = () => import('./PracticeSummaryView.vue');
