// The clock of one practice question as a pure state machine: no timers, no DOM, so a fake clock can test every path.

/** Thinking, then answering, then done (the answer goes on to feedback). */
type TimerPhase = 'think' | 'answer' | 'done';

/** Why answering ended: the person said they were done, or the time ran out. */
type EndReason = 'finished' | 'time-up';

/** Everything the clock knows; each function below returns a new state and never changes the old one. */
export interface TimerState {
  phase: TimerPhase;
  /** Time spent in the current phase, paused time excluded. */
  elapsedMs: number;
  /** The current phase's length; null when nothing will end it but the person (no limit, or the timer turned off). */
  limitMs: number | null;
  /** The answer phase's length, kept while thinking so the think phase can hand it over. */
  answerLimitMs: number | null;
  /** Time spent answering so far; at `done` it is the answer's duration. */
  answerMs: number;
  paused: boolean;
  /** The timer was turned off (WCAG 2.2.1): no phase ends by itself. */
  off: boolean;
  /** True in the answer phase while 30 seconds or less are left. */
  warning: boolean;
  endReason: EndReason | null;
}

/** The "polite warning" threshold: 30 seconds before the answer time runs out. */
export const WARNING_MS = 30_000;
/** What "+1 minute" adds. */
export const EXTEND_MS = 60_000;

/** How a question's clock is set up: the session's times, and whether the person turned the timer off earlier. */
export interface TimerConfig {
  thinkSeconds: number;
  /** null: no limit for answering. */
  answerSeconds: number | null;
  off?: boolean;
}

function withWarning(s: TimerState): TimerState {
  const warning = s.phase === 'answer' && s.limitMs !== null && s.limitMs - s.elapsedMs <= WARNING_MS;
  return warning === s.warning ? s : { ...s, warning };
}

function enterAnswer(s: TimerState, carriedMs: number): TimerState {
  return { ...s, phase: 'answer', elapsedMs: carriedMs, limitMs: s.off ? null : s.answerLimitMs, answerMs: carriedMs };
}

/** A fresh clock; with no think time it starts straight in the answer phase. */
export function createTimer(config: TimerConfig): TimerState {
  const off = config.off ?? false;
  const base: TimerState = {
    phase: 'think',
    elapsedMs: 0,
    limitMs: off ? null : config.thinkSeconds * 1000,
    answerLimitMs: config.answerSeconds === null ? null : config.answerSeconds * 1000,
    answerMs: 0,
    paused: false,
    off,
    warning: false,
    endReason: null,
  };
  return withWarning(config.thinkSeconds > 0 ? base : enterAnswer(base, 0));
}

/**
 * Moves the clock on by the time that passed since the last tick. Thinking hands over to answering when its
 * time is up (the extra milliseconds carry over); answering ends with 'time-up' when its limit is reached.
 */
export function tick(s: TimerState, elapsedMs: number): TimerState {
  if (s.paused || s.phase === 'done' || elapsedMs <= 0) return s;
  let next: TimerState = { ...s, elapsedMs: s.elapsedMs + elapsedMs };
  if (next.phase === 'think' && next.limitMs !== null && next.elapsedMs >= next.limitMs) {
    next = enterAnswer(next, next.elapsedMs - next.limitMs);
  }
  if (next.phase === 'answer') {
    if (next.limitMs !== null && next.elapsedMs >= next.limitMs) {
      next = { ...next, phase: 'done', elapsedMs: next.limitMs, answerMs: next.limitMs, endReason: 'time-up' };
    } else {
      next = { ...next, answerMs: next.elapsedMs };
    }
  }
  return withWarning(next);
}

/** Stops time; typing can go on. */
export function pause(s: TimerState): TimerState {
  return s.phase === 'done' || s.paused ? s : { ...s, paused: true };
}

/** Lets time run again from where it stopped. */
export function resume(s: TimerState): TimerState {
  return s.paused ? { ...s, paused: false } : s;
}

/** Adds a minute to the current phase (a phase without a limit has nothing to extend). */
export function extend(s: TimerState): TimerState {
  if (s.phase === 'done' || s.limitMs === null) return s;
  return withWarning({ ...s, limitMs: s.limitMs + EXTEND_MS });
}

/** Turns the timer off for good in this clock: nothing ends by itself, the clock counts up instead. */
export function turnOff(s: TimerState): TimerState {
  if (s.phase === 'done') return s;
  return withWarning({ ...s, off: true, limitMs: null, answerLimitMs: null, paused: false });
}

/** "Start answering now": ends thinking early. */
export function startAnswer(s: TimerState): TimerState {
  return s.phase === 'think' ? withWarning(enterAnswer({ ...s, paused: false }, 0)) : s;
}

/** "I'm done": ends answering, keeping the time used. */
export function finish(s: TimerState): TimerState {
  if (s.phase !== 'answer') return s;
  return { ...s, phase: 'done', answerMs: s.elapsedMs, paused: false, warning: false, endReason: 'finished' };
}

/** Time left in the current phase, or null when it has no limit. */
export function remainingMs(s: TimerState): number | null {
  return s.limitMs === null ? null : Math.max(0, s.limitMs - s.elapsedMs);
}
