// The speech feature's public face: offline transcription of recordings and dictation, for practice and the journal.
// Other features import from here only.

// Transcription pipeline
export { decodeToMono16k, toPcm16le, type OfflineContextFactory } from './decode-pcm';
export { useTranscription, type Transcription, type TranscriptionPhase, type SpokenPhase } from './use-transcription';
export { progressMeasured, transcriptionStatus } from './transcription-status';
export { useElapsed } from './use-elapsed';

// Playback
export { default as TranscriptPlayer } from './TranscriptPlayer.vue';
export { default as PlainPlayer } from './PlainPlayer.vue';

// Settings -> Speech
export { default as SpeechSettings } from './SpeechSettings.vue';
export { useSpeechModelsStore } from './speech-models-store';
export { modelSize, bytesProgress, speedWords, timeLeftWords } from './download-words';

// Journal: dictation
export { default as DictateButton } from './DictateButton.vue';
export {
  useDictation,
  DICTATION_MESSAGES,
  DICTATION_LIMIT_SECONDS,
  type Dictation,
  type DictationDeps,
  type DictationStatus,
} from './use-dictation';
export { useSpeechInstalled } from './use-speech-installed';
export { joinDictation, dictationSeparator } from './join-dictation';
export { insertIntoField } from './insert-into-field';

// Practice: spoken answers
export { default as SpokenAnswer } from './components/SpokenAnswer.vue';
export { default as SpokenFigures } from './components/SpokenFigures.vue';
export { default as TranscriptionProgress } from './components/TranscriptionProgress.vue';
export { atLabel, fillersLabel, paceLabel, pausesLabel, secondsLabel, trendLine } from './spoken-words';
