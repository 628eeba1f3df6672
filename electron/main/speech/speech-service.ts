import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import type { Catalog, SpeechModels } from '../../shared/speech-schemas';
import { speechTrend } from './analysis/speech-trend';
import { defaultEntry } from './models/catalog';
import { assertFresh } from '../db/stale-save';
import type { ModelStore } from './models/model-store';
import type { SpeechRepo } from './speech-repo';

/** Settings -> Speech and the read side of transcripts: the model list, the chosen model, attempts' figures. */
export function createSpeechService(deps: { catalog: Catalog; models: ModelStore; repo: SpeechRepo; vadModelPath: string }) {
  const { catalog, models, repo } = deps;

  /** The chosen model if still installed, else the default, else any installed one; null means VAD only. */
  function activeModelId(): string | null {
    const chosen = repo.pref('model');
    if (chosen && catalog.models.some((m) => m.id === chosen) && models.isInstalled(chosen)) return chosen;
    const fallback = [defaultEntry(catalog), ...catalog.models].find((m) => models.isInstalled(m.id));
    return fallback?.id ?? null;
  }

  function modelsView(): SpeechModels {
    const active = activeModelId();
    let vadBytes = 0;
    try {
      vadBytes = fs.statSync(deps.vadModelPath).size;
    } catch {
      vadBytes = 0;
    }
    return {
      folder: models.dir,
      activeModelId: active,
      models: catalog.models.map((m) => ({
        id: m.id,
        name: m.name,
        file: m.file,
        sizeBytes: m.sizeBytes,
        language: m.language,
        goodFor: m.goodFor,
        default: m.default,
        installed: models.isInstalled(m.id),
        active: m.id === active,
        path: models.pathOf(m.id),
        download: models.downloadStatus(m.id),
      })),
      vad: { name: 'Silero voice activity v6.2.0 (ships with Debrief)', sizeBytes: vadBytes, available: vadBytes > 0 },
    };
  }

  return {
    activeModelId,
    modelsView,
    useModel(id: string): SpeechModels {
      const m = models.entry(id);
      if (!models.isInstalled(id)) throw new AppError('CONFLICT', `${m.name} is not installed yet; download it first.`);
      repo.setPref('model', id);
      return modelsView();
    },
    async importModel(file: string) {
      const m = await models.importFile(file);
      return modelsView().models.find((v) => v.id === m.id)!;
    },
    async deleteModel(id: string): Promise<void> {
      await models.remove(id);
      if (repo.pref('model') === id) repo.setPref('model', null);
    },
    /** The person's correction of a transcript, refused (CONFLICT, nothing written) from a stale revision. */
    saveText(audioId: number, text: string, baseRevision: number) {
      return repo.inTransaction(() => {
        const current = repo.transcript(audioId);
        if (!current) throw new AppError('NOT_FOUND', 'This recording has no transcript yet, so there is nothing to correct.');
        assertFresh('transcript', current.revision, baseRevision, () => current);
        // Back to exactly what was recognised (or cleared): stored as "as recognised", so a re-run is not shadowed.
        const edited = text.trim() === '' || text === current.text ? null : text;
        repo.setText(audioId, edited);
        return repo.transcript(audioId)!;
      });
    },
    attemptTranscript(attemptId: number) {
      if (!repo.attemptExists(attemptId)) throw new AppError('NOT_FOUND', `There is no attempt with id ${attemptId}.`);
      return repo.attemptTranscript(attemptId);
    },
    trend(questionId: number) {
      if (!repo.questionExists(questionId)) throw new AppError('NOT_FOUND', `There is no question with id ${questionId}.`);
      return speechTrend(repo.questionFigures(questionId));
    },
  };
}

export type SpeechService = ReturnType<typeof createSpeechService>;
