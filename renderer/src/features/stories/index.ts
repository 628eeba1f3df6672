// The story bank's public face: its screens (loaded on first visit), the ways in from other screens (an asked question,
// a practice answer, a rebuilt answer), what practice shows of the stories, and the job description on an interview.
export { default as StartStoryButton } from './components/StartStoryButton.vue';
export { default as StoryPracticeNote } from './components/StoryPracticeNote.vue';
export { default as StoryHints } from './components/StoryHints.vue';
export { default as StoryAnswerCheck } from './components/StoryAnswerCheck.vue';
export { default as SessionStoryOveruse } from './components/SessionStoryOveruse.vue';
export { default as JobDescriptionSection } from './components/JobDescriptionSection.vue';

export const StoriesView = () => import('./StoriesView.vue');
export const StoryEditorView = () => import('./StoryEditorView.vue');
export const StoriesTrashView = () => import('./StoriesTrashView.vue');
