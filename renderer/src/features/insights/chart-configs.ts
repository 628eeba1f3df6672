// Chart.js configurations built from the insights data: pure functions, so what each chart shows is unit-tested.
import type { ChartConfiguration } from 'chart.js';
import type { AreaTrends, DueForecast, FumbledCategories, PracticeGrades } from '@shared/insights-schemas';
import { formatShortDay, formatWeekday } from '@renderer/shared/format/format-day';
import type { ChartTheme } from './chart-theme';

type Series = AreaTrends['series'][number];
const GRADE_WORDS = ['', 'Again', 'Hard', 'Good', 'Easy'];
const RATING_WORDS = ['', '1', '2', '3', '4', '5'];

/** Options every chart shares: no animation (calm, and the same picture every time), token colours, the app's font. */
function base(theme: ChartTheme) {
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    font: { family: theme.font },
    // Room around the plot so points on the top and bottom lines are drawn whole.
    layout: { padding: { top: 8, right: 8, bottom: 0, left: 0 } },
    plugins: {
      legend: { display: false },
      tooltip: { enabled: true },
    },
  };
}

function axis(theme: ChartTheme, extra: Record<string, unknown> = {}) {
  return {
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ticks: { color: theme.muted, font: { family: theme.font, size: 12 } },
    ...extra,
  };
}

/** The x labels of the area charts: each rated interview's company and day. */
function interviewLabels(trends: AreaTrends): string[] {
  return trends.interviews.map((i) => `${i.company}, ${formatShortDay(i.heldAt)}`);
}

/** One area's ratings (1 to 5) across the interviews, as a small line chart; gaps where it was not rated. */
export function areaTrendConfig(trends: AreaTrends, series: Series, theme: ChartTheme): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: interviewLabels(trends),
      datasets: [
        {
          label: series.label,
          data: series.values,
          borderColor: theme.accent,
          backgroundColor: theme.accent,
          pointRadius: 4,
          pointHoverRadius: 5,
          borderWidth: 2,
          spanGaps: true,
          tension: 0,
          clip: false,
        },
      ],
    },
    options: {
      ...base(theme),
      scales: {
        x: axis(theme, { offset: true, ticks: { display: false }, grid: { display: false } }),
        y: axis(theme, {
          min: 1,
          max: 5,
          ticks: { stepSize: 1, color: theme.muted, callback: (v: number | string) => RATING_WORDS[Number(v)] ?? '' },
        }),
      },
    },
  };
}

/** Fumbled questions per category, most first, as horizontal bars. */
export function fumbledCategoriesConfig(data: FumbledCategories, theme: ChartTheme): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: data.categories.map((c) => c.label),
      datasets: [
        {
          label: 'Questions fumbled',
          data: data.categories.map((c) => c.fumbled),
          backgroundColor: theme.accent,
          borderRadius: 4,
          maxBarThickness: 22,
        },
      ],
    },
    options: {
      ...base(theme),
      indexAxis: 'y',
      scales: {
        x: axis(theme, { beginAtZero: true, ticks: { precision: 0, color: theme.muted } }),
        y: axis(theme, { grid: { display: false }, ticks: { color: theme.text } }),
      },
    },
  };
}

/** The average grade of each practice day (Again 1 to Easy 4), as a line with the grade words on the axis. */
export function practiceGradesConfig(data: PracticeGrades, theme: ChartTheme): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: data.days.map((d) => formatShortDay(d.day)),
      datasets: [
        {
          label: 'Average grade',
          data: data.days.map((d) => d.average),
          borderColor: theme.accent,
          backgroundColor: theme.accent,
          pointRadius: 4,
          borderWidth: 2,
          tension: 0,
          clip: false,
        },
      ],
    },
    options: {
      ...base(theme),
      scales: {
        x: axis(theme, { offset: true, grid: { display: false } }),
        y: axis(theme, {
          min: 1,
          max: 4,
          ticks: { stepSize: 1, color: theme.muted, callback: (v: number | string) => GRADE_WORDS[Number(v)] ?? '' },
        }),
      },
    },
  };
}

/** Cards due on each of the next 14 days, today first, as bars. */
export function dueForecastConfig(data: DueForecast, theme: ChartTheme): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: data.days.map((d, i) => (i === 0 ? 'Today' : formatWeekday(d.day))),
      datasets: [
        {
          label: 'Questions due',
          data: data.days.map((d) => d.due),
          backgroundColor: theme.accent,
          borderRadius: 4,
          maxBarThickness: 26,
        },
      ],
    },
    options: {
      ...base(theme),
      scales: {
        x: axis(theme, { grid: { display: false }, ticks: { color: theme.muted, autoSkip: true, maxRotation: 0 } }),
        y: axis(theme, { beginAtZero: true, ticks: { precision: 0, color: theme.muted } }),
      },
    },
  };
}
