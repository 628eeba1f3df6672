// The journal's public face: its screens (loaded on first visit), and the labels and category filter the bank shares.
export { CATEGORY_LABELS, keysOf, type QuestionCategory } from './journal-labels';
/** The category filter the bank's list shares with the journal's question picker. */
export { default as CategorySelect } from './components/CategorySelect.vue';

export const JournalView = () => import('./JournalView.vue');
export const NewInterviewView = () => import('./NewInterviewView.vue');
export const InterviewEditorView = () => import('./InterviewEditorView.vue');
export const TrashView = () => import('./TrashView.vue');
