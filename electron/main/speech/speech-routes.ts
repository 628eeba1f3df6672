import type { Handlers } from '../ipc/router';
import type { SpeechAudioService } from './audio/speech-audio-service';
import type { EngineHost } from './engine/engine-host';
import type { createModelFileChooser } from './models/model-file-chooser';
import type { ModelStore } from './models/model-store';
import type { SpeechService } from './speech-service';
import type { TranscriptionService } from './transcription-service';

const ok = { ok: true as const };

/** Speech's routes: each one line into a service. */
export function speechRoutes(d: {
  speech: SpeechService;
  models: ModelStore;
  audio: SpeechAudioService;
  transcription: TranscriptionService;
  engine: EngineHost;
  chooser: ReturnType<typeof createModelFileChooser>;
}): Handlers {
  return {
    'speech:models': () => d.speech.modelsView(),
    'speech:download': ({ modelId, action }) => d.models.download(modelId, action),
    'speech:downloadStatus': ({ modelId }) => d.models.downloadStatus(modelId),
    'speech:importModel': ({ path }) => d.speech.importModel(path),
    'speech:chooseModelFile': () => d.chooser.choose(),
    'speech:deleteModel': async ({ modelId }) => (await d.speech.deleteModel(modelId), ok),
    'speech:useModel': ({ modelId }) => d.speech.useModel(modelId),
    'speech:audioStart': ({ recordingId }) => d.audio.start(recordingId),
    'speech:audioAppend': ({ audioId, chunk }) => d.audio.append(audioId, chunk),
    'speech:audioFinish': ({ audioId }) => d.audio.finish(audioId),
    // Refused (and nothing stopped) for a recording's audio; a dictation's job still running is stopped first, so it
    // never reads a file being deleted, then the audio goes.
    'speech:deleteAudio': ({ audioId }) => (
      d.audio.checkRemovable(audioId),
      d.transcription.stopJobsOf(audioId),
      d.audio.remove(audioId),
      ok
    ),
    'speech:transcribe': ({ audioId, modelId, language }) => d.transcription.transcribe(audioId, modelId, language),
    'speech:job': ({ jobId }) => d.transcription.job(jobId),
    'speech:cancel': ({ jobId }) => d.transcription.cancel(jobId),
    'speech:transcript': ({ audioId }) => d.transcription.transcript(audioId),
    'speech:saveText': ({ audioId, text, baseRevision }) => d.speech.saveText(audioId, text, baseRevision),
    'speech:attempt': ({ attemptId }) => d.speech.attemptTranscript(attemptId),
    'speech:trend': ({ questionId }) => d.speech.trend(questionId),
    'speech:release': async () => (await d.engine.release(), ok),
  };
}
