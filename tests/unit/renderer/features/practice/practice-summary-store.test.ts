import { describe, expect, it } from 'vitest';
import { usePracticeSummaryStore } from '@renderer/features/practice/practice-summary-store';
import { fail, fakeClient, ok } from '../../helpers/fake-client';
import { withStores } from '../../helpers/with-stores';
import { attempt, practiceSession } from './practice-fixtures';

describe('practice summary store', () => {
  it('pairs each question with its attempt, averages the grades and counts what is still waiting', async () => {
    const fake = fakeClient({
      'practice:session': () => ok(practiceSession(3)),
      'practice:sessionAttempts': () => ok([attempt(0, { grade: 'hard' }), attempt(1)]),
    });
    const summary = withStores(fake.client).run(() => usePracticeSummaryStore());
    await summary.load(7);
    expect(summary.status).toBe('ready');
    expect(summary.rows.map((r) => (r.attempt ? r.attempt.grade : 'none'))).toEqual(['hard', null, 'none']);
    expect(summary.average).toBe(2);
    // An answer saved but not graded still waits, like the unanswered one.
    expect(summary.remaining).toBe(2);
  });

  it('loads a question’s every attempt once, on request, and says when that fails', async () => {
    const fake = fakeClient({
      'practice:session': () => ok(practiceSession(1)),
      'practice:sessionAttempts': () => ok([]),
      'practice:questionAttempts': () => ok([attempt(0, { grade: 'good' }), attempt(0, { id: 1, grade: 'again' })]),
    });
    const summary = withStores(fake.client).run(() => usePracticeSummaryStore());
    await summary.load(7);
    await summary.loadHistory(100);
    await summary.loadHistory(100);
    expect(fake.calls.filter((c) => c === 'practice:questionAttempts')).toHaveLength(1);
    expect(summary.histories[100].attempts.map((a) => a.grade)).toEqual(['good', 'again']);
    fake.routes['practice:questionAttempts'] = () => fail('NOT_FOUND', 'There is no question with id 101.');
    await summary.loadHistory(101);
    expect(summary.histories[101]).toMatchObject({ status: 'error' });
    expect(summary.histories[101].error?.message).toBe('There is no question with id 101.');
  });
});
