// Follow-ups' public face: their screens, the sidebar's due badge, and the section Settings shows.
export { default as FollowupsDueBadge } from './components/FollowupsDueBadge.vue';
export { default as FollowupSettings } from './components/FollowupSettings.vue';
export { FOLLOWUPS_DUE_NOTE_ID } from './followup-due-note';

export const FollowupsView = () => import('./FollowupsView.vue');
export const InterviewFollowupsView = () => import('./InterviewFollowupsView.vue');
