// The speech feature's public face: other features import from here only.

// Settings -> Speech
export { default as SpeechSettings } from './SpeechSettings.vue';
export { useSpeechModelsStore } from './speech-models-store';
export { modelSize, bytesProgress, speedWords, timeLeftWords } from './download-words';
