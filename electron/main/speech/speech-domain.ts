import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Host } from '../../shared/app-contract';
import { createSpeechAudioService } from './audio/speech-audio-service';
import { createEngineHost, type EngineHostOptions, type LaunchEngine } from './engine/engine-host';
import { launcherForHost } from './engine/launcher-for-host';
import { catalogSourceFromEnv, loadCatalog } from './models/catalog';
import { createModelFileChooser, type PickModelFile } from './models/model-file-chooser';
import { createModelStore } from './models/model-store';
import { createSpeechRepo } from './speech-repo';
import { VAD_MODEL_FILE, speechResourcesDir } from './speech-resources';
import { speechRoutes } from './speech-routes';
import { createSpeechService } from './speech-service';
import { createTranscriptionService } from './transcription-service';

// What the composition root may use: the desktop app's model file picker has this shape.
export type { PickModelFile } from './models/model-file-chooser';

export interface SpeechDomainOptions {
  db: Database.Database;
  paths: { recordings: string; models: string };
  host: Host;
  now: () => Date;
  /** Tests pass their own engine launcher; the app and browser host use the one for their host. */
  launch?: LaunchEngine;
  engine?: EngineHostOptions;
  env?: NodeJS.ProcessEnv;
  resourcesDir?: string;
  /** Seconds without a byte before a model download counts as cut. */
  downloadIdleTimeoutMs?: number;
  /** The desktop app's open dialog for a model file; the browser host leaves it out ("Choose file…" is unavailable). */
  pickModelFile?: PickModelFile;
}

/** Builds offline speech: the model catalog and store, the PCM audio, the engine host and the transcription jobs. */
export function createSpeechDomain(options: SpeechDomainOptions) {
  const resources = options.resourcesDir ?? speechResourcesDir();
  const catalog = loadCatalog(catalogSourceFromEnv(resources, options.env));
  const repo = createSpeechRepo(options.db);
  const models = createModelStore(catalog, options.paths.models, { idleTimeoutMs: options.downloadIdleTimeoutMs });
  const audio = createSpeechAudioService(options.db, repo, options.paths.recordings, options.now);
  try {
    audio.sweepDictations();
    audio.sweepOrphans();
  } catch (err) {
    console.error('Could not tidy leftover speech audio:', err);
  }
  const engine = createEngineHost(options.launch ?? launcherForHost(options.host), options.engine);
  const vadModelPath = path.join(resources, VAD_MODEL_FILE);

  const speech = createSpeechService({ catalog, models, repo, vadModelPath });
  const transcription = createTranscriptionService({
    audio,
    models,
    repo,
    engine,
    vadModelPath,
    activeModelId: speech.activeModelId,
    now: options.now,
  });

  return {
    models,
    audio,
    engine,
    transcription,
    speech,
    routes: speechRoutes({
      speech,
      models,
      audio,
      transcription,
      engine,
      chooser: createModelFileChooser({ pickModelFile: options.pickModelFile }),
    }),
    /** Ends the engine's process and pauses downloads (their partial files stay, so they resume). */
    close(): void {
      engine.close();
      models.close();
    },
  };
}
