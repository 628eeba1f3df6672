import type Database from 'better-sqlite3';
import type { RouteParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { builtInAreaLabel } from '../../shared/insights-labels';
import type { DayRange } from '../../shared/insights-schemas';
import type { ModelAnswer } from '../../shared/model-answers-schemas';
import type { Plan, PlanItem, PlanItemStatus, PlanNote, PlanSection } from '../../shared/plan-schemas';
import type { MoveDirection } from '../../shared/move-direction';
import { localDay } from '../../shared/local-days';
import { createFieldRevisionRepo, guardFields } from '../db/field-revisions';
import { assertFresh } from '../db/stale-save';
import type { PlanGenerator } from './plan-generated';
import { planFileName, renderPlanMarkdown } from './plan-markdown';
import type { ItemFields, PlanItemRow, PlanRepo } from './plan-repo';
import { buildSuggestions } from './plan-suggestions';

/** What a suggestion key looks like; anything else was never offered. */
const SUGGESTION_KEY = /^(?:area:[a-z]+(?:-[a-z]+)*|question:\d+|practice:daily|followup:\d+)$/;
/** The questionLimit used when accepting a suggestion: enough to find any question suggestion offered. */
const ACCEPT_QUESTION_LIMIT = 200;

/** The plan's rules: generated parts computed on read, the person's own items and note stored and never regenerated. */
export function createPlanService(
  db: Database.Database,
  repo: PlanRepo,
  generator: PlanGenerator,
  now: () => Date,
  modelAnswers: () => ModelAnswer[] = () => [],
  stories: (range: DayRange) => Pick<Plan, 'stories' | 'uncoveredTerms'> = () => ({ stories: [], uncoveredTerms: [] }),
) {
  const fieldRevisions = createFieldRevisionRepo(db);
  const stamp = () => now().toISOString();

  function toItem(r: PlanItemRow, today: string): PlanItem {
    return {
      id: r.id,
      text: r.text,
      targetOn: r.target_on,
      status: r.status,
      area: r.area,
      areaLabel: r.area === null ? null : builtInAreaLabel(r.area),
      questionId: r.question_id,
      questionText: r.question_text,
      suggestionKey: r.suggestion_key,
      position: r.position,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      doneAt: r.done_at,
      revision: r.revision,
      overdue: r.status !== 'done' && r.target_on !== null && r.target_on < today,
    };
  }

  function item(id: number): PlanItem {
    const row = repo.item(id);
    if (!row) throw new AppError('NOT_FOUND', `There is no action item with id ${id}. It may have been deleted.`);
    return toItem(row, localDay(now()));
  }

  /** Area and question links must point at something real; a custom area key means nothing outside its interview. */
  function checkLinks(fields: Pick<ItemFields, 'area' | 'questionId'>): void {
    if (fields.area !== null && builtInAreaLabel(fields.area) === null) {
      throw new AppError('VALIDATION', 'Link the item to one of the seven built-in areas, or to none.', [
        { path: 'area', message: 'Not a built-in area.' },
      ]);
    }
    if (fields.questionId !== null && !repo.questionExists(fields.questionId)) {
      throw new AppError('NOT_FOUND', `There is no question with id ${fields.questionId}.`, [
        { path: 'questionId', message: 'Not found.' },
      ]);
    }
  }

  function note(): PlanNote {
    const row = repo.note();
    return { body: row?.body ?? '', updatedAt: row?.updated_at ?? null, revision: row?.revision ?? 1 };
  }

  function get(range: DayRange, questionLimit: number): Plan {
    const at = now();
    const today = localDay(at);
    const generated = generator.generate(range, questionLimit);
    const rows = range.from || range.to ? repo.itemsInRange(range.from ?? '', range.to ?? '\uffff') : repo.items();
    const dismissed = repo.dismissed();
    return {
      generatedAt: at.toISOString(),
      today,
      range: { from: range.from ?? null, to: range.to ?? null },
      ...generated,
      suggestions: buildSuggestions(generated, repo.usedSuggestionKeys(), dismissed),
      dismissedSuggestions: dismissed.size,
      items: rows.map((r) => toItem(r, today)),
      note: note(),
      modelAnswers: modelAnswers(),
      ...stories(range),
    };
  }

  function insertItem(fields: ItemFields, suggestionKey: string | null): PlanItem {
    checkLinks(fields);
    const t = stamp();
    const id = repo.insert({ ...fields, suggestionKey, doneAt: fields.status === 'done' ? t : null }, t);
    return item(id);
  }

  return {
    get,
    item,

    addItem: (fields: ItemFields) => insertItem(fields, null),

    /** Changes some fields of an item, refused (CONFLICT, nothing written) from a stale revision. */
    updateItem(id: number, baseRevision: number, patch: RouteParsedInput<'plan:updateItem'>['patch']): PlanItem {
      return db.transaction(() => {
        const current = item(id);
        const fields = Object.entries(patch).flatMap(([k, v]) => (v === undefined ? [] : [k]));
        const done = guardFields(fieldRevisions, 'planItem', { id }, 'action item', baseRevision, fields, () => current);
        const next: ItemFields = {
          text: patch.text ?? current.text,
          targetOn: patch.targetOn !== undefined ? patch.targetOn : current.targetOn,
          status: patch.status ?? current.status,
          area: patch.area !== undefined ? patch.area : current.area,
          questionId: patch.questionId !== undefined ? patch.questionId : current.questionId,
        };
        checkLinks(next);
        const t = stamp();
        const doneAt = next.status !== 'done' ? null : current.status === 'done' ? current.doneAt : t;
        repo.update(id, { ...next, doneAt }, t);
        done();
        return item(id);
      })();
    },

    removeItem(id: number): void {
      item(id);
      repo.remove(id);
    },

    moveItem(id: number, direction: MoveDirection): PlanItem[] {
      return db.transaction(() => {
        item(id);
        const all = repo.items();
        const i = all.findIndex((r) => r.id === id);
        const j = direction === 'up' ? i - 1 : i + 1;
        if (j >= 0 && j < all.length) {
          [all[i], all[j]] = [all[j], all[i]];
          all.forEach((r, position) => repo.setPosition(r.id, position));
        }
        const today = localDay(now());
        return repo.items().map((r) => toItem(r, today));
      })();
    },

    /** The suggestion as offered right now becomes an item; from then on its text is the person's to change. */
    acceptSuggestion(key: string, targetOn: string | null): PlanItem {
      return db.transaction(() => {
        if (repo.usedSuggestionKeys().has(key)) throw new AppError('CONFLICT', 'That suggestion is already in your plan.');
        const offered = get({}, ACCEPT_QUESTION_LIMIT).suggestions.find((s) => s.key === key);
        if (!offered) {
          throw new AppError(
            'NOT_FOUND',
            'That suggestion is no longer offered: it was dismissed, or the data behind it changed. Refresh the plan.',
          );
        }
        const status: PlanItemStatus = 'todo';
        return insertItem({ text: offered.text, targetOn, status, area: offered.area, questionId: offered.questionId }, key);
      })();
    },

    dismissSuggestion(key: string): void {
      if (!SUGGESTION_KEY.test(key))
        throw new AppError('VALIDATION', 'That is not a suggestion the plan offers.', [
          { path: 'key', message: 'Unknown suggestion.' },
        ]);
      repo.dismiss(key, stamp());
    },

    restoreSuggestions: () => repo.undismissAll(),

    /** The same plan the screen shows, as Markdown with the chosen sections. */
    exportMarkdown(range: DayRange, sections: PlanSection[], questionLimit: number): { fileName: string; content: string } {
      const plan = get(range, questionLimit);
      return { fileName: planFileName(plan), content: renderPlanMarkdown(plan, sections) };
    },

    /** Saves the note, refused (CONFLICT, nothing written) from a stale revision. */
    saveNote(baseRevision: number, body: string): PlanNote {
      return db.transaction(() => {
        const current = note();
        assertFresh('note', current.revision, baseRevision, () => current);
        repo.saveNote(body, stamp());
        return note();
      })();
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
