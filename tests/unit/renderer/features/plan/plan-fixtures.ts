// Plan and insights shapes for renderer tests, with plain defaults a test overrides.
import type { AreaTrends, InsightsOverview } from '@shared/insights-schemas';
import type { Plan, PlanItem } from '@shared/plan-schemas';

/** An action item. */
export function planItem(over: Partial<PlanItem> = {}): PlanItem {
  return {
    id: 1,
    text: 'Rehearse the conflict story',
    targetOn: null,
    status: 'todo',
    area: null,
    areaLabel: null,
    questionId: null,
    questionText: null,
    suggestionKey: null,
    position: 0,
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
    doneAt: null,
    overdue: false,
    revision: 1,
    ...over,
  };
}

/** A plan with nothing generated yet. */
export function plan(over: Partial<Plan> = {}): Plan {
  return {
    generatedAt: '2026-05-21T10:00:00.000Z',
    today: '2026-05-21',
    range: { from: null, to: null },
    interviewsInRange: 1,
    weakestAreas: [],
    fumbledQuestions: [],
    fumbledTotal: 0,
    schedule: { dueToday: 0, overdue: 0, newFromJournal: 0, next7Days: 0, forecast: [] },
    followups: { available: true, followUps: [], secondChances: [] },
    suggestions: [],
    dismissedSuggestions: 0,
    items: [],
    note: { body: '', updatedAt: null, revision: 1 },
    modelAnswers: [],
    stories: [],
    uncoveredTerms: [],
    ...over,
  };
}

const table = { caption: '', columns: [], rows: [] };

/** Area trends over the given interviews, one series per entry of `ratings` (area label -> ratings oldest first). */
export function areaTrends(ratings: Record<string, number[]>): AreaTrends {
  const n = Math.max(0, ...Object.values(ratings).map((r) => r.length));
  const interviews = Array.from({ length: n }, (_, i) => ({
    interviewId: i + 1,
    company: `Co ${i + 1}`,
    heldAt: `2026-0${i + 1}-02`,
  }));
  const series = Object.entries(ratings).map(([label, values]) => ({
    area: label.toLowerCase(),
    label,
    points: values.map((rating, i) => ({ interviewId: i + 1, heldAt: interviews[i].heldAt, rating })),
    values,
    average: Math.round((values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)) * 10) / 10,
    count: values.length,
  }));
  return { interviews, series, totalInterviews: n, table };
}

/** An empty overview: every chart with nothing in it. */
export function emptyOverview(): InsightsOverview {
  return {
    areaTrends: areaTrends({}),
    fumbledCategories: { categories: [], totalFumbled: 0, table },
    practiceGrades: { days: [], totalGraded: 0, table },
    dueForecast: { days: [], overdue: 0, newFromJournal: 0, total: 0, table },
    streak: { current: 0, longest: 0, practisedToday: false, lastPractisedOn: null, today: '2026-05-21', recent: [] },
  };
}
