import { defineStore } from 'pinia';
import { reactive } from 'vue';
import type { ModelAnswerParts, ModelAnswerState, ModelComparison } from '@shared/model-answers-schemas';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { ApiError } from '@renderer/api/api-error';

/** How the last save of one question's model answer went. */
export interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'error' | 'conflict';
  error: ApiError | null;
}

/**
 * Model answers, one per question, as the screens that show them (the practice fold, the feedback, the rebuild editor)
 * last loaded them. Saves carry the revision loaded; one refused as stale is kept as a conflict for the editor to settle.
 */
export const useModelAnswersStore = defineStore('model-answers', () => {
  const api = useApi();
  const states = reactive(new Map<number, ModelAnswerState>());
  const saves = reactive(new Map<number, SaveState>());
  const loadErrors = reactive(new Map<number, ApiError>());

  async function load(questionId: number): Promise<ModelAnswerState | null> {
    try {
      const state = await api.call('model-answer:get', { questionId });
      states.set(questionId, state);
      loadErrors.delete(questionId);
      return state;
    } catch (err) {
      loadErrors.set(questionId, toApiError(err));
      return null;
    }
  }

  /** Saves from the revision last loaded (or `baseRevision`, for "Keep mine"); true when it was written. */
  async function save(questionId: number, parts: ModelAnswerParts, baseRevision?: number): Promise<boolean> {
    saves.set(questionId, { status: 'saving', error: null });
    try {
      const revision = baseRevision ?? states.get(questionId)?.revision ?? (await load(questionId))?.revision ?? 1;
      const saved = await api.call('model-answer:save', { questionId, baseRevision: revision, parts });
      states.set(questionId, { questionId, modelAnswer: saved, revision: saved.revision });
      saves.set(questionId, { status: 'saved', error: null });
      return true;
    } catch (err) {
      const error = toApiError(err);
      saves.set(questionId, { status: error.code === 'CONFLICT' ? 'conflict' : 'error', error });
      return false;
    }
  }

  /** "Keep mine": the person's parts saved over the newer revision the refusal named. */
  async function keepMine(questionId: number, parts: ModelAnswerParts): Promise<boolean> {
    const revision = saves.get(questionId)?.error?.details[0]?.revision;
    return save(questionId, parts, revision);
  }

  /** "Load the newer text": the saved model answer, to put in the editor; the conflict is settled. */
  async function loadNewer(questionId: number): Promise<ModelAnswerState | null> {
    saves.set(questionId, { status: 'idle', error: null });
    return load(questionId);
  }

  async function compare(questionId: number, answer: string): Promise<ModelComparison> {
    return api.call('model-answer:compare', { questionId, answer });
  }

  return {
    load,
    save,
    keepMine,
    loadNewer,
    compare,
    stateOf: (questionId: number) => states.get(questionId) ?? null,
    saveOf: (questionId: number): SaveState => saves.get(questionId) ?? { status: 'idle', error: null },
    loadErrorOf: (questionId: number) => loadErrors.get(questionId) ?? null,
    resetSave: (questionId: number) => void saves.delete(questionId),
  };
});
