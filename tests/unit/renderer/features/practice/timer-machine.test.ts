import { describe, expect, it } from 'vitest';
import {
  EXTEND_MS,
  WARNING_MS,
  createTimer,
  extend,
  finish,
  pause,
  remainingMs,
  resume,
  startAnswer,
  tick,
  turnOff,
  type TimerState,
} from '@renderer/features/practice/timer-machine';

/** A fake clock: advances in 100 ms frames, like a real driver would, so transitions are met mid-stream. */
function advance(state: TimerState, ms: number, frame = 100): TimerState {
  let s = state;
  for (let passed = 0; passed < ms; passed += frame) s = tick(s, Math.min(frame, ms - passed));
  return s;
}

describe('timer machine', () => {
  it('starts thinking, then hands over to answering by itself, carrying the extra time', () => {
    let s = createTimer({ thinkSeconds: 30, answerSeconds: 120 });
    expect(s.phase).toBe('think');
    expect(remainingMs(s)).toBe(30_000);
    s = advance(s, 29_900);
    expect(s.phase).toBe('think');
    s = tick(s, 350);
    expect(s.phase).toBe('answer');
    expect(s.elapsedMs).toBe(250);
    expect(remainingMs(s)).toBe(120_000 - 250);
  });

  it('starts straight in the answer phase when there is no think time', () => {
    const s = createTimer({ thinkSeconds: 0, answerSeconds: 60 });
    expect(s.phase).toBe('answer');
    expect(remainingMs(s)).toBe(60_000);
  });

  it('raises the warning at 30 seconds left, and not before', () => {
    let s = createTimer({ thinkSeconds: 0, answerSeconds: 60 });
    s = advance(s, 60_000 - WARNING_MS - 100);
    expect(s.warning).toBe(false);
    s = advance(s, 100);
    expect(s.warning).toBe(true);
    expect(remainingMs(s)).toBe(WARNING_MS);
  });

  it('never warns while thinking', () => {
    const s = advance(createTimer({ thinkSeconds: 60, answerSeconds: 60 }), 45_000);
    expect(s.phase).toBe('think');
    expect(s.warning).toBe(false);
  });

  it('stops counting while paused and goes on from the same point after resuming', () => {
    let s = advance(createTimer({ thinkSeconds: 0, answerSeconds: 60 }), 10_000);
    s = pause(s);
    const frozen = advance(s, 120_000);
    expect(frozen.elapsedMs).toBe(10_000);
    expect(frozen.phase).toBe('answer');
    s = advance(resume(frozen), 5_000);
    expect(s.elapsedMs).toBe(15_000);
  });

  it('adds 60 seconds with extend, which also lifts the warning', () => {
    let s = advance(createTimer({ thinkSeconds: 0, answerSeconds: 60 }), 40_000);
    expect(s.warning).toBe(true);
    s = extend(s);
    expect(s.limitMs).toBe(60_000 + EXTEND_MS);
    expect(remainingMs(s)).toBe(80_000);
    expect(s.warning).toBe(false);
    s = advance(s, 79_900);
    expect(s.phase).toBe('answer');
  });

  it('extends the think phase when pressed while thinking, leaving the answer time alone', () => {
    let s = extend(createTimer({ thinkSeconds: 30, answerSeconds: 90 }));
    expect(remainingMs(s)).toBe(90_000);
    s = advance(s, 90_000);
    expect(s.phase).toBe('answer');
    expect(remainingMs(s)).toBe(90_000);
  });

  it('never ends once turned off, and counts up instead', () => {
    let s = advance(createTimer({ thinkSeconds: 0, answerSeconds: 60 }), 50_000);
    s = turnOff(s);
    expect(s.warning).toBe(false);
    expect(remainingMs(s)).toBeNull();
    s = advance(s, 3_600_000, 1000);
    expect(s.phase).toBe('answer');
    expect(s.answerMs).toBe(3_650_000);
    expect(extend(s)).toBe(s);
  });

  it('with the timer off from the start, thinking waits for the person', () => {
    let s = createTimer({ thinkSeconds: 30, answerSeconds: 120, off: true });
    s = advance(s, 600_000, 1000);
    expect(s.phase).toBe('think');
    s = startAnswer(s);
    expect(s.phase).toBe('answer');
    expect(s.limitMs).toBeNull();
  });

  it('"no limit" answers never run out', () => {
    const s = advance(createTimer({ thinkSeconds: 0, answerSeconds: null }), 900_000, 1000);
    expect(s.phase).toBe('answer');
    expect(s.warning).toBe(false);
  });

  it('moves on to done when the answer time is up, keeping the full time used', () => {
    let s = advance(createTimer({ thinkSeconds: 5, answerSeconds: 60 }), 5_000);
    s = advance(s, 61_000);
    expect(s.phase).toBe('done');
    expect(s.endReason).toBe('time-up');
    expect(s.answerMs).toBe(60_000);
    expect(advance(s, 10_000)).toBe(s);
  });

  it('finish ends the answer early with the time used so far', () => {
    let s = advance(createTimer({ thinkSeconds: 0, answerSeconds: 120 }), 42_000);
    s = finish(s);
    expect(s.phase).toBe('done');
    expect(s.endReason).toBe('finished');
    expect(s.answerMs).toBe(42_000);
  });

  it('startAnswer skips the rest of thinking with the full answer time', () => {
    let s = advance(createTimer({ thinkSeconds: 30, answerSeconds: 90 }), 12_000);
    s = startAnswer(s);
    expect(s.phase).toBe('answer');
    expect(remainingMs(s)).toBe(90_000);
    expect(finish(createTimer({ thinkSeconds: 30, answerSeconds: 90 })).phase).toBe('think');
  });

  it('never changes the state it was given', () => {
    const s = createTimer({ thinkSeconds: 0, answerSeconds: 60 });
    const copy = structuredClone(s);
    tick(s, 1000);
    pause(s);
    extend(s);
    turnOff(s);
    finish(s);
    expect(s).toEqual(copy);
  });
});
