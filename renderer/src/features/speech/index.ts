// The speech feature's public face: offline transcription of recordings and dictation, for practice and the journal.

// Transcription pipeline
export { decodeToMono16k, toPcm16le, type OfflineContextFactory } from './decode-pcm';
export { sendPcm } from './send-pcm';
export { useTranscription, type Transcription, type TranscriptionPhase } from './use-transcription';
export { transcriptionStatus } from './transcription-status';

// Practice: spoken answers
export { default as SpokenAnswer } from './components/SpokenAnswer.vue';
export { default as SpokenFigures } from './components/SpokenFigures.vue';
export { default as TranscriptionProgress } from './components/TranscriptionProgress.vue';
export { atLabel, fillersLabel, paceLabel, pausesLabel, secondsLabel, trendLine } from './spoken-words';
