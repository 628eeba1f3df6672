import { z } from 'zod';
import { questionCategorySchema } from './journal-schemas';
import { localDate } from './dates';
import { idSchema } from './ids';

/** The ends of an optional range of local days, both included; either may be left open. */
export const dayRangeShape = {
  /** First local day included (interviews by their date, practice by the local day it happened). */
  from: localDate.optional(),
  /** Last local day included. */
  to: localDate.optional(),
};
/** With `outOfOrder`, the refinement every range input takes: its start may not come after its end. */
export const inOrder = (r: { from?: string; to?: string }) => !r.from || !r.to || r.from <= r.to;
/** The issue a range out of order gets, on `to`. */
export const outOfOrder = { message: 'The start date must be on or before the end date.', path: ['to'] };

/** An optional date range of local days, both ends included; either end may be left open. */
export const dayRangeSchema = z.object(dayRangeShape).strict().refine(inOrder, outOfOrder);
export type DayRange = z.infer<typeof dayRangeSchema>;

/**
 * A chart's data as a plain table, for screen readers and for people who would rather read numbers: a caption,
 * column headings and rows of cells (null is an empty cell). The renderer can show it as <table> unchanged.
 */
const dataTableSchema = z.object({
  caption: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});
export type DataTable = z.infer<typeof dataTableSchema>;

/** One rated interview on the area chart's x axis, oldest first. */
const trendInterviewSchema = z.object({ interviewId: idSchema, company: z.string(), heldAt: z.string() });

/** One built-in area's ratings over the interviews (a line on the chart). */
const areaSeriesSchema = z.object({
  area: z.string(),
  label: z.string(),
  /** Only the interviews where this area was rated, oldest first. */
  points: z.array(z.object({ interviewId: idSchema, heldAt: z.string(), rating: z.number().int().min(1).max(5) })),
  /** Aligned with `interviews`: the rating at each x position, null where the area was not rated. */
  values: z.array(z.number().int().nullable()),
  /** Over every rated interview in the range, not only the ones shown. */
  average: z.number(),
  count: z.number().int(),
});

/** Each built-in area's rating across interviews over time. */
export const areaTrendsSchema = z.object({
  interviews: z.array(trendInterviewSchema),
  series: z.array(areaSeriesSchema),
  /** Interviews in the range with at least one rated area; the chart shows the latest `limit` of them. */
  totalInterviews: z.number().int(),
  table: dataTableSchema,
});
export type AreaTrends = z.infer<typeof areaTrendsSchema>;

/** The question categories fumbled most, most first; categories never fumbled are left out. */
export const fumbledCategoriesSchema = z.object({
  categories: z.array(
    z.object({
      category: questionCategorySchema,
      label: z.string(),
      fumbled: z.number().int(),
      /** How many questions of this category were asked at all, so a count can be read as a share. */
      asked: z.number().int(),
    }),
  ),
  totalFumbled: z.number().int(),
  table: dataTableSchema,
});
export type FumbledCategories = z.infer<typeof fumbledCategoriesSchema>;

/** One local day of graded practice: how many answers got each grade, and their average (Again 1 to Easy 4). */
const gradeDaySchema = z.object({
  day: z.string(),
  again: z.number().int(),
  hard: z.number().int(),
  good: z.number().int(),
  easy: z.number().int(),
  total: z.number().int(),
  average: z.number(),
});

/** Practice grades over time, one entry per local day that had graded answers, oldest first. */
export const practiceGradesSchema = z.object({
  days: z.array(gradeDaySchema),
  totalGraded: z.number().int(),
  table: dataTableSchema,
});
export type PracticeGrades = z.infer<typeof practiceGradesSchema>;

/** Cards due on each of the next 14 local days, today first; today includes everything overdue. */
export const dueForecastSchema = z.object({
  days: z.array(z.object({ day: z.string(), due: z.number().int() })),
  /** Of today's count, the cards whose due day has already passed. */
  overdue: z.number().int(),
  /** Fumbled journal questions never practised yet: they count as due now, and are not in `days`. */
  newFromJournal: z.number().int(),
  total: z.number().int(),
  table: dataTableSchema,
});
export type DueForecast = z.infer<typeof dueForecastSchema>;

/** Practice days in a row, counted in local days. */
export const streakSchema = z.object({
  /** Days in a row up to today, or up to yesterday while today is still open. */
  current: z.number().int(),
  longest: z.number().int(),
  practisedToday: z.boolean(),
  lastPractisedOn: z.string().nullable(),
  today: z.string(),
  /** Days with at least one answer in the last 28 days, oldest first, for a small calendar strip. */
  recent: z.array(z.object({ day: z.string(), answers: z.number().int() })),
});
export type Streak = z.infer<typeof streakSchema>;

/** Everything the insights screen charts, in one call. */
export const insightsOverviewSchema = z.object({
  areaTrends: areaTrendsSchema,
  fumbledCategories: fumbledCategoriesSchema,
  practiceGrades: practiceGradesSchema,
  dueForecast: dueForecastSchema,
  streak: streakSchema,
});
export type InsightsOverview = z.infer<typeof insightsOverviewSchema>;
