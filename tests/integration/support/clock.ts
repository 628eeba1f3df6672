/** A clock the test moves by hand; each reading is one step (1 ms by default) after the last, so stamps stay ordered. */
export interface Clock {
  now: () => Date;
  /** Jumps to a moment (the next readings follow it). */
  set(at: Date | string): void;
  advance(ms: number): void;
  current(): Date;
}

export const DAY_MS = 86_400_000;

/** Local noon on a fixed day: "due today" (end of the local day) is then hours away whatever the time zone. */
export function localNoon(year = 2026, monthIndex = 2, day = 10): Date {
  return new Date(year, monthIndex, day, 12, 0, 0, 0);
}

/** A clock standing at `start` that moves on by `stepMs` at every reading. */
export function makeClock(start: Date = localNoon(), stepMs = 1): Clock {
  let t = start.getTime();
  return {
    now: () => new Date((t += stepMs)),
    set: (at) => void (t = new Date(at).getTime()),
    advance: (ms) => void (t += ms),
    current: () => new Date(t),
  };
}

/** A clock's reading alone: one second later on every reading, so each write gets its own stamp. */
export function tickingClock(start = '2026-03-01T10:00:00.000Z'): () => Date {
  return makeClock(new Date(start), 1000).now;
}
