import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import type { RouteInput } from '@shared/contract';
import type { PracticeSession } from '@shared/practice-schemas';
import { apiClientKey } from '@renderer/api/inject-api';
import { usePracticeRun } from '@renderer/features/practice/use-practice-run';
import { usePracticeSessionStore } from '@renderer/features/practice/practice-session-store';
import { fakeClient, ok } from '../../helpers/fake-client';
import { attempt, practiceSession } from './practice-fixtures';

let now = 0;
let wrapper: VueWrapper | undefined;
let run!: ReturnType<typeof usePracticeRun>;
let store!: ReturnType<typeof usePracticeSessionStore>;
let saved: RouteInput<'practice:saveAttempt'>[] = [];
let ended = 0;

/** Mounts a bare component that runs the session the way the session screen does, on a fake clock. */
async function start(session: PracticeSession): Promise<void> {
  saved = [];
  ended = 0;
  const fake = fakeClient({
    'practice:session': () => ok(session),
    'practice:sessionAttempts': () => ok([]),
    'practice:analyze': () => ok({ wordCount: 2, wordsPerMinute: null, fillers: [], fillerCount: 0, keyPoints: [] }),
    'practice:saveAttempt': (input) => {
      saved.push(input!);
      return ok(attempt(input!.position, { answerText: input!.answerText, durationMs: input!.durationMs }));
    },
    'practice:grade': (input) =>
      ok(attempt(0, { id: input!.attemptId, grade: input!.grade, dueAfter: '2026-11-27T09:00:00.000Z' })),
    'practice:dueCount': () => ok({ dueToday: 0, newFromJournal: 0 }),
    'practice:gradePreview': () =>
      ok({
        again: '2026-11-26T09:01:00Z',
        hard: '2026-11-27T09:00:00Z',
        good: '2026-11-28T09:00:00Z',
        easy: '2026-12-04T09:00:00Z',
      }),
    'practice:end': () => {
      ended += 1;
      return ok({ ok: true as const });
    },
  });
  const Host = defineComponent({
    setup() {
      run = usePracticeRun({ now: () => now, intervalMs: 100 });
      store = usePracticeSessionStore();
      return () => null;
    },
  });
  wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createPinia()], provide: { [apiClientKey as symbol]: fake.client } },
  });
  await store.load(session.id);
  await flushPromises();
}

/** Moves the fake clock on and lets the interval see it. */
async function pass(ms: number): Promise<void> {
  now += ms;
  vi.advanceTimersByTime(100);
  await flushPromises();
}

function press(init: KeyboardEventInit): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
}

beforeEach(() => {
  now = 1000;
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.useRealTimers();
});

describe('a practice run', () => {
  it('moves from thinking to answering when the think time is up', async () => {
    await start(practiceSession(1, { thinkSeconds: 30, answerSeconds: 60 }));
    expect(run.phase.value).toBe('think');
    await pass(30_000);
    expect(run.phase.value).toBe('answer');
    expect(run.announcement.value).toBe('Answer now. You have 1 minute.');
  });

  it('when the answer time runs out, saves exactly what was typed and shows the feedback', async () => {
    await start(practiceSession(1, { thinkSeconds: 0, answerSeconds: 60 }));
    expect(run.phase.value).toBe('answer');
    store.draft = 'Half a thought, but mine';
    await pass(31_000);
    expect(run.timer.state.value?.warning).toBe(true);
    expect(run.announcement.value).toContain('30 seconds left');
    await pass(30_000);
    expect(saved).toEqual([
      { sessionId: 7, position: 0, answerText: 'Half a thought, but mine', durationMs: 60_000, recordingId: null },
    ]);
    expect(store.stage).toBe('feedback');
    expect(store.attempt?.answerText).toBe('Half a thought, but mine');
    expect(run.announcement.value).toContain('Time is up');
  });

  it('pauses with Ctrl+P (time stands still) and finishes with Ctrl+Enter', async () => {
    await start(practiceSession(1, { thinkSeconds: 0, answerSeconds: 60 }));
    await pass(10_000);
    press({ key: 'p', ctrlKey: true });
    expect(run.timer.state.value?.paused).toBe(true);
    await pass(120_000);
    expect(run.phase.value).toBe('answer');
    press({ key: 'p', ctrlKey: true });
    await pass(5_000);
    store.draft = 'Done early';
    press({ key: 'Enter', ctrlKey: true });
    await flushPromises();
    expect(saved[0]).toMatchObject({ answerText: 'Done early', durationMs: 15_000 });
  });

  it('Enter starts answering early when focus is not in a text field', async () => {
    await start(practiceSession(1, { thinkSeconds: 30, answerSeconds: 60 }));
    press({ key: 'Enter' });
    await flushPromises();
    expect(run.phase.value).toBe('answer');
  });

  it('the timer stays off for the next question once turned off', async () => {
    await start(practiceSession(2, { thinkSeconds: 0, answerSeconds: 60 }));
    run.turnOff();
    await pass(600_000);
    expect(run.phase.value).toBe('answer');
    run.finish();
    await flushPromises();
    await store.grade('good');
    await store.next();
    await flushPromises();
    expect(store.position).toBe(1);
    expect(run.timer.state.value).toMatchObject({ phase: 'answer', off: true, limitMs: null });
  });

  it('leaving mid-answer keeps what was typed', async () => {
    await start(practiceSession(1, { thinkSeconds: 0, answerSeconds: 120 }));
    store.draft = 'Words I do not want to lose';
    await pass(20_000);
    wrapper?.unmount();
    wrapper = undefined;
    await flushPromises();
    expect(saved).toEqual([
      { sessionId: 7, position: 0, answerText: 'Words I do not want to lose', durationMs: 20_000, recordingId: null },
    ]);
  });

  it('End now pauses the clock while it asks; Keep practising lets it run again', async () => {
    await start(practiceSession(2, { thinkSeconds: 0, answerSeconds: 60 }));
    await pass(10_000);
    run.askEnd();
    expect(run.timer.state.value?.paused).toBe(true);
    const left = run.timer.remainingMs.value;
    await pass(120_000);
    expect(run.timer.remainingMs.value).toBe(left);
    expect(store.stage).toBe('question');
    run.cancelEnd();
    expect(run.endAsked.value).toBe(false);
    expect(run.timer.state.value?.paused).toBe(false);
    expect(ended).toBe(0);
  });

  it('a clock the person paused stays paused after Keep practising', async () => {
    await start(practiceSession(2, { thinkSeconds: 0, answerSeconds: 60 }));
    run.togglePause();
    run.askEnd();
    run.cancelEnd();
    expect(run.timer.state.value?.paused).toBe(true);
  });

  it('while End now asks, the session keys do nothing behind the dialog', async () => {
    await start(practiceSession(2, { thinkSeconds: 30, answerSeconds: 60 }));
    run.askEnd();
    press({ key: 'Enter' });
    await flushPromises();
    expect(run.phase.value).toBe('think');
    run.cancelEnd();
    press({ key: 'Enter' });
    await flushPromises();
    expect(run.phase.value).toBe('answer');
  });

  it('ending while typing saves the words typed as an ungraded answer first, then ends', async () => {
    await start(practiceSession(3, { thinkSeconds: 0, answerSeconds: null }));
    store.draft = 'Half an answer';
    await pass(15_000);
    run.askEnd();
    expect(run.typingKept.value).toBe(true);
    expect(run.keptIfEnded.value).toBe(1);
    await run.confirmEnd();
    expect(saved).toEqual([{ sessionId: 7, position: 0, answerText: 'Half an answer', durationMs: 15_000, recordingId: null }]);
    expect(ended).toBe(1);
    expect(store.stage).toBe('finished');
    expect(run.endAsked.value).toBe(false);
  });

  it('ending while thinking, or with nothing typed, saves nothing and ends', async () => {
    await start(practiceSession(3, { thinkSeconds: 30, answerSeconds: 60 }));
    run.askEnd();
    expect(run.keptIfEnded.value).toBe(0);
    await run.confirmEnd();
    expect(saved).toEqual([]);
    expect(ended).toBe(1);
    expect(store.stage).toBe('finished');
  });
});
