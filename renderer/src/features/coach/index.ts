// The coach's public face: its reading of an answer (with "Rebuild this answer"), for the practice feedback and the
// journal, and the one-line trend between two readings.
export { default as AnswerCoach } from './AnswerCoach.vue';
export { trendLine } from './reading-figures';
