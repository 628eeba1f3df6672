import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { MAX_MISSED_POINTS, type MissedPointsState, type MissedPointSuggestion } from '../../shared/missed-points-schemas';
import type { MoveDirection } from '../../shared/move-direction';
import { assertFresh } from '../db/stale-save';
import { findForgottenSentences, pointKey, type SentenceSource } from './forgotten-sentences';
import type { InterviewRepo, InterviewRow } from './interview-repo';
import type { MissedPointRepo, MissedPointRow } from './missed-point-repo';
import type { ReflectionRepo } from './reflection-repo';

interface MissedPointRepos {
  points: MissedPointRepo;
  interviews: InterviewRepo;
  reflections: ReflectionRepo;
}

/** Enough to choose from without crowding the editor; more appear as these are accepted or dismissed. */
const MAX_SUGGESTIONS = 10;

/** What the sentence finder reads: the interview's notes, then each area's "what went badly" and notes. */
function sourcesOf(row: InterviewRow, reflections: ReturnType<ReflectionRepo['list']>): SentenceSource[] {
  return [
    { label: 'Notes', text: row.notes },
    ...reflections.flatMap((r) => [
      { label: `${r.label}: what went badly`, text: r.wentBadly },
      { label: `${r.label}: notes`, text: r.notes },
    ]),
  ];
}

/** The rules of an interview's "points I did not get across": suggestions, answers to them, and the list's edits. */
export function createMissedPointsService(db: Database.Database, repos: MissedPointRepos, now: () => Date) {
  const { points, interviews, reflections } = repos;
  const stamp = () => now().toISOString();

  function interview(id: number): InterviewRow {
    const found = interviews.get(id);
    if (!found) throw new AppError('NOT_FOUND', `There is no interview with id ${id}. It may have been deleted for good.`);
    return found;
  }

  function editable(id: number): InterviewRow {
    const found = interview(id);
    if (found.deleted_at) throw new AppError('CONFLICT', 'This interview is in the trash. Restore it to edit it.');
    return found;
  }

  function point(id: number): MissedPointRow {
    const found = points.get(id);
    if (!found) throw new AppError('NOT_FOUND', `There is no point with id ${id}. It may have been removed.`);
    return found;
  }

  /** Sentences not yet answered: not accepted, not dismissed, and not a point the list already has in other words. */
  function suggestions(row: InterviewRow, list: MissedPointRow[]): MissedPointSuggestion[] {
    const answered = points.dismissed(row.id);
    for (const p of list) {
      if (p.suggestion_key) answered.add(p.suggestion_key);
      answered.add(pointKey(p.text));
    }
    return findForgottenSentences(sourcesOf(row, reflections.list(row.id))).filter((s) => !answered.has(s.key));
  }

  function state(interviewId: number): MissedPointsState {
    const row = interview(interviewId);
    const list = points.list(interviewId);
    return {
      interviewId,
      points: list.map(toPoint),
      suggestions: suggestions(row, list).slice(0, MAX_SUGGESTIONS),
      dismissed: points.dismissed(interviewId).size,
    };
  }

  function toPoint(p: MissedPointRow): MissedPointsState['points'][number] {
    return { id: p.id, text: p.text, suggested: p.suggestion_key !== null, revision: p.revision };
  }

  function assertRoom(interviewId: number): void {
    if (points.list(interviewId).length >= MAX_MISSED_POINTS) {
      throw new AppError('VALIDATION', `The list holds at most ${MAX_MISSED_POINTS} points; a follow-up quotes one or two.`, [
        { path: 'text', message: 'The list is full.' },
      ]);
    }
  }

  /** The suggestion a key names, as offered now; a key the notes no longer give is refused, so nothing stale is stored. */
  function offered(row: InterviewRow, key: string): MissedPointSuggestion {
    const found = suggestions(row, points.list(row.id)).find((s) => s.key === key);
    if (!found) {
      throw new AppError(
        'NOT_FOUND',
        'That suggestion is no longer offered: it was answered already, or the sentence behind it changed.',
        [{ path: 'key', message: 'Not offered now.' }],
      );
    }
    return found;
  }

  /** Runs a change to an interview's list in one transaction, bumps the interview's updated time, answers the new state. */
  function change(interviewId: number, write: (at: string) => void): MissedPointsState {
    db.transaction(() => {
      editable(interviewId);
      const at = stamp();
      write(at);
      interviews.touch(interviewId, at);
    })();
    return state(interviewId);
  }

  return {
    state,

    add: (interviewId: number, text: string) =>
      change(interviewId, (at) => {
        assertRoom(interviewId);
        points.insert(interviewId, text, null, at);
      }),

    accept: (interviewId: number, key: string, text?: string) =>
      change(interviewId, (at) => {
        const suggestion = offered(editable(interviewId), key);
        assertRoom(interviewId);
        points.insert(interviewId, text ?? suggestion.point, suggestion.key, at);
      }),

    dismiss: (interviewId: number, key: string) =>
      change(interviewId, (at) => {
        points.dismiss(interviewId, offered(editable(interviewId), key).key, at);
      }),

    /** Rewords a point, refused (CONFLICT, nothing written) from a stale revision of it. */
    update(id: number, baseRevision: number, text: string): MissedPointsState {
      const p = point(id);
      return change(p.interview_id, (at) => {
        const current = point(id);
        assertFresh('point', current.revision, baseRevision, () => toPoint(current));
        points.setText(id, text, at);
      });
    },

    /** A point accepted from a suggestion and then removed is dismissed, so it does not come straight back. */
    remove(id: number): MissedPointsState {
      const p = point(id);
      return change(p.interview_id, (at) => {
        points.remove(id);
        if (p.suggestion_key) points.dismiss(p.interview_id, p.suggestion_key, at);
      });
    },

    move(id: number, direction: MoveDirection): MissedPointsState {
      const p = point(id);
      return change(p.interview_id, () => {
        const all = points.list(p.interview_id);
        const i = all.findIndex((x) => x.id === id);
        const j = direction === 'up' ? i - 1 : i + 1;
        if (j < 0 || j >= all.length) return;
        [all[i], all[j]] = [all[j], all[i]];
        all.forEach((x, position) => points.setPosition(x.id, position));
      });
    },
  };
}

export type MissedPointsService = ReturnType<typeof createMissedPointsService>;
