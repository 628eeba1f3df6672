import type Database from 'better-sqlite3';
import type { RouteParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { MoveDirection } from '../../shared/move-direction';
import type { InterviewDetail, InterviewFields, InterviewSummary, JournalFilters } from '../../shared/journal-schemas';
import type { BankRepo } from '../bank/bank-domain';
import { createFieldRevisionRepo, guardFields } from '../db/field-revisions';
import { toFtsQuery } from '../db/fts-query';
import { publicQuestion, type InterviewQuestionRepo } from './interview-question-repo';
import type { InterviewRepo, InterviewRow } from './interview-repo';
import { decodeCursor, encodeCursor } from './list-cursor';
import type { JournalListRepo } from './journal-list-repo';
import type { ReflectionRepo } from './reflection-repo';
import type { SearchIndexRepo } from './search-index-repo';

interface JournalRepos {
  interviews: InterviewRepo;
  reflections: ReflectionRepo;
  asked: InterviewQuestionRepo;
  list: JournalListRepo;
  search: SearchIndexRepo;
  bank: BankRepo;
}

/** The journal's rules: what may change when, and that every edit and its search row are written together. */
export function createJournalService(db: Database.Database, repos: JournalRepos, now: () => Date) {
  const { interviews, reflections, asked, list, search, bank } = repos;
  const stamp = () => now().toISOString();
  const fieldRevisions = createFieldRevisionRepo(db);
  /** The fields a patch writes (an undefined key writes nothing). */
  const written = (patch: object) => Object.entries(patch).flatMap(([k, v]) => (v === undefined ? [] : [k]));

  function row(id: number): InterviewRow {
    const found = interviews.get(id);
    if (!found) throw new AppError('NOT_FOUND', `There is no interview with id ${id}. It may have been deleted for good.`);
    return found;
  }

  /** Edits are refused on trashed interviews, so nothing changes behind the trash's back. */
  function editable(id: number): InterviewRow {
    const found = row(id);
    if (found.deleted_at) throw new AppError('CONFLICT', 'This interview is in the trash. Restore it to edit it.');
    return found;
  }

  function detail(id: number): InterviewDetail {
    const r = row(id);
    return {
      id: r.id,
      company: r.company,
      role: r.role,
      heldAt: r.held_at,
      stage: r.stage,
      format: r.format,
      outcome: r.outcome,
      interviewers: interviews.interviewers(id),
      tags: interviews.tags(id),
      notes: r.notes,
      questionsAsked: r.questions_asked,
      closingStatement: r.closing_statement,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      deletedAt: r.deleted_at,
      revision: r.revision,
      reflections: reflections.list(id),
      questions: asked.list(id).map(publicQuestion),
    };
  }

  /** Runs an edit and the search refresh in one transaction, and bumps the interview's updated time. */
  function edit<T>(interviewId: number, change: (now: string) => T): T {
    return db.transaction(() => {
      editable(interviewId);
      const now = stamp();
      const result = change(now);
      interviews.touch(interviewId, now);
      search.refresh(interviewId);
      return result;
    })();
  }

  function askedQuestion(id: number) {
    const q = asked.get(id);
    if (!q) throw new AppError('NOT_FOUND', `There is no asked question with id ${id}.`);
    return q;
  }

  return {
    detail,

    create(fields: InterviewFields): InterviewDetail {
      const id = db.transaction(() => {
        const now = stamp();
        const newId = interviews.insert(fields, now);
        interviews.replaceInterviewers(newId, fields.interviewers);
        interviews.replaceTags(newId, fields.tags);
        reflections.addBuiltIns(newId, now);
        search.refresh(newId);
        return newId;
      })();
      return detail(id);
    },

    /** Saves some of the interview's own fields, refused (CONFLICT, nothing written) if another window changed one of them. */
    update(id: number, baseRevision: number, patch: RouteParsedInput<'interview:update'>['patch']): InterviewDetail {
      edit(id, (now) => {
        const done = guardFields(fieldRevisions, 'interview', { id }, 'interview', baseRevision, written(patch), () =>
          detail(id),
        );
        interviews.updateScalars(id, patch, now);
        if (patch.interviewers) interviews.replaceInterviewers(id, patch.interviewers);
        if (patch.tags) interviews.replaceTags(id, patch.tags);
        done();
      });
      return detail(id);
    },

    list(
      filters: JournalFilters,
      cursor: string | null,
      limit: number,
    ): { items: InterviewSummary[]; nextCursor: string | null; total: number } {
      const match = filters.query ? toFtsQuery(filters.query) : null;
      const position = decodeCursor(cursor, match ? 'offset' : 'keyset');
      if (match) {
        const offset = position?.kind === 'offset' ? position.offset : 0;
        const items = list.search(filters, match, offset, limit + 1);
        const more = items.length > limit;
        return {
          items: items.slice(0, limit),
          nextCursor: more ? encodeCursor({ kind: 'offset', offset: offset + limit }) : null,
          // When the first page holds every hit, they are all in hand: no second pass over the index to count them.
          total: more || offset > 0 ? list.searchCount(filters, match) : items.length,
        };
      }
      const items = list.page(filters, position?.kind === 'keyset' ? position : null, limit + 1);
      const more = items.length > limit;
      const last = items[limit - 1];
      return {
        items: items.slice(0, limit),
        nextCursor: more && last ? encodeCursor({ kind: 'keyset', heldAt: last.heldAt, id: last.id }) : null,
        total: list.count(filters),
      };
    },

    facets: () => list.facets(),
    listTrash: () => list.trash(),

    trash(id: number): void {
      db.transaction(() => {
        const r = row(id);
        if (!r.deleted_at) interviews.setDeleted(id, stamp(), stamp());
      })();
    },
    restore(id: number): void {
      db.transaction(() => {
        const r = row(id);
        if (r.deleted_at) interviews.setDeleted(id, null, stamp());
      })();
    },
    /** Deletes trashed interviews for good; their questions (and so their practice history) are kept. */
    emptyTrash(): number {
      return db.transaction(() => {
        const ids = interviews.trashedIds();
        for (const id of ids) {
          search.remove(id);
          interviews.purge(id);
        }
        return ids.length;
      })();
    },

    /** Saves part of one area, refused (CONFLICT, nothing written) if another window changed one of those fields. */
    saveReflection(
      interviewId: number,
      area: string,
      baseRevision: number,
      patch: Omit<RouteParsedInput<'reflection:save'>, 'interviewId' | 'area' | 'baseRevision'>,
    ) {
      return edit(interviewId, (now) => {
        const found = reflections.get(interviewId, area);
        if (!found) throw new AppError('NOT_FOUND', `This interview has no area "${area}".`);
        const key = { interviewId, area };
        const done = guardFields(fieldRevisions, 'reflection', key, 'area', baseRevision, written(patch), () => found);
        reflections.update(interviewId, area, patch, now);
        done();
        return reflections.get(interviewId, area)!;
      });
    },
    addArea(interviewId: number, label: string) {
      return edit(interviewId, (now) => {
        if (reflections.list(interviewId).some((r) => r.label.toLowerCase() === label.toLowerCase())) {
          throw new AppError('CONFLICT', `There is already an area called "${label}".`, [
            { path: 'label', message: 'Already used.' },
          ]);
        }
        return reflections.get(interviewId, reflections.addCustom(interviewId, label, now))!;
      });
    },
    removeArea(interviewId: number, area: string): void {
      edit(interviewId, () => {
        const found = reflections.get(interviewId, area);
        if (!found) throw new AppError('NOT_FOUND', `This interview has no area "${area}".`);
        if (!found.custom) throw new AppError('CONFLICT', 'Built-in areas stay; leave it unrated if it does not apply.');
        reflections.remove(interviewId, area);
      });
    },

    addQuestion(interviewId: number, pick: Omit<RouteParsedInput<'interview-question:add'>, 'interviewId'>) {
      return edit(interviewId, (now) => {
        let questionId = pick.questionId;
        if (questionId !== undefined) {
          if (!bank.get(questionId)) throw new AppError('NOT_FOUND', `There is no question with id ${questionId} in the bank.`);
        } else {
          const text = pick.text!;
          questionId =
            bank.findByText(text)?.id ??
            bank.insert({ text, category: pick.category ?? 'behavioural', hints: [], tags: [] }, now);
        }
        if (asked.isAsked(interviewId, questionId)) {
          throw new AppError('CONFLICT', 'That question is already listed for this interview.', [
            { path: 'text', message: 'Already listed.' },
          ]);
        }
        return publicQuestion(asked.get(asked.insert(interviewId, questionId, now))!);
      });
    },
    /** Saves an asked question or its key points, refused (CONFLICT, nothing written) if another window changed that field. */
    updateQuestion(
      id: number,
      baseRevision: number,
      patch: Omit<RouteParsedInput<'interview-question:update'>, 'id' | 'baseRevision'>,
    ) {
      const q = askedQuestion(id);
      return edit(q.interviewId, (now) => {
        const current = askedQuestion(id);
        const done = guardFields(fieldRevisions, 'question', { id }, 'question', baseRevision, written(patch), () =>
          publicQuestion(current),
        );
        if (patch.category !== undefined && patch.category !== q.category) {
          if (q.source !== 'custom')
            throw new AppError('CONFLICT', 'Questions from the bank keep their category.', [
              { path: 'category', message: 'Fixed for bank questions.' },
            ]);
          bank.setCategory(q.questionId, patch.category);
        }
        asked.update(id, patch, now);
        if (patch.keyPoints) asked.replaceKeyPoints(id, patch.keyPoints);
        done();
        return publicQuestion(asked.get(id)!);
      });
    },
    removeQuestion(id: number): void {
      const q = askedQuestion(id);
      edit(q.interviewId, () => asked.remove(id));
    },
    moveQuestion(id: number, direction: MoveDirection) {
      const q = askedQuestion(id);
      return edit(q.interviewId, () => {
        const all = asked.list(q.interviewId);
        const i = all.findIndex((x) => x.id === id);
        const j = direction === 'up' ? i - 1 : i + 1;
        if (j >= 0 && j < all.length) {
          [all[i], all[j]] = [all[j], all[i]];
          all.forEach((x, position) => asked.setPosition(x.id, position));
        }
        return asked.list(q.interviewId).map(publicQuestion);
      });
    },
  };
}

export type JournalService = ReturnType<typeof createJournalService>;
