// One plain sentence per chart, said before the chart so a person (or a screen reader) gets the point without reading it.
import type { AreaTrends, DataTable, DueForecast, FumbledCategories, PracticeGrades, Streak } from '@shared/insights-schemas';
import { formatDay } from '@renderer/shared/format/format-day';
import { gradeCountsInWords } from '@renderer/shared/format/grades-in-words';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const GRADE_WORDS = ['Again', 'Hard', 'Good', 'Easy'];

/** The grade nearest an average (1 to 4), in words. */
export function nearestGrade(average: number): string {
  return GRADE_WORDS[Math.min(3, Math.max(0, Math.round(average) - 1))];
}

/** The area ratings: which area is lowest and highest, or what will appear once there is more to compare. */
export function areaSummary(trends: AreaTrends): string {
  if (trends.totalInterviews === 0)
    return 'No ratings yet. Rate the parts of an interview in your journal and each one’s trend shows here.';
  const rated = trends.series.filter((s) => s.count > 0);
  const sorted = [...rated].sort((a, b) => a.average - b.average);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (trends.totalInterviews === 1)
    return `One interview rated so far; lowest was ${low.label.toLowerCase()} (${low.average} of 5). A trend appears once you rate a second interview.`;
  const base = `Across ${trends.totalInterviews} interviews, ${low.label.toLowerCase()} is rated lowest on average (${low.average} of 5)`;
  return high && high !== low ? `${base} and ${high.label.toLowerCase()} highest (${high.average}).` : `${base}.`;
}

/** The categories fumbled most. */
export function categoriesSummary(data: FumbledCategories): string {
  if (data.totalFumbled === 0)
    return 'No questions marked as fumbled yet. When you mark one in your journal, its category shows here.';
  const top = data.categories[0];
  const tied = data.categories.filter((c) => c.fumbled === top.fumbled);
  const of = `of the ${plural(data.totalFumbled, 'fumbled question')}`;
  if (tied.length === 1) return `${top.label} questions were fumbled most: ${top.fumbled} ${of}.`;
  // A tie is said as a tie: naming one of equals would be a guess dressed as a figure.
  const names = tied.map((c, i) => (i === 0 ? c.label : c.label.toLowerCase()));
  const list = names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `A tie: ${list} questions were fumbled most, ${top.fumbled} each ${of}.`;
}

/** Practice grades over time: how many days, and where the latest day landed. */
export function gradesSummary(data: PracticeGrades): string {
  if (data.days.length === 0) return 'No graded practice yet. Each day you practise and grade an answer adds a point here.';
  const last = data.days[data.days.length - 1];
  const lastWords = `${gradeCountsInWords(last).replace(/^[A-Z]/, (c) => c.toLowerCase())} on ${formatDay(last.day)}`;
  if (data.days.length === 1)
    return `${plural(data.totalGraded, 'answer')} graded on one day, ${lastWords}. A line appears after a second day.`;
  const first = data.days[0];
  const direction = last.average > first.average ? 'higher than' : last.average < first.average ? 'lower than' : 'the same as';
  return `${plural(data.totalGraded, 'answer')} graded over ${data.days.length} days; the latest, ${lastWords}, is ${direction} the first.`;
}

/** What is due over the next two weeks. */
export function forecastSummary(data: DueForecast): string {
  const today = data.days[0]?.due ?? 0;
  const later = data.days.slice(1).reduce((sum, d) => sum + d.due, 0);
  const newer = data.newFromJournal
    ? `, plus ${plural(data.newFromJournal, 'question')} from your journal not practised yet`
    : '';
  if (today + later === 0 && !data.newFromJournal) return 'Nothing is scheduled for the next 14 days.';
  if (today + later === 0)
    return `Nothing is scheduled yet; ${plural(data.newFromJournal, 'question')} from your journal ${data.newFromJournal === 1 ? 'is' : 'are'} waiting for a first practice.`;
  const overdue = data.overdue ? ` (${data.overdue} from earlier days)` : '';
  return `${today} due today${overdue} and ${later} over the next 13 days${newer}.`;
}

/** Practice days in a row, said without judgement. */
export function streakSummary(streak: Streak): string {
  if (streak.longest === 0) return 'No practice yet. Each day you practise shows as a filled square.';
  const now =
    streak.current > 0
      ? `${plural(streak.current, 'day')} of practice in a row${streak.practisedToday ? ', including today' : ''}`
      : 'No practice in the last day or two';
  return `${now}. Your longest run is ${plural(streak.longest, 'day')}.`;
}

/** The 28-day strip as a table, built here because the streak has no table of its own. */
export function streakTable(streak: Streak): DataTable {
  return {
    caption: 'Practice answers on each of the last 28 days',
    columns: ['Day', 'Answers'],
    rows: streak.recent.map((d) => [formatDay(d.day), d.answers]),
  };
}
