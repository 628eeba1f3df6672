// Speech's public face: what other features use of offline speech.

// Playback
export { default as TranscriptPlayer } from './TranscriptPlayer.vue';
export { wordIndexAt } from './word-at-time';
export { noWordsReason } from './timeline-text';
