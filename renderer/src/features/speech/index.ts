// The speech feature's public face: offline transcription of recordings and dictation, for practice and the journal.

// Transcription pipeline
export { decodeToMono16k, toPcm16le, type OfflineContextFactory } from './decode-pcm';
export { sendPcm } from './send-pcm';
export { useTranscription, type Transcription, type TranscriptionPhase } from './use-transcription';
export { transcriptionStatus } from './transcription-status';

// Journal: dictation
export { default as DictateButton } from './DictateButton.vue';
export {
  useDictation,
  formatElapsed,
  DICTATION_MESSAGES,
  type Dictation,
  type DictationDeps,
  type DictationStatus,
} from './use-dictation';
export { useSpeechModelStore } from './speech-model-store';
export { useSpeechInstalled } from './use-speech-installed';
export { joinDictation, dictationSeparator } from './join-dictation';
export { insertIntoField } from './insert-into-field';
