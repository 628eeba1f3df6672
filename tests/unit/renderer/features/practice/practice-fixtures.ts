// Practice data shaped exactly like the contract's outputs, so a contract change breaks these tests first.
import type { Attempt, PracticeSession, SessionQuestion } from '@shared/practice-schemas';

/** One question of a session. */
export function sessionQuestion(position: number, overrides: Partial<SessionQuestion> = {}): SessionQuestion {
  return {
    position,
    questionId: 100 + position,
    text: `Question number ${position + 1}?`,
    category: 'behavioural',
    reason: 'Fumbled at Acme',
    keyPoints: [
      { text: 'Listened first', origin: 'journal' },
      { text: 'Brought data', origin: 'bank' },
    ],
    previous: [],
    ...overrides,
  };
}

/** A session of `count` questions, as practice:start and practice:session return it. */
export function practiceSession(count = 2, overrides: Partial<PracticeSession> = {}): PracticeSession {
  return {
    id: 7,
    source: 'due',
    sourceLabel: 'Due and fumbled first',
    thinkSeconds: 30,
    answerSeconds: 60,
    startedAt: '2026-11-26T09:00:00.000Z',
    endedAt: null,
    questions: Array.from({ length: count }, (_, i) => sessionQuestion(i)),
    ...overrides,
  };
}

/** An attempt as practice:saveAttempt returns it (auto-ticked, ungraded). */
export function attempt(position: number, overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 500 + position,
    sessionId: 7,
    questionId: 100 + position,
    position,
    answerText: 'I listened first.',
    durationMs: 42_000,
    wordCount: 3,
    fillerCount: 0,
    keyPoints: [
      { text: 'Listened first', origin: 'journal', covered: true },
      { text: 'Brought data', origin: 'bank', covered: false },
    ],
    grade: null,
    dueAfter: null,
    createdAt: '2026-11-26T09:01:00.000Z',
    recording: null,
    ...overrides,
  };
}
