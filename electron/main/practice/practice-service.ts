import type Database from 'better-sqlite3';
import type { RouteParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type {
  Attempt,
  CheckedPoint,
  Grade,
  KeyPointOrigin,
  PracticeSession,
  SessionKeyPoint,
  SessionMix,
  SessionQuestion,
} from '../../shared/practice-schemas';
import { stringListColumn } from '../../shared/json-columns';
import { parseJsonColumn } from '../db/json-column';
import { analyzeAnswer } from './answer-analysis';
import type { PracticeSourcesRepo } from './practice-sources-repo';
import type { RecordingService } from './recording-service';
import type { ReviewRepo } from './review-repo';
import { nextCard, previewGrades, type GradePreview } from './scheduler';
import { buildSession, shuffled, type BuildInput, type Candidate, type CandidateList } from './session-builder';
import type { SessionRepo } from './session-repo';

interface PracticeRepos {
  reviews: ReviewRepo;
  sessions: SessionRepo;
  sources: PracticeSourcesRepo;
}

const MAX_POINTS = 8;

/** End of the person's local day: "due today" means by tonight, not by this very minute. */
function endOfLocalDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** Practice's rules: building sessions, saving answers the moment they end, and grading with FSRS atomically. */
export function createPracticeService(
  db: Database.Database,
  repos: PracticeRepos,
  recordings: RecordingService,
  now: () => Date,
  random: () => number = Math.random,
) {
  const { reviews, sessions, sources } = repos;

  function question(id: number) {
    const q = sources.question(id);
    if (!q) throw new AppError('NOT_FOUND', `There is no question with id ${id}.`);
    return q;
  }

  /** The checklist for a question: what the person said they should have made, then the bank's hints. */
  function keyPoints(questionId: number): SessionKeyPoint[] {
    const seen = new Set<string>();
    const out: SessionKeyPoint[] = [];
    const add = (text: string, origin: KeyPointOrigin) => {
      const key = text.trim().toLowerCase();
      if (!key || seen.has(key) || out.length >= MAX_POINTS) return;
      seen.add(key);
      out.push({ text: text.trim(), origin });
    };
    for (const t of sources.journalPoints(questionId)) add(t, 'journal');
    for (const t of parseJsonColumn(stringListColumn, question(questionId).hints)) add(t, 'bank');
    return out;
  }

  function session(id: number): PracticeSession {
    const s = sessions.session(id);
    if (!s) throw new AppError('NOT_FOUND', `There is no practice session with id ${id}.`);
    const questions: SessionQuestion[] = s.plan.map((p, position) => {
      const q = question(p.questionId);
      return {
        position,
        questionId: q.id,
        text: q.text,
        category: q.category,
        reason: p.reason,
        keyPoints: keyPoints(q.id),
        previous: sessions.previous(q.id, id, 3),
      };
    });
    return {
      id: s.id,
      source: s.source,
      sourceLabel: s.source_ref ?? '',
      thinkSeconds: s.think_seconds,
      answerSeconds: s.answer_seconds,
      startedAt: s.started_at,
      endedAt: s.ended_at,
      questions,
    };
  }

  function reasonFor(questionId: number, fallback: string): string {
    const last = sources.lastAsked(questionId);
    return last?.how_it_went === 'fumbled' ? `Fumbled at ${last.company}` : last ? `Asked at ${last.company}` : fallback;
  }

  function attempt(id: number): Attempt {
    const a = sessions.attempt(id);
    if (!a) throw new AppError('NOT_FOUND', `There is no attempt with id ${id}.`);
    return a;
  }

  /** The lists a session is built from, and its label; the same for starting a session and for counting one. */
  function candidates(o: Pick<RouteParsedInput<'practice:start'>, 'source' | 'interviewId' | 'category'>): {
    label: string;
    lists: Omit<BuildInput, 'length' | 'source' | 'dueOnly'>;
  } {
    const t = now();
    const stamp = t.toISOString();
    let label = 'Due and fumbled first';
    let interview: Candidate[] = [];
    if (o.source === 'interview') {
      const found = sources.interview(o.interviewId!);
      if (!found)
        throw new AppError('NOT_FOUND', `There is no interview with id ${o.interviewId} to replay.`, [
          { path: 'interviewId', message: 'Not found.' },
        ]);
      label = `Replay: ${found.company}, ${found.held_at.slice(0, 10)}`;
      interview = sources.interviewQuestions(found.id).map((questionId) => ({ questionId, reason: `Asked at ${found.company}` }));
      if (!interview.length)
        throw new AppError('CONFLICT', 'That interview has no questions written down yet. Add them in the journal first.');
    }
    if (o.source === 'category') label = `Category: ${o.category}`;
    const due =
      o.source === 'due'
        ? reviews.queue(endOfLocalDay(t).toISOString(), stamp, 100).map((d) => ({
            questionId: d.questionId,
            reason: d.isNew ? reasonFor(d.questionId, 'From your journal') : 'Due for review',
          }))
        : [];
    const weakest =
      o.source === 'due' ? reviews.weakest(stamp, 50).map((questionId) => ({ questionId, reason: 'One of your weakest' })) : [];
    // Fill from the bank, favouring the categories the person fumbles most; a category session stays in its category.
    const preferred = o.source === 'category' ? [o.category!] : sources.weakCategories().slice(0, 2);
    const anyCategory = o.source === 'category' ? [] : shuffled(sources.bank(null, 400), random);
    // Once every question has been practised, the ones practised longest ago come round again.
    const again = sources.practisedLongestAgo(o.source === 'category' ? o.category! : null, 100);
    const bankIds = [...preferred.flatMap((c) => shuffled(sources.bank(c, 200), random)), ...anyCategory, ...again];
    const bank = bankIds.map((questionId) => ({
      questionId,
      reason: o.source === 'category' ? `From the bank: ${o.category}` : 'From the question bank',
    }));
    return { label, lists: { due, weakest, interview, bank } };
  }

  return {
    session,

    /** Due today and new from the journal, for the navigation badge (kept by the repo until a write or midnight). */
    counts: () => reviews.counts(endOfLocalDay(now()).toISOString()),
    queue(limit: number) {
      const t = now();
      return reviews.queue(endOfLocalDay(t).toISOString(), t.toISOString(), limit);
    },

    start(o: RouteParsedInput<'practice:start'>): PracticeSession {
      const stamp = now().toISOString();
      const { label, lists } = candidates(o);
      const plan = buildSession({ length: o.length, source: o.source, dueOnly: o.dueOnly, ...lists });
      if (!plan.length)
        throw new AppError(
          'CONFLICT',
          o.dueOnly
            ? 'Nothing is due today. Turn off "Only what is due" to practise your weakest questions and the bank.'
            : 'There are no questions to practise yet.',
        );
      const id = sessions.insertSession(
        {
          source: o.source,
          sourceRef: label,
          thinkSeconds: o.thinkSeconds,
          answerSeconds: o.answerSeconds,
          plan: plan.map(({ questionId, reason }) => ({ questionId, reason })),
        },
        stamp,
      );
      return session(id);
    },

    /** Counts a "due and fumbled first" session of this length by the list each question would come from. */
    sessionMix(length: number): SessionMix {
      const { lists } = candidates({ source: 'due' });
      const plan = buildSession({ length, source: 'due', ...lists });
      const from = (list: CandidateList) => plan.filter((p) => p.from === list).length;
      return { due: from('due'), weakest: from('weakest'), bank: from('bank'), waiting: lists.due.length };
    },

    /** The due moment each grade would save for this question if graded now, from its saved card. */
    gradePreview(questionId: number): GradePreview {
      question(questionId);
      return previewGrades(reviews.get(questionId), now());
    },

    end(id: number): void {
      session(id);
      sessions.end(id, now().toISOString());
    },

    analyze(questionId: number, answerText: string, durationMs: number) {
      return analyzeAnswer(answerText, durationMs, keyPoints(questionId));
    },

    saveAttempt(input: RouteParsedInput<'practice:saveAttempt'>): Attempt {
      const s = sessions.session(input.sessionId);
      if (!s) throw new AppError('NOT_FOUND', `There is no practice session with id ${input.sessionId}.`);
      const planned = s.plan[input.position];
      if (!planned)
        throw new AppError('VALIDATION', `This session has no question at position ${input.position}.`, [
          { path: 'position', message: 'Out of range.' },
        ]);
      const existing = sessions.attemptAt(input.sessionId, input.position);
      if (existing?.grade) throw new AppError('CONFLICT', 'This answer is already graded.');
      if (input.recordingId !== null) recordings.assertLinkable(input.recordingId, existing?.id ?? null);
      const analysis = analyzeAnswer(input.answerText, input.durationMs, keyPoints(planned.questionId));
      return db.transaction(() => {
        const saved = sessions.saveAttempt(
          {
            sessionId: input.sessionId,
            questionId: planned.questionId,
            position: input.position,
            answerText: input.answerText,
            durationMs: input.durationMs,
            wordCount: analysis.wordCount,
            fillerCount: analysis.fillerCount,
            keyPoints: analysis.keyPoints,
          },
          now().toISOString(),
        );
        if (input.recordingId !== null) recordings.link(saved.id, input.recordingId);
        return sessions.attempt(saved.id)!;
      })();
    },

    /** The attempt's grade and the question's FSRS card are written in one transaction: both or neither. */
    grade(attemptId: number, grade: Grade, keyPoints: CheckedPoint[]): Attempt {
      const t = now();
      return db.transaction(() => {
        const a = attempt(attemptId);
        if (a.grade) throw new AppError('CONFLICT', 'This answer is already graded.');
        const card = nextCard(a.questionId, reviews.get(a.questionId), grade, t);
        sessions.grade(attemptId, grade, keyPoints, card.due);
        reviews.save(card, t.toISOString());
        return sessions.attempt(attemptId)!;
      })();
    },

    history: (limit: number) => sessions.history(limit),
    sessionAttempts(id: number) {
      session(id);
      return sessions.sessionAttempts(id);
    },
    questionAttempts(questionId: number) {
      question(questionId);
      return sessions.questionAttempts(questionId);
    },
    /** Deletes an attempt and its recording file; the question's schedule stays as it is. */
    deleteAttempt(id: number): void {
      attempt(id);
      db.transaction(() => {
        recordings.deleteForAttempt(id);
        sessions.removeAttempt(id);
      })();
    },
  };
}

export type PracticeService = ReturnType<typeof createPracticeService>;
