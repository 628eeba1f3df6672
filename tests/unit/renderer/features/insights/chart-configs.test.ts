import { describe, expect, it } from 'vitest';
import {
  areaTrendConfig,
  dueForecastConfig,
  fumbledCategoriesConfig,
  practiceGradesConfig,
} from '@renderer/features/insights/chart-configs';
import { FALLBACK_THEME } from '@renderer/features/insights/chart-theme';
import { areaTrends } from '../plan/plan-fixtures';

const empty = { caption: '', columns: [], rows: [] };

describe('chart configurations', () => {
  it('draw one area on the 1 to 5 scale with a gap where it was not rated', () => {
    const trends = areaTrends({ Confidence: [2, 3] });
    trends.series[0].values = [2, null];
    const config = areaTrendConfig(trends, trends.series[0], FALLBACK_THEME);
    expect(config.data.labels).toEqual([expect.stringMatching(/^Co 1, .*2/), expect.stringMatching(/^Co 2, .*2/)]);
    expect(config.data.datasets[0].data).toEqual([2, null]);
    expect(config.options?.scales?.y).toMatchObject({ min: 1, max: 5 });
    expect(config.data.datasets[0].borderColor).toBe(FALLBACK_THEME.accent);
    expect(config.options?.animation).toBe(false);
  });

  it('draw fumbled categories as horizontal bars, most first', () => {
    const config = fumbledCategoriesConfig(
      {
        categories: [
          { category: 'behavioural', label: 'Behavioural', fumbled: 2, asked: 3 },
          { category: 'closing', label: 'Closing', fumbled: 1, asked: 2 },
        ],
        totalFumbled: 3,
        table: empty,
      },
      FALLBACK_THEME,
    );
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(['Behavioural', 'Closing']);
    expect(config.data.datasets[0].data).toEqual([2, 1]);
  });

  it('draw the average grade per day, and the forecast with today first', () => {
    const grades = practiceGradesConfig(
      {
        days: [{ day: '2026-05-03', again: 0, hard: 1, good: 1, easy: 0, total: 2, average: 2.5 }],
        totalGraded: 2,
        table: empty,
      },
      FALLBACK_THEME,
    );
    expect(grades.data.datasets[0].data).toEqual([2.5]);
    expect(grades.options?.scales?.y).toMatchObject({ min: 1, max: 4 });
    const forecast = dueForecastConfig(
      {
        days: [
          { day: '2026-05-21', due: 2 },
          { day: '2026-05-22', due: 0 },
        ],
        overdue: 0,
        newFromJournal: 0,
        total: 2,
        table: empty,
      },
      FALLBACK_THEME,
    );
    expect(forecast.data.labels?.[0]).toBe('Today');
    expect(forecast.data.datasets[0].data).toEqual([2, 0]);
  });
});
