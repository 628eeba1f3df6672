// The journal's public face: its screens (loaded on first visit) and the labels the bank shares with it.
export { CATEGORY_LABELS, keysOf, type QuestionCategory } from './journal-labels';

export const JournalView = () => import('./JournalView.vue');
export const NewInterviewView = () => import('./NewInterviewView.vue');
export const InterviewEditorView = () => import('./InterviewEditorView.vue');
export const TrashView = () => import('./TrashView.vue');
