import type Database from 'better-sqlite3';
import type { Attempt, AttemptBrief, CheckedPoint, Grade, PracticeSession, SessionSummary } from '../../shared/practice-schemas';
import { checkedPointsColumn, plannedQuestionsColumn, type PlannedQuestion } from '../../shared/json-columns';
import { parseJsonColumn } from '../db/json-column';

interface SessionRow {
  id: number;
  source: PracticeSession['source'];
  source_ref: string | null;
  think_seconds: number;
  answer_seconds: number | null;
  question_ids: string;
  started_at: string;
  ended_at: string | null;
}

interface AttemptRow {
  id: number;
  session_id: number;
  question_id: number;
  position: number;
  answer_text: string;
  duration_ms: number;
  word_count: number;
  filler_count: number;
  key_points: string;
  grade: Grade | null;
  due_after: string | null;
  created_at: string;
  rec_id: number | null;
  rec_mime: string | null;
  rec_duration: number | null;
  rec_size: number | null;
  rec_sha: string | null;
  rec_complete: number | null;
}

/** An earlier attempt at a question, as "previous attempts" lists it. */
interface BriefRow {
  id: number;
  created_at: string;
  grade: Grade | null;
  word_count: number;
  duration_ms: number;
  key_points: string;
  has_recording: number;
}

/** A session with its counts, as the history lists it. */
type HistoryRow = SessionRow & { question_count: number; answered: number; average_grade: number | null };

const ATTEMPT = `SELECT a.*, r.id AS rec_id, r.mime_type AS rec_mime, r.duration_ms AS rec_duration, r.size_bytes AS rec_size,
  r.sha256 AS rec_sha, r.complete AS rec_complete
  FROM attempts a LEFT JOIN recordings r ON r.attempt_id = a.id`;

function toAttempt(r: AttemptRow): Attempt {
  return {
    id: r.id,
    sessionId: r.session_id,
    questionId: r.question_id,
    position: r.position,
    answerText: r.answer_text,
    durationMs: r.duration_ms,
    wordCount: r.word_count,
    fillerCount: r.filler_count,
    keyPoints: parseJsonColumn(checkedPointsColumn, r.key_points),
    grade: r.grade,
    dueAfter: r.due_after,
    createdAt: r.created_at,
    recording:
      r.rec_id === null
        ? null
        : {
            id: r.rec_id,
            mimeType: r.rec_mime!,
            durationMs: r.rec_duration!,
            sizeBytes: r.rec_size!,
            sha256: r.rec_sha,
            complete: r.rec_complete === 1,
          },
  };
}

const GRADE_VALUE = "CASE grade WHEN 'again' THEN 1 WHEN 'hard' THEN 2 WHEN 'good' THEN 3 WHEN 'easy' THEN 4 END";

/** SQL for practice sessions and their attempts. */
export function createSessionRepo(db: Database.Database) {
  const insertSession =
    db.prepare(`INSERT INTO practice_sessions (source, source_ref, think_seconds, answer_seconds, question_ids, started_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const session = db.prepare<[number], SessionRow>('SELECT * FROM practice_sessions WHERE id = ?');
  const end = db.prepare('UPDATE practice_sessions SET ended_at = coalesce(ended_at, ?) WHERE id = ?');
  const attemptById = db.prepare<[number], AttemptRow>(`${ATTEMPT} WHERE a.id = ?`);
  const attemptAt = db.prepare<[number, number], AttemptRow>(`${ATTEMPT} WHERE a.session_id = ? AND a.position = ?`);
  const bySession = db.prepare<[number], AttemptRow>(`${ATTEMPT} WHERE a.session_id = ? ORDER BY a.position`);
  const byQuestion = db.prepare<[number], AttemptRow>(`${ATTEMPT} WHERE a.question_id = ? ORDER BY a.created_at DESC, a.id DESC`);
  const briefs = db.prepare<
    [number, number, number],
    BriefRow
  >(`SELECT a.id, a.created_at, a.grade, a.word_count, a.duration_ms, a.key_points,
      EXISTS (SELECT 1 FROM recordings r WHERE r.attempt_id = a.id) AS has_recording
    FROM attempts a WHERE a.question_id = ? AND a.session_id <> ? ORDER BY a.created_at DESC, a.id DESC LIMIT ?`);
  const upsertAttempt = db.prepare(`INSERT INTO attempts
    (session_id, question_id, position, answer_text, duration_ms, word_count, filler_count, key_points, created_at)
    VALUES (@sessionId, @questionId, @position, @answerText, @durationMs, @wordCount, @fillerCount, @keyPoints, @now)
    ON CONFLICT (session_id, position) DO UPDATE SET answer_text = excluded.answer_text, duration_ms = excluded.duration_ms,
      word_count = excluded.word_count, filler_count = excluded.filler_count, key_points = excluded.key_points`);
  const grade = db.prepare('UPDATE attempts SET grade = ?, key_points = ?, due_after = ? WHERE id = ?');
  const removeAttempt = db.prepare('DELETE FROM attempts WHERE id = ?');
  const history = db.prepare<[number], HistoryRow>(`SELECT s.*, json_array_length(s.question_ids) AS question_count,
      (SELECT count(*) FROM attempts a WHERE a.session_id = s.id) AS answered,
      (SELECT avg(${GRADE_VALUE}) FROM attempts a WHERE a.session_id = s.id AND a.grade IS NOT NULL) AS average_grade
    FROM practice_sessions s ORDER BY s.started_at DESC, s.id DESC LIMIT ?`);

  return {
    insertSession(
      s: {
        source: PracticeSession['source'];
        sourceRef: string | null;
        thinkSeconds: number;
        answerSeconds: number | null;
        plan: PlannedQuestion[];
      },
      now: string,
    ): number {
      return Number(
        insertSession.run(s.source, s.sourceRef, s.thinkSeconds, s.answerSeconds, JSON.stringify(s.plan), now).lastInsertRowid,
      );
    },
    session(id: number): (Omit<SessionRow, 'question_ids'> & { plan: PlannedQuestion[] }) | undefined {
      const row = session.get(id);
      if (!row) return undefined;
      const { question_ids, ...rest } = row;
      return { ...rest, plan: parseJsonColumn(plannedQuestionsColumn, question_ids) };
    },
    end: (id: number, now: string) => void end.run(now, id),
    attempt(id: number): Attempt | undefined {
      const row = attemptById.get(id);
      return row && toAttempt(row);
    },
    attemptAt(sessionId: number, position: number): Attempt | undefined {
      const row = attemptAt.get(sessionId, position);
      return row && toAttempt(row);
    },
    sessionAttempts: (sessionId: number) => bySession.all(sessionId).map(toAttempt),
    questionAttempts: (questionId: number) => byQuestion.all(questionId).map(toAttempt),
    /** The latest attempts at a question from other sessions, for "previous attempts" beside this one. */
    previous(questionId: number, excludeSession: number, limit: number): AttemptBrief[] {
      return briefs.all(questionId, excludeSession, limit).map((r) => {
        const points = parseJsonColumn(checkedPointsColumn, r.key_points);
        return {
          id: r.id,
          createdAt: r.created_at,
          grade: r.grade,
          wordCount: r.word_count,
          durationMs: r.duration_ms,
          covered: points.filter((p) => p.covered).length,
          total: points.length,
          hasRecording: r.has_recording === 1,
        };
      });
    },
    saveAttempt(
      a: {
        sessionId: number;
        questionId: number;
        position: number;
        answerText: string;
        durationMs: number;
        wordCount: number;
        fillerCount: number;
        keyPoints: CheckedPoint[];
      },
      now: string,
    ): Attempt {
      upsertAttempt.run({ ...a, keyPoints: JSON.stringify(a.keyPoints), now });
      return toAttempt(attemptAt.get(a.sessionId, a.position)!);
    },
    grade: (id: number, value: Grade, keyPoints: CheckedPoint[], dueAfter: string) =>
      void grade.run(value, JSON.stringify(keyPoints), dueAfter, id),
    removeAttempt: (id: number) => void removeAttempt.run(id),
    history(limit: number): SessionSummary[] {
      return history.all(limit).map((r) => ({
        id: r.id,
        source: r.source,
        sourceLabel: r.source_ref ?? '',
        startedAt: r.started_at,
        endedAt: r.ended_at,
        questionCount: r.question_count,
        answered: r.answered,
        averageGrade: r.average_grade === null ? null : Math.round(r.average_grade * 10) / 10,
      }));
    },
  };
}

export type SessionRepo = ReturnType<typeof createSessionRepo>;
