import { describe, expect, it } from 'vitest';
import { computeStreak, RECENT_DAYS } from '../../../../electron/main/insights/streak';

const days = (...list: string[]) => new Map(list.map((d) => [d, 1]));

describe('computeStreak', () => {
  it('is zero with no practice at all, and still lists the recent days', () => {
    const s = computeStreak(new Map(), '2026-03-10');
    expect(s).toMatchObject({ current: 0, longest: 0, practisedToday: false, lastPractisedOn: null, today: '2026-03-10' });
    expect(s.recent).toHaveLength(RECENT_DAYS);
    expect(s.recent.at(-1)).toEqual({ day: '2026-03-10', answers: 0 });
    expect(s.recent[0].day).toBe('2026-02-11');
  });

  it('counts today and the days in a row before it', () => {
    expect(computeStreak(days('2026-03-08', '2026-03-09', '2026-03-10'), '2026-03-10')).toMatchObject({
      current: 3,
      longest: 3,
      practisedToday: true,
    });
  });

  it('keeps a run that reached yesterday while today is still open', () => {
    expect(computeStreak(days('2026-03-08', '2026-03-09'), '2026-03-10')).toMatchObject({
      current: 2,
      practisedToday: false,
      lastPractisedOn: '2026-03-09',
    });
  });

  it('drops to zero once a whole day was missed', () => {
    expect(computeStreak(days('2026-03-07', '2026-03-08'), '2026-03-10')).toMatchObject({ current: 0, longest: 2 });
  });

  it('remembers the longest run even after a gap', () => {
    const s = computeStreak(
      days('2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04', '2026-03-09', '2026-03-10'),
      '2026-03-10',
    );
    expect(s).toMatchObject({ current: 2, longest: 4 });
  });

  it('counts across a month and a year boundary', () => {
    expect(computeStreak(days('2025-12-31', '2026-01-01'), '2026-01-01')).toMatchObject({ current: 2, longest: 2 });
    expect(computeStreak(days('2024-02-28', '2024-02-29', '2024-03-01'), '2024-03-01').current).toBe(3);
  });

  it('ignores days after today (a clock set back) and days with no answers', () => {
    const s = computeStreak(
      new Map([
        ['2026-03-11', 4],
        ['2026-03-10', 0],
        ['2026-03-09', 2],
      ]),
      '2026-03-10',
    );
    expect(s).toMatchObject({ current: 1, longest: 1, practisedToday: false, lastPractisedOn: '2026-03-09' });
    expect(s.recent.at(-2)).toEqual({ day: '2026-03-09', answers: 2 });
  });
});
