import type {
  AreaTrends,
  DayRange,
  DueForecast,
  FumbledCategories,
  InsightsOverview,
  PracticeGrades,
} from '../../shared/insights-schemas';
import { BUILT_IN_AREAS, QUESTION_CATEGORIES } from '../../shared/journal-schemas';
import { GRADES, type Grade } from '../../shared/practice-schemas';
import { CATEGORY_LABELS, GRADE_VALUES } from '../../shared/insights-labels';
import type { ReviewRepo } from '../practice/practice-domain';
import type { InsightsRepo } from './insights-repo';
import { addDays, heldBounds, instantBounds, localDay, startOfDay } from '../../shared/local-days';
import { computeStreak } from './streak';

/** Days the due forecast covers, today included. */
const FORECAST_DAYS = 14;

/** One decimal, as every average on screen is shown. */
export const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The local day of a UTC minute ("2026-03-01T23:59"). */
const dayOfMinute = (minute: string) => localDay(new Date(`${minute}:00.000Z`));

/** Builds each chart's series and its table alternative from the repo's rows; the clock is injected for "today". */
export function createInsightsService(repo: InsightsRepo, reviews: ReviewRepo, now: () => Date) {
  // Practice's own count of fumbled questions without a card; the repo keeps it until a write or the day ends, so the
  // plan and its charts can ask on every read.
  const newFromJournal = (endOfToday: string) => reviews.counts(endOfToday).newFromJournal;

  function areaTrends(range: DayRange, limit: number): AreaTrends {
    const bounds = heldBounds(range);
    const interviews = repo.ratedInterviews(bounds, limit).reverse();
    const position = new Map(interviews.map((i, x) => [i.id, x]));
    const ratings = repo.ratingsOf(interviews.map((i) => i.id));
    const averages = new Map(repo.areaAverages(bounds).map((a) => [a.area, a]));
    const series = BUILT_IN_AREAS.filter((a) => averages.has(a.key)).map((a) => {
      const values: (number | null)[] = interviews.map(() => null);
      for (const r of ratings) if (r.area === a.key) values[position.get(r.interview_id)!] = r.rating;
      const points = interviews.flatMap((i, x) =>
        values[x] === null ? [] : [{ interviewId: i.id, heldAt: i.held_at, rating: values[x]! }],
      );
      const stats = averages.get(a.key)!;
      return { area: a.key, label: a.label, points, values, average: oneDecimal(stats.average), count: stats.count };
    });
    return {
      interviews: interviews.map((i) => ({ interviewId: i.id, company: i.company, heldAt: i.held_at })),
      series,
      totalInterviews: repo.ratedCount(bounds),
      table: {
        caption: `Ratings by area, 1 (low) to 5 (high), for the ${interviews.length === 1 ? 'one rated interview' : `latest ${interviews.length} rated interviews`}`,
        columns: ['Interview', 'Date', ...series.map((s) => s.label)],
        rows: interviews.map((i, x) => [i.company, i.held_at.slice(0, 10), ...series.map((s) => s.values[x])]),
      },
    };
  }

  function fumbledCategories(range: DayRange): FumbledCategories {
    const order = new Map<string, number>(QUESTION_CATEGORIES.map((c, i) => [c, i]));
    const categories = repo
      .categories(heldBounds(range))
      .filter((c) => c.fumbled > 0)
      .sort((a, b) => b.fumbled - a.fumbled || order.get(a.category)! - order.get(b.category)!)
      .map((c) => ({ category: c.category, label: CATEGORY_LABELS[c.category], fumbled: c.fumbled, asked: c.asked }));
    return {
      categories,
      totalFumbled: categories.reduce((n, c) => n + c.fumbled, 0),
      table: {
        caption: 'Fumbled questions by category, most first',
        columns: ['Category', 'Fumbled', 'Asked'],
        rows: categories.map((c) => [c.label, c.fumbled, c.asked]),
      },
    };
  }

  function practiceGrades(range: DayRange): PracticeGrades {
    const bounds = instantBounds(range);
    const byDay = new Map<string, Record<Grade, number>>();
    for (const row of repo.gradesByMinute(bounds.from, bounds.to)) {
      const day = dayOfMinute(row.minute);
      const counts = byDay.get(day) ?? { again: 0, hard: 0, good: 0, easy: 0 };
      counts[row.grade] += row.n;
      byDay.set(day, counts);
    }
    const days = [...byDay.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, c]) => {
        const total = GRADES.reduce((n, g) => n + c[g], 0);
        const sum = GRADES.reduce((n, g) => n + c[g] * GRADE_VALUES[g], 0);
        return { day, ...c, total, average: oneDecimal(sum / total) };
      });
    return {
      days,
      totalGraded: days.reduce((n, d) => n + d.total, 0),
      table: {
        caption: 'Practice grades per day (average: Again 1 to Easy 4)',
        columns: ['Day', 'Again', 'Hard', 'Good', 'Easy', 'Answers', 'Average'],
        rows: days.map((d) => [d.day, d.again, d.hard, d.good, d.easy, d.total, d.average]),
      },
    };
  }

  function dueForecast(): DueForecast {
    const today = localDay(now());
    const starts = Array.from({ length: FORECAST_DAYS + 1 }, (_, k) => startOfDay(addDays(today, k)).toISOString());
    const overdue = repo.dueBefore(starts[0]);
    // Each day is a small index range; one count over everything due before a day would re-count the overdue pile.
    const days = Array.from({ length: FORECAST_DAYS }, (_, k) => ({
      day: addDays(today, k),
      due: repo.dueBetween(starts[k], starts[k + 1]) + (k === 0 ? overdue : 0),
    }));
    return {
      days,
      overdue,
      newFromJournal: newFromJournal(starts[1]),
      total: days.reduce((n, d) => n + d.due, 0),
      table: {
        caption: `Practice questions due over the next ${FORECAST_DAYS} days (today includes ${overdue} overdue)`,
        columns: ['Day', 'Due'],
        rows: days.map((d) => [d.day, d.due]),
      },
    };
  }

  function streak() {
    const today = localDay(now());
    const perDay = new Map<string, number>();
    for (const row of repo.answersByMinute(startOfDay(addDays(today, 1)).toISOString())) {
      const day = dayOfMinute(row.minute);
      perDay.set(day, (perDay.get(day) ?? 0) + row.n);
    }
    return computeStreak(perDay, today);
  }

  return {
    areaTrends,
    fumbledCategories,
    practiceGrades,
    dueForecast,
    streak,
    overview(range: DayRange, limit: number): InsightsOverview {
      return {
        areaTrends: areaTrends(range, limit),
        fumbledCategories: fumbledCategories(range),
        practiceGrades: practiceGrades(range),
        dueForecast: dueForecast(),
        streak: streak(),
      };
    },
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
