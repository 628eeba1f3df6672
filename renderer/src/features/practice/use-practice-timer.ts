import { computed, onScopeDispose, shallowRef, type ComputedRef, type ShallowRef } from 'vue';
import * as machine from './timer-machine';
import type { TimerConfig, TimerState } from './timer-machine';

/** How the clock is driven; tests pass their own `now` and a short interval. */
export interface TimerDriverOptions {
  now?: () => number;
  intervalMs?: number;
}

/** The timer machine, driven by setInterval and performance.now(), with every action the session screen offers. */
interface PracticeTimer {
  state: Readonly<ShallowRef<TimerState | null>>;
  remainingMs: ComputedRef<number | null>;
  start(config: TimerConfig): void;
  togglePause(): void;
  extend(): void;
  turnOff(): void;
  startAnswer(): void;
  finish(): void;
  stop(): void;
}

/**
 * A thin driver: each tick passes the real time since the last one, so a slow or throttled interval (a hidden
 * window) never makes the clock run slow, and pauses simply stop the machine from counting.
 */
export function usePracticeTimer(options: TimerDriverOptions = {}): PracticeTimer {
  const now = options.now ?? (() => performance.now());
  const intervalMs = options.intervalMs ?? 200;
  const state = shallowRef<TimerState | null>(null);
  let last = 0;
  let handle: ReturnType<typeof setInterval> | null = null;

  function halt(): void {
    if (handle !== null) clearInterval(handle);
    handle = null;
  }

  function step(): void {
    if (!state.value) return;
    const t = now();
    const next = machine.tick(state.value, t - last);
    last = t;
    if (next !== state.value) state.value = next;
    if (next.phase === 'done') halt();
  }

  /** Brings the clock up to now, applies one action, and restarts the count from this moment. */
  function apply(action: (s: TimerState) => TimerState): void {
    if (!state.value) return;
    step();
    state.value = action(state.value);
    last = now();
    if (state.value.phase === 'done') halt();
  }

  function start(config: TimerConfig): void {
    halt();
    state.value = machine.createTimer(config);
    last = now();
    if (state.value.phase !== 'done') handle = setInterval(step, intervalMs);
  }

  onScopeDispose(halt);

  return {
    state,
    remainingMs: computed(() => (state.value ? machine.remainingMs(state.value) : null)),
    start,
    togglePause: () => apply((s) => (s.paused ? machine.resume(s) : machine.pause(s))),
    extend: () => apply(machine.extend),
    turnOff: () => apply(machine.turnOff),
    startAnswer: () => apply(machine.startAnswer),
    finish: () => apply(machine.finish),
    stop: halt,
  };
}
