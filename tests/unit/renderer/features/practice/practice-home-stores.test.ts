import { describe, expect, it } from 'vitest';
import type { RouteInput } from '@shared/contract';
import { usePracticeDueStore } from '@renderer/features/practice/practice-due-store';
import { usePracticeHomeStore } from '@renderer/features/practice/practice-home-store';
import { usePracticeStartStore } from '@renderer/features/practice/practice-start-store';
import { deferred, fail, fakeClient, ok } from '../../helpers/fake-client';
import { withStores } from '../../helpers/with-stores';
import { practiceSession } from './practice-fixtures';

const dueItem = {
  questionId: 4,
  text: 'Why us?',
  category: 'motivational' as const,
  due: '2026-11-26T08:00:00.000Z',
  isNew: true,
  lapses: 0,
  lastGrade: null,
};
const summary = {
  id: 7,
  source: 'due' as const,
  sourceLabel: 'Due and fumbled first',
  startedAt: '2026-11-25T09:00:00.000Z',
  endedAt: null,
  questionCount: 5,
  answered: 2,
  averageGrade: 2.5,
  grades: ['hard', 'good'] as ('hard' | 'good')[],
};
const interview = (id: number, company: string) => ({
  id,
  company,
  role: '',
  heldAt: '2026-11-20T10:00',
  stage: null,
  outcome: 'waiting' as const,
  tags: [],
  lowestArea: null,
  snippet: null,
  deletedAt: null,
});

describe('practice due store', () => {
  it('counts everything ready today for the badge', async () => {
    const fake = fakeClient({ 'practice:dueCount': () => ok({ dueToday: 2, newFromJournal: 3 }) });
    const due = withStores(fake.client).run(() => usePracticeDueStore());
    expect(due.waiting).toBe(0);
    await due.refresh();
    expect(due.waiting).toBe(5);
  });

  it('keeps the last counts when a refresh fails, and only the newest answer counts', async () => {
    const fake = fakeClient({ 'practice:dueCount': () => ok({ dueToday: 2, newFromJournal: 0 }) });
    const due = withStores(fake.client).run(() => usePracticeDueStore());
    await due.refresh();
    fake.routes['practice:dueCount'] = () => fail('INTERNAL', 'Broken.');
    await due.refresh();
    expect(due.waiting).toBe(2);
    expect(due.status).toBe('ready');
    // An old request answering late must not overwrite a newer one.
    const slow = deferred<void>();
    fake.routes['practice:dueCount'] = async () => {
      await slow.promise;
      return ok({ dueToday: 9, newFromJournal: 0 });
    };
    const first = due.refresh();
    fake.routes['practice:dueCount'] = () => ok({ dueToday: 1, newFromJournal: 0 });
    await due.refresh();
    slow.resolve();
    await first;
    expect(due.waiting).toBe(1);
  });
});

describe('practice home store', () => {
  it('loads the due list, the history and the counts together', async () => {
    const fake = fakeClient({
      'practice:queue': () => ok([dueItem]),
      'practice:history': () => ok([summary]),
      'practice:dueCount': () => ok({ dueToday: 0, newFromJournal: 1 }),
    });
    const { run } = withStores(fake.client);
    const home = run(() => usePracticeHomeStore());
    await home.load();
    expect(home.status).toBe('ready');
    expect(home.queue).toEqual([dueItem]);
    expect(home.history).toEqual([summary]);
    expect(run(() => usePracticeDueStore()).waiting).toBe(1);
  });

  it('says what went wrong when the lists cannot be loaded', async () => {
    const fake = fakeClient({
      'practice:queue': () => fail('INTERNAL', 'Broken.'),
      'practice:history': () => ok([]),
      'practice:dueCount': () => ok({ dueToday: 0, newFromJournal: 0 }),
    });
    const home = withStores(fake.client).run(() => usePracticeHomeStore());
    await home.load();
    expect(home.status).toBe('error');
    expect(home.error?.message).toBe('Broken.');
  });
});

describe('practice start store', () => {
  it('starts with the contract defaults and sends only what the source needs', async () => {
    localStorage.clear();
    const sent: RouteInput<'practice:start'>[] = [];
    const fake = fakeClient({
      'practice:start': (input) => {
        sent.push(input!);
        return ok(practiceSession());
      },
    });
    const start = withStores(fake.client).run(() => usePracticeStartStore());
    expect(start.options).toMatchObject({ length: 5, source: 'due', thinkSeconds: 30, answerSeconds: 120 });
    expect(await start.start()).toBe(7);
    expect(sent[0]).toEqual({ length: 5, source: 'due', thinkSeconds: 30, answerSeconds: 120 });
    start.options.source = 'category';
    start.options.category = 'closing';
    start.options.interviewId = 3;
    await start.start({ answerSeconds: null });
    expect(sent[1]).toEqual({ length: 5, source: 'category', category: 'closing', thinkSeconds: 30, answerSeconds: null });
  });

  it('counts where a session of the chosen length would take its questions from; an odd length asks nothing', async () => {
    localStorage.clear();
    const asked: number[] = [];
    const fake = fakeClient({
      'practice:sessionMix': (input) => {
        const length = input?.length ?? 5;
        asked.push(length);
        return ok({ due: 1, weakest: 0, bank: length - 1, waiting: 1 });
      },
    });
    const start = withStores(fake.client).run(() => usePracticeStartStore());
    await start.loadMix(5);
    expect(start.mix).toEqual({ due: 1, weakest: 0, bank: 4, waiting: 1 });
    await start.loadMix(0);
    await start.loadMix(51);
    await start.loadMix(2.5);
    expect(asked).toEqual([5]);
    await start.loadMix(3);
    expect(start.mix?.bank).toBe(2);
  });

  it('sends "only what is due" when chosen, but not when nothing is due (it would be an empty session)', async () => {
    localStorage.clear();
    const sent: RouteInput<'practice:start'>[] = [];
    let waiting = 2;
    const fake = fakeClient({
      'practice:start': (input) => (sent.push(input!), ok(practiceSession())),
      'practice:sessionMix': () => ok({ due: waiting, weakest: 0, bank: 5 - waiting, waiting }),
    });
    const start = withStores(fake.client).run(() => usePracticeStartStore());
    start.options.dueOnly = true;
    await start.loadMix(5);
    await start.start();
    expect(sent[0]).toMatchObject({ source: 'due', dueOnly: true });
    waiting = 0;
    await start.loadMix(5);
    await start.start();
    expect(sent[1]).not.toHaveProperty('dueOnly');
    // The choice itself is remembered for a day when something is due.
    expect(start.options.dueOnly).toBe(true);
  });

  it('keeps the field messages of a refused start for the form', async () => {
    localStorage.clear();
    const fake = fakeClient({
      'practice:start': () => fail('VALIDATION', 'Check the form.', [{ path: 'length', message: 'At most 50 questions.' }]),
    });
    const start = withStores(fake.client).run(() => usePracticeStartStore());
    start.options.length = 80;
    expect(await start.start()).toBeNull();
    expect(start.startError?.fieldMessage('length')).toBe('At most 50 questions.');
    expect(start.starting).toBe(false);
  });

  it('remembers the choices on this computer for next time', async () => {
    localStorage.clear();
    const fake = fakeClient({});
    const first = withStores(fake.client).run(() => usePracticeStartStore());
    first.options.thinkSeconds = 0;
    first.options.answerSeconds = 60;
    await Promise.resolve();
    const again = withStores(fake.client).run(() => usePracticeStartStore());
    expect(again.options).toMatchObject({ thinkSeconds: 0, answerSeconds: 60 });
  });

  it('loads interviews to replay and picks the newest when none was chosen', async () => {
    localStorage.clear();
    const fake = fakeClient({
      'interview:list': () => ok({ items: [interview(9, 'Acme'), interview(4, 'Globex')], nextCursor: null, total: 2 }),
    });
    const start = withStores(fake.client).run(() => usePracticeStartStore());
    await start.loadInterviews();
    expect(start.interviews.map((i) => i.company)).toEqual(['Acme', 'Globex']);
    expect(start.options.interviewId).toBe(9);
  });
});
