import { describe, expect, it } from 'vitest';
import {
  areaSummary,
  categoriesSummary,
  forecastSummary,
  gradesSummary,
  nearestGrade,
  streakSummary,
  streakTable,
} from '@renderer/features/insights/insight-summaries';
import { areaTrends, emptyOverview } from '../plan/plan-fixtures';

describe('insight summaries', () => {
  it('say what will appear when there is nothing yet', () => {
    const empty = emptyOverview();
    expect(areaSummary(empty.areaTrends)).toMatch(/^No ratings yet/);
    expect(categoriesSummary(empty.fumbledCategories)).toMatch(/^No questions marked as fumbled yet/);
    expect(gradesSummary(empty.practiceGrades)).toMatch(/^No graded practice yet/);
    expect(forecastSummary(empty.dueForecast)).toBe('Nothing is scheduled for the next 14 days.');
    expect(streakSummary(empty.streak)).toMatch(/^No practice yet/);
  });

  it('with one interview, name its lowest area and say a trend needs a second', () => {
    const text = areaSummary(areaTrends({ Confidence: [2], Closing: [4] }));
    expect(text).toBe(
      'One interview rated so far; lowest was confidence (2 of 5). A trend appears once you rate a second interview.',
    );
  });

  it('with several interviews, name the lowest and highest average', () => {
    const text = areaSummary(areaTrends({ Confidence: [1, 2, 2], Closing: [3, 4, 5] }));
    expect(text).toBe('Across 3 interviews, confidence is rated lowest on average (1.7 of 5) and closing highest (4).');
  });

  it('name the most fumbled category as a share', () => {
    const text = categoriesSummary({
      categories: [
        { category: 'behavioural', label: 'Behavioural', fumbled: 2, asked: 3 },
        { category: 'technical', label: 'Technical', fumbled: 1, asked: 1 },
      ],
      totalFumbled: 3,
      table: { caption: '', columns: [], rows: [] },
    });
    expect(text).toBe('Behavioural questions were fumbled most: 2 of the 3 fumbled questions.');
  });

  it('say a tie in the most fumbled category as a tie, naming each', () => {
    const table = { caption: '', columns: [], rows: [] };
    const two = categoriesSummary({
      categories: [
        { category: 'technical', label: 'Technical', fumbled: 1, asked: 1 },
        { category: 'behavioural', label: 'Behavioural', fumbled: 1, asked: 2 },
      ],
      totalFumbled: 2,
      table,
    });
    expect(two).toBe('A tie: Technical and behavioural questions were fumbled most, 1 each of the 2 fumbled questions.');
    expect(two).not.toContain('Technical questions were fumbled most: 1 of the 2');
  });

  it('never call a day of Good and Again "mostly hard"', () => {
    const text = gradesSummary({
      days: [{ day: '2026-05-03', again: 1, hard: 0, good: 1, easy: 0, total: 2, average: 2 }],
      totalGraded: 2,
      table: { caption: '', columns: [], rows: [] },
    });
    expect(text).not.toContain('hard');
    expect(text).toContain('1 good, 1 again on');
  });

  it('compare the latest practice day with the first', () => {
    const day = (d: string, average: number, counts: { again?: number; hard?: number; good?: number }) => ({
      day: d,
      again: 0,
      hard: 0,
      good: 0,
      easy: 0,
      ...counts,
      total: 2,
      average,
    });
    const text = gradesSummary({
      days: [day('2026-05-01', 1.5, { again: 1, hard: 1 }), day('2026-05-03', 3, { good: 2 })],
      totalGraded: 4,
      table: { caption: '', columns: [], rows: [] },
    });
    expect(text).toContain('4 answers graded over 2 days');
    expect(text).toContain('the latest, all good on');
    expect(text).toContain('higher than the first');
  });

  it('count the forecast, with overdue and new questions', () => {
    const days = [
      { day: '2026-05-21', due: 3 },
      { day: '2026-05-22', due: 2 },
    ];
    expect(
      forecastSummary({ days, overdue: 1, newFromJournal: 2, total: 7, table: { caption: '', columns: [], rows: [] } }),
    ).toBe(
      '3 due today (1 from earlier days) and 2 over the next 13 days, plus 2 questions from your journal not practised yet.',
    );
  });

  it('say the streak without judgement, and give it a table', () => {
    const streak = {
      current: 0,
      longest: 4,
      practisedToday: false,
      lastPractisedOn: '2026-05-01',
      today: '2026-05-21',
      recent: [
        { day: '2026-05-20', answers: 0 },
        { day: '2026-05-21', answers: 3 },
      ],
    };
    expect(streakSummary(streak)).toBe('No practice in the last day or two. Your longest run is 4 days.');
    expect(streakSummary({ ...streak, current: 2, practisedToday: true })).toBe(
      '2 days of practice in a row, including today. Your longest run is 4 days.',
    );
    expect(streakTable(streak).rows).toEqual([
      [expect.stringContaining('20'), 0],
      [expect.stringContaining('21'), 3],
    ]);
  });

  it('round an average to the nearest grade word', () => {
    expect([1, 1.6, 2.5, 3.4, 4].map(nearestGrade)).toEqual(['Again', 'Hard', 'Good', 'Good', 'Easy']);
  });
});
