// Follow-ups' public face: their screens, the count the sidebar's badge shows, and the section Settings shows.
export { useFollowupDueStore } from './followup-due-store';
export { default as FollowupSettings } from './components/FollowupSettings.vue';
export { FOLLOWUPS_DUE_NOTE_ID } from './followup-due-note';

export const FollowupsView = () => import('./FollowupsView.vue');
export const InterviewFollowupsView = () => import('./InterviewFollowupsView.vue');
