import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type {
  ModelAnswer,
  ModelAnswerHit,
  ModelAnswerParts,
  ModelAnswerState,
  ModelComparison,
} from '../../shared/model-answers-schemas';
import { toFtsQuery } from '../db/fts-query';
import { assertFresh } from '../db/stale-save';
import { keptParts } from './compare-parts';
import type { ModelAnswerRow, ModelAnswersRepo } from './model-answers-repo';

function toModelAnswer(r: ModelAnswerRow): ModelAnswer {
  return {
    questionId: r.question_id,
    questionText: r.question_text,
    parts: { situation: r.situation, task: r.task, action: r.action, result: r.result },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    revision: r.revision,
  };
}

/** Trims each part: the editor's stray blank lines are not the person's words. */
function tidy(parts: ModelAnswerParts): ModelAnswerParts {
  return { situation: parts.situation.trim(), task: parts.task.trim(), action: parts.action.trim(), result: parts.result.trim() };
}

/** The rules of model answers: one per question, saved from the current revision only, compared with attempts. */
export function createModelAnswersService(db: Database.Database, repo: ModelAnswersRepo, now: () => Date) {
  function assertQuestion(questionId: number): void {
    if (!repo.questionExists(questionId)) {
      throw new AppError('NOT_FOUND', `There is no question with id ${questionId}. It may have been deleted.`, [
        { path: 'questionId', message: 'Not found.' },
      ]);
    }
  }

  function state(questionId: number): ModelAnswerState {
    assertQuestion(questionId);
    const row = repo.get(questionId);
    return { questionId, modelAnswer: row ? toModelAnswer(row) : null, revision: row?.revision ?? 1 };
  }

  return {
    state,

    /** Creates or replaces the model answer, refused (CONFLICT, nothing written) from a stale revision. */
    save(questionId: number, baseRevision: number, parts: ModelAnswerParts): ModelAnswer {
      return db.transaction(() => {
        const current = state(questionId);
        assertFresh('model answer', current.revision, baseRevision, () => current.modelAnswer);
        repo.save(questionId, tidy(parts), now().toISOString());
        return toModelAnswer(repo.get(questionId)!);
      })();
    },

    remove(questionId: number, baseRevision: number): void {
      db.transaction(() => {
        const current = state(questionId);
        if (!current.modelAnswer) {
          throw new AppError('NOT_FOUND', 'This question has no model answer to remove.', [
            { path: 'questionId', message: 'No model answer.' },
          ]);
        }
        assertFresh('model answer', current.revision, baseRevision, () => current.modelAnswer);
        repo.remove(questionId);
      })();
    },

    compare(questionId: number, answer: string): ModelComparison {
      const { modelAnswer } = state(questionId);
      if (!modelAnswer) return { questionId, hasModel: false, parts: [] };
      return { questionId, hasModel: true, parts: keptParts(modelAnswer.parts, answer) };
    },

    list: (limit: number) => repo.list(limit).map(toModelAnswer),

    search(query: string, limit: number): { items: ModelAnswerHit[]; total: number } {
      const fts = toFtsQuery(query);
      if (!fts) return { items: [], total: 0 };
      const items = repo
        .search(fts, limit)
        .map((r) => ({ questionId: r.question_id, questionText: r.question_text, snippet: r.snippet }));
      return { items, total: repo.searchCount(fts) };
    },
  };
}

export type ModelAnswersService = ReturnType<typeof createModelAnswersService>;
