import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type {
  StoriesForQuestions,
  Story,
  StoryAnswerCheck,
  StoryFields,
  StoryHint,
  StoryOrigin,
  StoryOveruse,
  StoryPatch,
  StorySummary,
  StoryTrashItem,
} from '../../shared/stories-schemas';
import { guardFields, type FieldRevisionRepo } from '../db/field-revisions';
import { toFtsQuery } from '../db/fts-query';
import { tagsOf, type StoriesRepo, type StoryField, type StoryRow, type StoryValues } from './stories-repo';
import { findResultTold, resultHasFigure } from './story-answer-check';
import { checkStory, missingParts } from './story-check';
import { BLANK, fromAsked, fromAttempt, fromModelAnswer, shortenedNotice, type OriginFill } from './story-origin';
import { linkedOveruse, toldOveruse } from './story-overuse';
import type { StorySourcesRepo } from './story-sources-repo';

const FIELDS: readonly StoryField[] = ['title', 'situation', 'task', 'action', 'result', 'tags'];

/** The interview a story came from, as the editor names it: "Acme (Analyst), 2026-03-01". */
function interviewLabel(r: StoryRow): string | null {
  if (r.origin_interview_id === null || r.interview_company === null) return null;
  const role = r.interview_role ? ` (${r.interview_role})` : '';
  return `${r.interview_company}${role}, ${(r.interview_held_at ?? '').slice(0, 10)}`;
}

/** Tags as the person typed them, trimmed, each once whatever its case, in their order. */
function tidyTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

/** A part's stray blank lines and spaces at its ends are not the person's words. */
const tidy = (text: string) => text.trim();

const notFound = (what: string, id: number, path: string) =>
  new AppError('NOT_FOUND', `There is no ${what} with id ${id}. It may have been deleted.`, [{ path, message: 'Not found.' }]);

/** The message that counts the questions of a practice set with no story yet; null when every one has one. */
export function withoutStoryMessage(count: number): string | null {
  if (count === 0) return null;
  return count === 1
    ? '1 of the questions you are practising has no story yet.'
    : `${count} of the questions you are practising have no story yet.`;
}

/** The rules of the story bank: stories and their parts, links to questions, the trash, and the coach's checks. */
export function createStoriesService(
  db: Database.Database,
  repo: StoriesRepo,
  sources: StorySourcesRepo,
  fieldRevisions: FieldRevisionRepo,
  now: () => Date,
) {
  const stamp = () => now().toISOString();

  function row(id: number): StoryRow {
    const r = repo.get(id);
    if (!r) throw notFound('story', id, 'id');
    return r;
  }

  function liveRow(id: number): StoryRow {
    const r = row(id);
    if (r.deleted_at) throw new AppError('CONFLICT', 'This story is in the trash. Restore it to edit it.');
    return r;
  }

  function toStory(r: StoryRow): Story {
    return {
      id: r.id,
      title: r.title,
      situation: r.situation,
      task: r.task,
      action: r.action,
      result: r.result,
      tags: tagsOf(r),
      origin: { kind: r.origin_kind, interviewId: r.origin_interview_id, interviewLabel: interviewLabel(r) },
      links: repo.links(r.id).map((l) => ({ questionId: l.question_id, questionText: l.question_text, category: l.category })),
      check: checkStory(r),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      revision: r.revision,
    };
  }

  // A list row needs only the link count (read with the row) and whether a part is missing, not the whole coach check.
  function toSummary(r: StoryRow, snippet: string | null = null): StorySummary {
    return {
      id: r.id,
      title: r.title,
      tags: tagsOf(r),
      linkCount: r.link_count,
      draft: missingParts(r).length > 0,
      updatedAt: r.updated_at,
      snippet,
    };
  }

  const hint = (r: StoryRow): StoryHint => ({
    id: r.id,
    title: r.title,
    situation: r.situation,
    task: r.task,
    action: r.action,
    result: r.result,
  });

  function fillFrom(origin: StoryOrigin): OriginFill {
    switch (origin.kind) {
      case 'blank':
        return BLANK;
      case 'interview-question': {
        const asked = sources.asked(origin.interviewQuestionId);
        if (!asked) throw notFound('asked question', origin.interviewQuestionId, 'origin.interviewQuestionId');
        return fromAsked(asked, sources.missedPoints(origin.interviewQuestionId));
      }
      case 'attempt': {
        const attempt = sources.attempt(origin.attemptId);
        if (!attempt) throw notFound('practice answer', origin.attemptId, 'origin.attemptId');
        return fromAttempt(attempt);
      }
      case 'model-answer': {
        const model = sources.modelAnswer(origin.questionId);
        if (!model) {
          throw new AppError('NOT_FOUND', `Question ${origin.questionId} has no rebuilt answer to start a story from.`, [
            { path: 'origin.questionId', message: 'No model answer.' },
          ]);
        }
        return fromModelAnswer(model);
      }
    }
  }

  function assertQuestion(questionId: number, path = 'questionId'): string {
    const text = repo.questionText(questionId);
    if (text === undefined) throw notFound('question', questionId, path);
    return text;
  }

  return {
    get: (id: number) => toStory(row(id)),

    /**
     * Newest first; a query ranks by match with a snippet; a tag keeps only the stories carrying it. One page: `limit`
     * stories from `offset`, with the total of all that match, so the list can offer the rest.
     */
    list(query: string, tag: string | null, limit: number, offset = 0) {
      const fts = toFtsQuery(query);
      const hasTag = (r: StoryRow) => tag === null || tagsOf(r).some((t) => t.toLowerCase() === tag.toLowerCase());
      const page = <T>(rows: T[]) => rows.slice(offset, offset + limit);
      const tags = repo.tags();
      if (fts && tag === null) {
        const hits = repo.search(fts, limit, offset);
        return { items: hits.map((h) => toSummary(h, h.snippet)), total: repo.searchCount(fts), tags };
      }
      if (fts) {
        // Tags live in a JSON column the index does not hold: filter every hit, then take the page.
        const hits = repo.search(fts, 100_000).filter(hasTag);
        return { items: page(hits).map((h) => toSummary(h, h.snippet)), total: hits.length, tags };
      }
      if (tag === null) return { items: repo.list(limit, offset).map((r) => toSummary(r)), total: repo.count(), tags };
      const tagged = repo.list(100_000).filter(hasTag);
      return { items: page(tagged).map((r) => toSummary(r)), total: tagged.length, tags };
    },

    /**
     * A new story, filled from its origin (the fields given win) and linked to the origin's question; the notice says
     * what of a long answer did not fit (null when nothing was left out).
     */
    create(origin: StoryOrigin, given: Partial<StoryFields>): Story & { notice: string | null } {
      return db.transaction(() => {
        const fill = fillFrom(origin);
        const merged = { ...fill.fields, ...given };
        const values: StoryValues = {
          title: tidy(merged.title ?? ''),
          situation: tidy(merged.situation ?? ''),
          task: tidy(merged.task ?? ''),
          action: tidy(merged.action ?? ''),
          result: tidy(merged.result ?? ''),
          tags: tidyTags(merged.tags ?? []),
        };
        const at = stamp();
        const id = repo.insert(values, origin.kind, fill.interviewId, at);
        if (fill.questionId !== null) repo.link(id, fill.questionId, at);
        // A part the person gave themselves replaces what the origin filled, and with it any cut in that part.
        const cuts = (fill.cuts ?? []).filter((c) => given[c.part] === undefined);
        return { ...toStory(row(id)), notice: shortenedNotice(cuts) };
      })();
    },

    /** Saves the fields that changed; refused (CONFLICT, nothing written) only when one of them changed since. */
    update(id: number, baseRevision: number, patch: StoryPatch): Story {
      return db.transaction(() => {
        liveRow(id);
        const fields = FIELDS.filter((f) => patch[f] !== undefined);
        const done = guardFields(fieldRevisions, 'story', { id }, 'story', baseRevision, fields, () => toStory(row(id)));
        const values: Partial<StoryValues> = {};
        for (const f of fields) {
          if (f === 'tags') values.tags = tidyTags(patch.tags!);
          else values[f] = tidy(patch[f]!);
        }
        repo.update(id, values, stamp());
        done();
        return toStory(row(id));
      })();
    },

    link(storyId: number, questionId: number): Story {
      return db.transaction(() => {
        liveRow(storyId);
        assertQuestion(questionId);
        repo.link(storyId, questionId, stamp());
        return toStory(row(storyId));
      })();
    },

    unlink(storyId: number, questionId: number): Story {
      return db.transaction(() => {
        liveRow(storyId);
        if (!repo.unlink(storyId, questionId)) {
          throw new AppError('NOT_FOUND', `This story is not linked to question ${questionId}.`, [
            { path: 'questionId', message: 'Not linked.' },
          ]);
        }
        return toStory(row(storyId));
      })();
    },

    trash(id: number): void {
      db.transaction(() => {
        if (!row(id).deleted_at) repo.setDeleted(id, stamp());
      })();
    },
    restore(id: number): void {
      db.transaction(() => {
        if (row(id).deleted_at) repo.setDeleted(id, null);
      })();
    },
    /** The trash, most recently trashed first, each with when it was moved there. */
    listTrash: (): StoryTrashItem[] => repo.trash().map((r) => ({ ...toSummary(r), deletedAt: r.deleted_at ?? r.updated_at })),
    /** Deletes trashed stories for good, with their links; the questions stay. */
    emptyTrash: () => db.transaction(() => repo.emptyTrash())(),

    /** The stories of a practice set's questions, how many have none, and the stories linked to too many of them. */
    forQuestions(questionIds: readonly number[]): StoriesForQuestions {
      const ids = [...new Set(questionIds)];
      const texts = sources.questionTexts(ids);
      const unknown = ids.filter((q) => !texts.has(q));
      if (unknown.length) {
        throw new AppError('NOT_FOUND', `There is no question with id ${unknown.join(', ')}. It may have been deleted.`, [
          { path: 'questionIds', message: 'Not found.' },
        ]);
      }
      const byQuestion = ids.map((questionId) => ({ questionId, rows: repo.ofQuestion(questionId) }));
      const withoutStory = byQuestion.filter((q) => q.rows.length === 0).length;
      const stories = new Map<number, StoryRow>();
      const linksOf = new Map<number, Set<number>>();
      for (const { questionId, rows } of byQuestion) {
        for (const r of rows) {
          stories.set(r.id, r);
          linksOf.set(r.id, (linksOf.get(r.id) ?? new Set()).add(questionId));
        }
      }
      const set = ids.map((questionId) => ({ questionId, questionText: texts.get(questionId)! }));
      return {
        byQuestion: byQuestion.map(({ questionId, rows }) => ({ questionId, stories: rows.map(hint) })),
        withoutStory,
        withoutStoryMessage: withoutStoryMessage(withoutStory),
        overused: linkedOveruse([...stories.values()], (id) => linksOf.get(id) ?? new Set(), set),
      };
    },

    /** After an answer: whether it told the result of each story linked to the question, quoting where. */
    checkAnswer(questionId: number, answer: string): StoryAnswerCheck[] {
      assertQuestion(questionId);
      return repo.ofQuestion(questionId).map((r) => {
        const name = r.title.trim() ? `"${r.title.trim()}"` : 'your linked story';
        if (!r.result.trim()) {
          return {
            storyId: r.id,
            title: r.title,
            toldResult: false,
            result: r.result,
            quotes: [],
            message: `${name} has no result written yet: add what changed to the story, then tell it.`,
          };
        }
        const { told, quotes } = findResultTold(r.result, answer);
        const message = told
          ? `You told the result of ${name}.`
          : `Your answer did not tell the result of ${name}. Say what changed${resultHasFigure(r.result) ? ', with its number' : ''}.`;
        return { storyId: r.id, title: r.title, toldResult: told, result: r.result, quotes, message };
      });
    },

    /** Stories told in three or more answers of one practice session. */
    sessionOveruse(sessionId: number): StoryOveruse[] {
      if (sources.sessionQuestionIds(sessionId) === undefined) throw notFound('practice session', sessionId, 'sessionId');
      const answers = sources
        .sessionAttempts(sessionId)
        .map((a) => ({ questionId: a.question_id, questionText: a.question_text, answer: a.answer_text }));
      return toldOveruse(repo.list(100_000), answers);
    },

    /** Every live story, whole (for the plan, the follow-ups and the coverage table). */
    all: (): Story[] => repo.list(100_000).map(toStory),
  };
}

export type StoriesService = ReturnType<typeof createStoriesService>;
